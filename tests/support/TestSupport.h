#pragma once

// A small hand-made province in a temporary SQLite file, for db and ui tests.
//
//   province "Test Province"
//   ├── city A ── base A1, base A2
//   └── city B ── base B1
//
// Users: one base user per base, one municipal user per city, one provincial, one sysadmin.
// One resident-track exam batch (2023) with the four 2023 Guangdong stage windows:
//   registration 03-14 00:00 .. 03-22 00:00, base_review 03-14 .. 03-27,
//   city_review 03-27 .. 04-01, final_review 04-01 .. 04-04   (opens inclusive, closes exclusive).
// The fixture's clock starts inside base_review; use timeIn(stage) to move into another window.

#include "Clock.h"
#include "auth/User.h"
#include "db/Database.h"
#include "domain/Types.h"

#include <QList>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>

namespace gme::test {

struct DecisionRecord
{
    qint64 id = 0;
    qint64 registrationId = 0;
    qint64 batchActionId = 0; // 0 when NULL
    qint64 userId = 0;
    QString stage;
    QString action;
    QString fromState;
    QString toState;
    QString reason; // null QString when NULL
    QString decidedAt;
};

struct Province
{
    qint64 province = 0, cityA = 0, cityB = 0;
    qint64 baseA1 = 0, baseA2 = 0, baseB1 = 0;
    qint64 examBatch = 0;
    User baseA1User, baseA2User, baseB1User;
    User cityAUser, cityBUser;
    User provincialUser, sysadmin;
    QString specialtyCode = QStringLiteral("0100");    // 内科
    QString specialtyName;
    QString otherSpecialtyCode = QStringLiteral("0700"); // 外科
    QString otherSpecialtyName;
};

class TestDb
{
public:
    TestDb();  // QVERIFY-style failures become a thrown std::runtime_error with the SQL error
    ~TestDb();

    Database &database() { return *m_database; }
    QSqlDatabase db() const { return m_database->connection(); }
    QString path() const { return m_path; }
    const Province &p() const { return m_p; }
    FixedClock &clock() { return m_clock; }

    // A moment in the middle of the stage's window of the fixture's exam batch.
    static QDateTime timeIn(Stage stage);
    static QDateTime windowOpens(Stage stage);
    static QDateTime windowCloses(Stage stage);

    // Adds a trainee (valid 18-digit resident ID, unique per call) and a registration in the
    // fixture's exam batch; returns the registration id. Version starts at 1, no decisions.
    qint64 addRegistration(qint64 baseId, State state, const QString &name = {});
    // Many at once in one transaction (for speed tests); returns the first id, ids are consecutive.
    qint64 addRegistrations(qint64 baseId, State state, int count);
    // A decision written directly (history set-up, e.g. "was reviewed before").
    void addDecision(qint64 registrationId, const User &by, Stage stage, Action action, State from, State to,
                     const QString &reason = {});
    void setWindow(Stage stage, const QDateTime &opens, const QDateTime &closes);
    // An evidence record (and its blob) for a registration; returns the evidence id.
    qint64 addEvidence(qint64 registrationId, const QString &kind, const QString &fileName,
                       const QByteArray &content, const QString &mimeType = QStringLiteral("application/pdf"));

    State stateOf(qint64 registrationId) const;
    int versionOf(qint64 registrationId) const;
    QList<DecisionRecord> decisionsOf(qint64 registrationId) const;
    int count(const QString &table) const; // rows in a table
    QString nameOf(qint64 registrationId) const;
    QString idNumberOf(qint64 registrationId) const;

    // A valid resident ID number, different for each n.
    static QString residentId(int n);

private:
    void seed();
    qint64 insertOrg(const QString &code, const QString &name, const QString &kind, qint64 parent);
    User insertUser(const QString &username, const QString &display, Role role, qint64 orgId, const QString &orgName);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock;
    Province m_p;
    int m_nextTrainee = 1;
};

// Throws std::runtime_error when a setup query fails (tests then fail with the message).
void execSql(QSqlDatabase db, const QString &sql, const QVariantList &binds = {});
QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &binds = {});

} // namespace gme::test
