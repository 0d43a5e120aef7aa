#pragma once

// What the PostgreSQL rule tests share: a private PgServer, the owner's gme::Database migrated to the
// newest schema, and each user's own session (one per user, opened on first use, under a connection
// name with the test's prefix), plus a statement runner that reports refusals instead of throwing.
//
//   PgFixture pg(QStringLiteral("dept-"), [](const QString &user) { return QStringLiteral("secret-") + user; });
//   QVERIFY2(pg.start(), qPrintable(pg.error()));
//   QVERIFY(pg.schemaVersion() >= 17);
//   const Outcome o = attempt(pg.as(QStringLiteral("a1")), QStringLiteral("UPDATE ..."));

#include "PgServer.h"

#include "db/Database.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

namespace gme::test {

struct Outcome
{
    bool ok = false;
    int rows = -1; // rows the statement changed
    QString error;
};

// Runs one prepared statement and reports; most statements in the rule tests are meant to be refused.
Outcome attempt(QSqlDatabase db, const QString &sql, const QVariantList &binds = {});
// The first column of every row, sorted. Throws std::runtime_error when the statement fails.
QList<qint64> ids(QSqlDatabase db, const QString &sql, const QVariantList &binds = {});

class PgFixture
{
public:
    using PasswordOf = std::function<QString(const QString &user)>;

    PgFixture(const QString &sessionPrefix, PasswordOf passwordOf);
    ~PgFixture(); // closes the users' sessions, then the owner's, then stops the server
    PgFixture(const PgFixture &) = delete;
    PgFixture &operator=(const PgFixture &) = delete;

    // Starts the server and migrates it as the owner; false with error() on failure.
    bool start();
    QString error() const { return m_error; }
    int schemaVersion() const { return m_schemaVersion; }

    PgServer &server() { return *m_server; }
    Database &database() { return *m_database; }
    QSqlDatabase owner() const { return m_database->connection(); }
    QString passwordOf(const QString &user) const { return m_passwordOf(user); }
    // The user's own session, logged in with passwordOf(user); logged in again if it was closed.
    QSqlDatabase as(const QString &user);
    QString sessionName(const QString &user) const { return m_prefix + user; }

private:
    QString m_prefix;
    PasswordOf m_passwordOf;
    std::unique_ptr<PgServer> m_server;
    std::unique_ptr<Database> m_database;
    QStringList m_sessions;
    QString m_error;
    int m_schemaVersion = 0;
};

} // namespace gme::test
