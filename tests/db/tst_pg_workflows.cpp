// Central mode for the workflows that came after the completion exam: recruitment (007), change
// requests (008) and training-year reductions (010). The demo province is written to a real
// PostgreSQL 15 by the owner through gmedesk's own demo writers; then a demo base reviewer speaks
// raw SQL over its OWN login, as any client could, and the server keeps it to its base and keeps
// the decision logs append-only.
#include "Clock.h"
#include "PgFixture.h"
#include "TestSupport.h"
#include "db/Database.h"
#include "demo/DemoProvince.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

namespace {

// A request table and its decision log, with the column linking them.
struct Workflow
{
    const char *requests;
    const char *log;
    const char *logLink;
};

constexpr Workflow kWorkflows[] = {
    {"applications", "application_decisions", "application_id"},
    {"change_requests", "change_request_decisions", "change_request_id"},
    {"reduction_requests", "reduction_decisions", "request_id"},
};

} // namespace

class TestPgWorkflows : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgFixture> m_fx; // server, owner migrated, base1's own session
    FixedClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(10, 30))};
    qint64 m_base1 = 0;

    QSqlDatabase owner() const { return m_fx->owner(); }
    QSqlDatabase base1() { return m_fx->as(QStringLiteral("base1")); }

private slots:
    void initTestCase()
    {
        // Every demo user signs in with the demo password.
        m_fx = std::make_unique<PgFixture>(QStringLiteral("workflows-"), PgFixture::samePassword(QString::fromLatin1(kDemoPassword)));
        QVERIFY2(m_fx->start(), qPrintable(m_fx->error()));
        QVERIFY(m_fx->schemaVersion() >= 15);

        DemoOptions options;
        options.trainees = 300;
        QVERIFY(createDemoProvince(m_fx->database(), options, m_clock));

        base1(); // signed in before the tests, as a base user would be
        m_base1 = scalar(owner(), QStringLiteral("SELECT org_id FROM users WHERE username = 'base1'")).toLongLong();
        QVERIFY(m_base1 > 0);
    }

    void everyPostgresMigrationMatchesASqliteOne()
    {
        // 007, 008 and 010 were SQLite-only; the schema versions now agree.
        for (int version : {7, 8, 10})
            QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(*) FROM schema_version WHERE version = ?"), {version}).toInt(), 1);
    }

    void theDemoWroteEveryWorkflowOnPostgres()
    {
        for (const Workflow &w : kWorkflows) {
            const QString table = QString::fromLatin1(w.requests);
            QVERIFY2(scalar(owner(), QStringLiteral("SELECT count(*) FROM %1 WHERE base_id <> ?").arg(table), {m_base1}).toInt() > 0,
                     qPrintable(table));
            QVERIFY2(scalar(owner(), QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(w.log))).toInt() > 0,
                     qPrintable(QString::fromLatin1(w.log)));
        }
    }

    // The demo's department head signs in with its own login and sees its department's rotations only.
    void theDemoDepartmentHeadSeesOnlyItsDepartment()
    {
        QSqlDatabase head = m_fx->as(QStringLiteral("base1-neike"));
        const int seen = scalar(head, QStringLiteral("SELECT count(*) FROM rotations")).toInt();
        QVERIFY(seen > 0);
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(*) FROM rotations r JOIN users u ON u.department_id = r.department_id "
                                                "WHERE u.username = 'base1-neike'")).toInt(),
                 seen);
        QVERIFY(seen < scalar(owner(), QStringLiteral("SELECT count(*) FROM rotations r JOIN departments d ON d.id = r.department_id "
                                                      "WHERE d.base_id = ?"), {m_base1}).toInt());
    }

    void newRowsGetFreshIdsAfterTheDemo()
    {
        // The demo writes some ids itself; the identity columns must still hand out unused ones,
        // or the first review after the demo collides with a demo row.
        QSqlQuery q(owner());
        QVERIFY(q.exec(QStringLiteral("SELECT table_name FROM information_schema.columns "
                                      "WHERE table_schema = 'public' AND column_name = 'id' AND is_identity = 'YES'")));
        QStringList tables;
        while (q.next())
            tables.append(q.value(0).toString());
        QVERIFY(tables.contains(QStringLiteral("applications")));
        for (const QString &table : std::as_const(tables)) {
            const qint64 next = scalar(owner(), QStringLiteral("SELECT nextval(pg_get_serial_sequence(?, 'id'))"), {table}).toLongLong();
            const qint64 highest = scalar(owner(), QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table)).toLongLong();
            QVERIFY2(next > highest, qPrintable(QStringLiteral("%1: next id %2, highest %3").arg(table).arg(next).arg(highest)));
        }
    }

    void aBaseSeesOnlyItsOwnRequests()
    {
        for (const Workflow &w : kWorkflows) {
            const QString table = QString::fromLatin1(w.requests);
            const qint64 theirs = scalar(owner(), QStringLiteral("SELECT min(id) FROM %1 WHERE base_id <> ?").arg(table),
                                         {m_base1}).toLongLong();
            QCOMPARE(scalar(base1(), QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), {theirs}).toInt(), 0);
            QCOMPARE(scalar(base1(), QStringLiteral("SELECT count(*) FROM %1 WHERE base_id <> ?").arg(table), {m_base1}).toInt(), 0);
            // Its own rows are all there.
            QCOMPARE(scalar(base1(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt(),
                     scalar(owner(), QStringLiteral("SELECT count(*) FROM %1 WHERE base_id = ?").arg(table), {m_base1}).toInt());
            // Nor their decisions.
            QCOMPARE(scalar(base1(), QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                         .arg(QString::fromLatin1(w.log), QString::fromLatin1(w.logLink)), {theirs}).toInt(), 0);
        }
    }

    void aBaseCannotChangeAnotherBasesRequest()
    {
        for (const Workflow &w : kWorkflows) {
            const QString table = QString::fromLatin1(w.requests);
            const qint64 theirs = scalar(owner(), QStringLiteral("SELECT min(id) FROM %1 WHERE base_id <> ?").arg(table),
                                         {m_base1}).toLongLong();
            const Outcome o = attempt(base1(), QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = ?").arg(table), {theirs});
            QVERIFY2(!o.ok || o.rows == 0, qPrintable(table));
        }
    }

    void decisionLogsRefuseUpdateAndDeleteForEverybody()
    {
        for (const Workflow &w : kWorkflows) {
            const QString log = QString::fromLatin1(w.log);
            // The base's own history where it has some, otherwise any row (the owner's attempt is the trigger's test).
            const QVariant ownRow = scalar(base1(), QStringLiteral("SELECT min(id) FROM %1").arg(log));
            const qint64 anyRow = scalar(owner(), QStringLiteral("SELECT min(id) FROM %1").arg(log)).toLongLong();
            const QString reasonBefore = scalar(owner(), QStringLiteral("SELECT coalesce(reason, '') FROM %1 WHERE id = ?").arg(log),
                                                {anyRow}).toString();
            for (QSqlDatabase db : {base1(), owner()}) {
                const qint64 row = (db.connectionName() == base1().connectionName() && !ownRow.isNull()) ? ownRow.toLongLong() : anyRow;
                const Outcome update = attempt(db, QStringLiteral("UPDATE %1 SET reason = 'rewritten' WHERE id = ?").arg(log), {row});
                QVERIFY2(!update.ok, qPrintable(log + QStringLiteral(" update by ") + db.userName()));
                const Outcome remove = attempt(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(log), {row});
                QVERIFY2(!remove.ok, qPrintable(log + QStringLiteral(" delete by ") + db.userName()));
            }
            const Outcome owners = attempt(owner(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(log), {anyRow});
            QVERIFY2(owners.error.contains(QStringLiteral("append-only")), qPrintable(owners.error));
            QCOMPARE(scalar(owner(), QStringLiteral("SELECT coalesce(reason, '') FROM %1 WHERE id = ?").arg(log), {anyRow}).toString(),
                     reasonBefore);
        }
    }

    void theBatchLogIsAppendOnlyAgainAfterTheDemo()
    {
        // The demo lifts the trigger only inside its own transaction.
        const qint64 row = scalar(owner(), QStringLiteral("SELECT min(id) FROM batch_actions")).toLongLong();
        const Outcome o = attempt(owner(), QStringLiteral("UPDATE batch_actions SET row_count = 0 WHERE id = ?"), {row});
        QVERIFY2(o.error.contains(QStringLiteral("append-only")), qPrintable(o.error));
    }

    void aBaseStillWritesItsOwnRequests()
    {
        // The policies refuse other bases' rows, not the base's own work.
        int tried = 0;
        for (const Workflow &w : kWorkflows) {
            const QString table = QString::fromLatin1(w.requests);
            const QVariant mine = scalar(base1(), QStringLiteral("SELECT min(id) FROM %1").arg(table));
            if (mine.isNull())
                continue; // base1 has none of this kind in a small demo
            const Outcome o = attempt(base1(), QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = ?").arg(table),
                                      {mine.toLongLong()});
            QVERIFY2(o.ok && o.rows == 1, qPrintable(table + QLatin1Char(' ') + o.error));
            qInfo("base1 updated its own row in %s", w.requests);
            ++tried;
        }
        QVERIFY(tried > 0);
    }

    void cleanupTestCase()
    {
        m_fx.reset(); // closes base1's session too
    }
};

QTEST_GUILESS_MAIN(TestPgWorkflows)
#include "tst_pg_workflows.moc"
