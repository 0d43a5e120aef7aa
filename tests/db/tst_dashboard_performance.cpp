// Dashboard figures at the size of a province: every query on the 100,000-trainee demo province
// answers in well under a second (the figures are aggregated by the database). Bounds are generous
// for slow CI machines; the measured times are printed.
#include "Clock.h"
#include "TestSupport.h"
#include "demo/DemoProvince.h"
#include "stats/DashboardStats.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace gme;
using namespace gme::test;

class TestDashboardPerformance : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 20), QTime(10, 0))};
    qint64 m_batch = 0;

    User user(const QString &username) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT id, role, org_id FROM users WHERE username = ?"));
        q.addBindValue(username);
        if (!q.exec() || !q.next())
            qFatal("no demo user %s", qPrintable(username));
        User u;
        u.id = q.value(0).toLongLong();
        u.username = username;
        u.role = roleFromCode(q.value(1).toString()).value_or(Role::Base);
        u.orgId = q.value(2).toLongLong();
        return u;
    }

    // Runs fn once to warm the cache, then reports the best of three.
    static qint64 timed(const char *what, const std::function<int()> &fn)
    {
        fn();
        qint64 best = std::numeric_limits<qint64>::max();
        int n = 0;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            n = fn();
            best = std::min(best, t.elapsed());
        }
        qInfo("%-40s %5lld ms (%d rows)", what, best, n);
        return best;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("demo.sqlite")));
        m_db->migrate();
        QElapsedTimer t;
        t.start();
        DemoOptions o;
        o.trainees = 100000;
        QVERIFY(createDemoProvince(*m_db, o, m_clock));
        qInfo("demo province of 100,000 trainees created in %lld ms", t.elapsed());
        // The batch with the most registrations: this year's resident batch.
        m_batch = scalar(m_db->connection(), QStringLiteral("SELECT batch_id FROM registrations GROUP BY batch_id "
                                                            "ORDER BY COUNT(*) DESC LIMIT 1")).toLongLong();
        QVERIFY(m_batch > 0);
    }

    void queries_data()
    {
        QTest::addColumn<QString>("username");
        QTest::newRow("provincial") << QStringLiteral("province");
        QTest::newRow("municipal") << QStringLiteral("guangzhou");
    }

    void queries()
    {
        QFETCH(QString, username);
        const DashboardStats stats(m_db->connection(), user(username), m_clock);
        const qint64 batch = m_batch;
        QList<qint64> times;
        int registrations = 0;
        times << timed("funnel by city", [&] {
            const auto rows = stats.funnel(batch, FunnelGrouping::City);
            registrations = 0;
            for (const FunnelRow &r : rows)
                registrations += r.total();
            return int(rows.size());
        });
        times << timed("funnel by base", [&] { return int(stats.funnel(batch, FunnelGrouping::Base).size()); });
        times << timed("ageing", [&] { return int(stats.ageing(batch).size()); });
        times << timed("windows closing within 60 days", [&] { return int(stats.windowsClosing(60).size()); });
        times << timed("reasons (top 20 each)", [&] { return int(stats.reasons(batch).size()); });
        times << timed("everything (load)", [&] { return int(stats.load(batch, 60).byBase.size()); });
        qInfo("registrations in the batch in scope: %d", registrations);
        QVERIFY(registrations > 0);
        for (qint64 ms : times)
            QVERIFY2(ms < 1500, "each dashboard query must answer in well under a second at 100,000 trainees");
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestDashboardPerformance)
#include "tst_dashboard_performance.moc"
