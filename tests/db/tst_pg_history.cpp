// The organisation-wide decision history (DecisionHistory) on a real PostgreSQL 15, over each
// user's OWN login: the app's query and the server's row-level security agree, and even a client
// that claims a wider scope than its login has reads only its own base's decisions of every flow.
// Note: the users policy lets a base user read only its own users row, so on PostgreSQL the default
// "decided by my organisation" cannot see a colleague's decisions; everyDecider does.
//
//   province P ── city CA ── base A1 (user a1);  city CB ── base B1 (user b1);  municipal ca of CA
//   one decision of each of the five flows at A1 and at B1, by the base's own user
#include "HistoryFixture.h"
#include "PgFixture.h"
#include "TestSupport.h"

#include "auth/ScramVerifier.h"
#include "review/DecisionHistory.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

class TestPgHistory : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgFixture> m_fx;
    qint64 m_cityA = 0, m_baseA1 = 0, m_baseB1 = 0;

    QSqlDatabase owner() const { return m_fx->owner(); }
    static QString passwordOf(const QString &user) { return QStringLiteral("secret-") + user; }
    qint64 org(const QString &code, const QString &kind, qint64 parent)
    {
        return scalar(owner(), QStringLiteral("INSERT INTO orgs (code, name, kind, parent_id, track) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                      {code, QStringLiteral(u"机构") + code, kind,
                       parent ? QVariant(parent) : QVariant(QMetaType::fromType<qint64>()),
                       kind == QLatin1String("base") ? QVariant(QStringLiteral("resident")) : QVariant(QMetaType::fromType<QString>())})
            .toLongLong();
    }
    User user(const QString &name, Role role, qint64 orgId)
    {
        User u;
        u.id = scalar(owner(), QStringLiteral("SELECT id FROM users WHERE username = ?"), {name}).toLongLong();
        u.username = name;
        u.displayName = name;
        u.role = role;
        u.orgId = orgId;
        return u;
    }
    static QSet<QString> flowsOf(const QList<DecisionEntry> &entries)
    {
        QSet<QString> out;
        for (const DecisionEntry &e : entries)
            out << e.flowCode;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<PgFixture>(QStringLiteral("history-"), passwordOf);
        QVERIFY2(m_fx->start(), qPrintable(m_fx->error()));
        QVERIFY(m_fx->schemaVersion() >= 22);
        const qint64 province = org(QStringLiteral("P"), QStringLiteral("province"), 0);
        m_cityA = org(QStringLiteral("CA"), QStringLiteral("city"), province);
        const qint64 cityB = org(QStringLiteral("CB"), QStringLiteral("city"), province);
        m_baseA1 = org(QStringLiteral("A1"), QStringLiteral("base"), m_cityA);
        m_baseB1 = org(QStringLiteral("B1"), QStringLiteral("base"), cityB);
        execSql(owner(), QStringLiteral("INSERT INTO specialties (code, name, track) VALUES ('0100', ?, 'resident')"),
                {QStringLiteral(u"内科")});
        const struct { const char *name, *role, *org; } users[] = {
            {"a1", "base", "A1"}, {"b1", "base", "B1"}, {"ca", "municipal", "CA"}};
        for (const auto &u : users)
            execSql(owner(), QStringLiteral("SELECT gme_add_user(?, ?, ?, ?, ?)"),
                    {QString::fromLatin1(u.name), QString::fromLatin1(u.name), QString::fromLatin1(u.role),
                     QString::fromLatin1(u.org), scram::sha256Verifier(passwordOf(QString::fromLatin1(u.name)))});

        HistorySeeder seed(owner(), QStringLiteral("0100"), 70000);
        const QDateTime at(QDate(2026, 5, 1), QTime(9, 0));
        int n = 0;
        for (const QString &flow : HistorySeeder::flowCodes()) {
            seed.decide(flow, m_baseA1, QStringLiteral("A1-") + flow, user(QStringLiteral("a1"), Role::Base, m_baseA1).id,
                        at.addSecs(60 * n++));
            seed.decide(flow, m_baseB1, QStringLiteral("B1-") + flow, user(QStringLiteral("b1"), Role::Base, m_baseB1).id,
                        at.addSecs(60 * n++));
        }
    }

    void aBaseOwnLoginSeesOnlyItsOwnDecisionsOfEveryFlow()
    {
        const User a1 = user(QStringLiteral("a1"), Role::Base, m_baseA1);
        const QList<DecisionEntry> rows = DecisionHistory(m_fx->as(QStringLiteral("a1")), a1).load({}, 100).entries;
        QCOMPARE(rows.size(), 5);
        QCOMPARE(flowsOf(rows).size(), 5);
        for (const DecisionEntry &e : rows) {
            QVERIFY2(e.traineeName.startsWith(QStringLiteral("A1-")), qPrintable(e.traineeName));
            QCOMPARE(e.reviewer, QStringLiteral("a1")); // its own user row is readable
        }
        // A client claiming the whole province and every decider over a1's login: the server
        // still shows A1 only.
        User claimsMore = a1;
        claimsMore.role = Role::Sysadmin;
        HistoryFilter every;
        every.everyDecider = true;
        const QList<DecisionEntry> forced = DecisionHistory(m_fx->as(QStringLiteral("a1")), claimsMore).load(every, 100).entries;
        QCOMPARE(forced.size(), 5);
        for (const DecisionEntry &e : forced)
            QVERIFY2(e.traineeName.startsWith(QStringLiteral("A1-")), qPrintable(e.traineeName));
    }

    void aMunicipalOwnLoginSeesItsBasesAndPagesOnPostgres()
    {
        const User ca = user(QStringLiteral("ca"), Role::Municipal, m_cityA);
        const DecisionHistory history(m_fx->as(QStringLiteral("ca")), ca);
        QVERIFY(history.load({}, 100).entries.isEmpty()); // the city itself decided nothing
        HistoryFilter every; // the bases' decisions on the city's items
        every.everyDecider = true;
        const QList<DecisionEntry> all = history.load(every, 100).entries;
        QCOMPARE(all.size(), 5);
        for (const DecisionEntry &e : all)
            QVERIFY2(e.traineeName.startsWith(QStringLiteral("A1-")), qPrintable(e.traineeName));
        // Keyset paging (row values) and the filters on PostgreSQL.
        const HistorySlice first = history.load(every, 2);
        QVERIFY(first.more);
        const HistorySlice second = history.load(every, 2, first.next);
        const HistorySlice third = history.load(every, 2, second.next);
        QVERIFY(!third.more);
        // Ids are per log, so a row is its flow and its id.
        const auto key = [](const DecisionEntry &e) { return e.flowCode + QLatin1Char(':') + QString::number(e.decisionId); };
        QStringList paged;
        for (const HistorySlice *s : {&first, &second, &third})
            for (const DecisionEntry &e : s->entries)
                paged << key(e);
        QStringList whole;
        for (const DecisionEntry &e : all)
            whole << key(e);
        QCOMPARE(paged, whole);
        QCOMPARE(history.load(HistoryFilter{QStringLiteral("teacher_review"), {}, {}, {}, true}, 100).entries.size(), 1);
        QCOMPARE(history.load(HistoryFilter{{}, {}, {}, QStringLiteral("recruit"), true}, 100).entries.size(), 1);
    }
};

QTEST_MAIN(TestPgHistory)
#include "tst_pg_history.moc"
