// Central mode when the server restarts or the network drops under a running app (PgFixture, a
// real PostgreSQL 15): a read on a broken connection is run once more on a reopened
// one; a server still down is reported as a lost connection, not as a broken query; the queue
// change watcher listens again once the server is back.
#include "PgFixture.h"
#include "PgSeed.h"
#include "TestSupport.h"

#include "db/ChangeWatcher.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

namespace {

const QString kPassword = QStringLiteral("reviewer-secret");

// A read as the app's repositories do it: DbError on failure.
int countRegistrations(const Database &db)
{
    QSqlQuery q(db.connection());
    prepareOrThrow(q, QStringLiteral("SELECT count(*) FROM registrations"));
    execOrThrow(q, "count registrations");
    q.next();
    return q.value(0).toInt();
}

} // namespace

class TestPgReconnect : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgFixture> m_fx; // server, owner migrated, base user zhang
    qint64 m_registration = 0;

    QSqlDatabase owner() const { return m_fx->owner(); }
    std::unique_ptr<Database> signedIn(const QString &user) const { return m_fx->userDatabase(user); }
    void restartServer(bool crash)
    {
        QVERIFY2(m_fx->restartServer(crash ? PgFixture::Stop::Crash : PgFixture::Stop::Clean), qPrintable(m_fx->error()));
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<PgFixture>(QStringLiteral("reconnect-"), PgFixture::samePassword(kPassword));
        QVERIFY2(m_fx->start(), qPrintable(m_fx->error()));
        const OneBase org = addOneBase(owner());
        m_registration = addRegistrations(owner(), addExamBatch(owner()), org.base, 1).first();
        QCOMPARE(m_fx->addUser(QStringLiteral("zhang"), QStringLiteral("base"), QStringLiteral("A1"), QStringLiteral("张老师")), QString());
    }

    void aReadAfterARestartSucceedsOnAReopenedConnection()
    {
        auto db = signedIn(QStringLiteral("zhang"));
        QCOMPARE(countRegistrations(*db), 1);
        QVERIFY(!db->connectionLost());
        // A crash, then a clean restart (the server ends its sessions with a FATAL message).
        for (bool crash : {true, false}) {
            restartServer(crash);
            // The app's reads go through the retry: the first attempt meets the dead connection,
            // the second succeeds on a new one, and the caller sees only the result.
            int attempts = 0;
            const int n = db->retryIfConnectionLost([&] {
                ++attempts;
                return countRegistrations(*db);
            });
            QCOMPARE(n, 1);
            QCOMPARE(attempts, 2);
            QVERIFY(!db->connectionLost());
            QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT session_user")).toString(), QStringLiteral("zhang"));
        }
    }

    void aPlainReadOnTheDeadConnectionFailsAndTheNextOneReopens()
    {
        auto db = signedIn(QStringLiteral("zhang"));
        QCOMPARE(countRegistrations(*db), 1);
        restartServer(true);
        QVERIFY_THROWS_EXCEPTION(DbError, countRegistrations(*db));
        QVERIFY(db->connectionLost()); // the driver's state, not the error's words
        QCOMPARE(countRegistrations(*db), 1);
        QVERIFY(!db->connectionLost());
    }

    void aServerStillDownIsReportedAsALostConnection()
    {
        auto db = signedIn(QStringLiteral("zhang"));
        QCOMPARE(countRegistrations(*db), 1);
        m_fx->stopServer(PgFixture::Stop::Crash);
        try {
            db->retryIfConnectionLost([&] { return countRegistrations(*db); });
            QFAIL("a read succeeded with the server down");
        } catch (const DbError &e) {
            QVERIFY2(e.connectionLost(), qPrintable(e.message()));
        }
        QVERIFY2(m_fx->startServer(), qPrintable(m_fx->error()));
        QCOMPARE(db->retryIfConnectionLost([&] { return countRegistrations(*db); }), 1);
    }

    void aBrokenQueryIsNeitherRetriedNorCalledALostConnection()
    {
        auto db = signedIn(QStringLiteral("zhang"));
        int attempts = 0;
        try {
            db->retryIfConnectionLost([&] {
                ++attempts;
                QSqlQuery q(db->connection());
                prepareOrThrow(q, QStringLiteral("SELECT no_such_column FROM registrations"));
                execOrThrow(q, "broken");
            });
            QFAIL("a broken query succeeded");
        } catch (const DbError &e) {
            QVERIFY(!e.connectionLost());
        }
        QCOMPARE(attempts, 1);
    }

    void theWatcherListensAgainAfterTheServerCameBack()
    {
        auto zhang = signedIn(QStringLiteral("zhang"));
        ChangeWatcher watcher(*zhang);
        watcher.setCheckInterval(200);
        QVERIFY(watcher.isListening());
        QSignalSpy heard(&watcher, &ChangeWatcher::changedByOthers);
        QSignalSpy lost(&watcher, &ChangeWatcher::connectionLost);
        QSignalSpy back(&watcher, &ChangeWatcher::reconnected);

        m_fx->stopServer(PgFixture::Stop::Crash);
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
        QVERIFY(!watcher.isListening());
        QTest::qWait(600); // probes while the server is down change nothing
        QCOMPARE(back.count(), 0);
        QVERIFY2(m_fx->startServer(), qPrintable(m_fx->error()));
        QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 10000);
        QVERIFY(watcher.isListening());

        execSql(owner(), QStringLiteral("UPDATE registrations SET state = 'base_passed', version = version + 1 WHERE id = ?"),
                {m_registration});
        QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 1, 5000);
    }

    void theWatcherListensAgainWhenAnotherReadReopenedTheConnection()
    {
        auto zhang = signedIn(QStringLiteral("zhang"));
        ChangeWatcher watcher(*zhang);
        watcher.setCheckInterval(200);
        QVERIFY(watcher.isListening());
        QSignalSpy heard(&watcher, &ChangeWatcher::changedByOthers);
        QSignalSpy back(&watcher, &ChangeWatcher::reconnected);
        // A fast restart: a read on this thread reopens the connection, whichever notices first.
        restartServer(false);
        QCOMPARE(zhang->retryIfConnectionLost([&] { return countRegistrations(*zhang); }), 1);
        QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 10000);
        QVERIFY(watcher.isListening());
        execSql(owner(), QStringLiteral("UPDATE registrations SET state = 'submitted', version = version + 1 WHERE id = ?"),
                {m_registration});
        QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 1, 5000);
    }

    void cleanupTestCase()
    {
        m_fx.reset();
    }
};

QTEST_GUILESS_MAIN(TestPgReconnect)
#include "tst_pg_reconnect.moc"
