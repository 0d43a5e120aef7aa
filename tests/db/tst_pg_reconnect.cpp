// Central mode when the server restarts or the network drops under a running app (PgServer
// fixture, a real PostgreSQL 15): a read on a broken connection is run once more on a reopened
// one; a server still down is reported as a lost connection, not as a broken query; the queue
// change watcher listens again once the server is back.
#include "PgServer.h"
#include "TestSupport.h"

#include "auth/UserAdmin.h"
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
    std::unique_ptr<PgServer> m_pg;
    std::unique_ptr<Database> m_owner;
    qint64 m_registration = 0;

    QSqlDatabase owner() const { return m_owner->connection(); }

    std::unique_ptr<Database> signedIn(const QString &user) const
    {
        auto db = std::make_unique<Database>(m_pg->url(user));
        db->setPassword(kPassword);
        return db;
    }

    void restartServer(bool crash)
    {
        if (crash)
            m_pg->kill();
        else
            m_pg->stop();
        QVERIFY2(m_pg->start(), qPrintable(m_pg->error()));
    }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<PgServer>();
        QVERIFY2(m_pg->error().isEmpty(), qPrintable(m_pg->error()));
        m_owner = std::make_unique<Database>(m_pg->url());
        m_owner->setPassword(m_pg->ownerPassword());
        m_owner->migrate();
        const qint64 province = scalar(owner(), QStringLiteral("INSERT INTO orgs (code, name, kind) VALUES ('P', 'P', 'province') RETURNING id")).toLongLong();
        const qint64 city = scalar(owner(), QStringLiteral("INSERT INTO orgs (code, name, kind, parent_id) VALUES ('CA', '甲市', 'city', ?) RETURNING id"), {province}).toLongLong();
        const qint64 base = scalar(owner(), QStringLiteral("INSERT INTO orgs (code, name, kind, parent_id, track) VALUES ('A1', '甲市第一人民医院', 'base', ?, 'resident') RETURNING id"), {city}).toLongLong();
        execSql(owner(), QStringLiteral("INSERT INTO specialties (code, name, track) VALUES ('0100', '内科', 'resident')"));
        const qint64 batch = scalar(owner(), QStringLiteral("INSERT INTO exam_batches (name, year, track) VALUES ('2026', 2026, 'resident') RETURNING id")).toLongLong();
        const qint64 trainee = scalar(owner(), QStringLiteral("INSERT INTO trainees (id_number, name, gender, person_type, track, base_id, specialty_code) "
                                                              "VALUES ('T1', '学员', 'F', 'social', 'resident', ?, '0100') RETURNING id"), {base}).toLongLong();
        m_registration = scalar(owner(), QStringLiteral("INSERT INTO registrations (batch_id, trainee_id, base_id, state, submitted_at, updated_at) "
                                                        "VALUES (?, ?, ?, 'submitted', '2026-01-01T09:00:00', '2026-01-01T09:00:00') RETURNING id"),
                                {batch, trainee, base}).toLongLong();
        QCOMPARE(UserAdmin(owner()).addUser(QStringLiteral("zhang"), QStringLiteral("张老师"), Role::Base, QStringLiteral("A1"), kPassword), QString());
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
        m_pg->kill();
        try {
            db->retryIfConnectionLost([&] { return countRegistrations(*db); });
            QFAIL("a read succeeded with the server down");
        } catch (const DbError &e) {
            QVERIFY2(e.connectionLost(), qPrintable(e.message()));
        }
        QVERIFY2(m_pg->start(), qPrintable(m_pg->error()));
        QCOMPARE(db->retryIfConnectionLost([&] { return countRegistrations(*db); }), 1);
        m_owner->closeThisThreadsConnection();
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

        m_pg->kill();
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
        QVERIFY(!watcher.isListening());
        QTest::qWait(600); // probes while the server is down change nothing
        QCOMPARE(back.count(), 0);
        QVERIFY2(m_pg->start(), qPrintable(m_pg->error()));
        QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 10000);
        QVERIFY(watcher.isListening());

        m_owner->closeThisThreadsConnection(); // the owner's connection died with the server too
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
        m_owner->closeThisThreadsConnection();
        execSql(owner(), QStringLiteral("UPDATE registrations SET state = 'submitted', version = version + 1 WHERE id = ?"),
                {m_registration});
        QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 1, 5000);
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_pg.reset();
    }
};

QTEST_GUILESS_MAIN(TestPgReconnect)
#include "tst_pg_reconnect.moc"
