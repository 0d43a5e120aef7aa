// Central mode under pressure: two reviewers of one base apply overlapping batches at the same time
// from their own connections, and a server dies in the middle of a 10,000-row apply. The
// ReviewEngine runs unchanged on PostgreSQL 15 (PgFixture); the server's own rules are on.
#include "PgFixture.h"
#include "PgSeed.h"
#include "TestSupport.h"
#include "Clock.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "review/ReviewEngine.h"
#include "review/Workflow.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <memory>

using namespace gme;
using namespace gme::test;

namespace {

const QString kPassword = QStringLiteral("reviewer-secret");

struct ApplyOutcome
{
    BatchResult result;
    QString error; // the DbError when the connection failed
};

} // namespace

class TestPgConcurrency : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgFixture> m_fx; // server, owner migrated, users a1 and a1b of base A1
    qint64 m_baseA1 = 0, m_batch = 0;
    SystemClock m_clock;

    QSqlDatabase owner() const { return m_fx->owner(); }

    // n submitted registrations at base A1, written by the owner in one statement; returns their ids.
    QList<qint64> addSubmitted(int n) { return addRegistrations(owner(), m_batch, m_baseA1, n); }

    static BatchRequest passOf(const QList<qint64> &ids)
    {
        BatchRequest r;
        r.action = Action::Pass;
        for (qint64 id : ids)
            r.rows.append(BatchRow{id, 1});
        return r;
    }

    // Applies on a thread of its own, with the user's own login, as the app's worker does.
    QThread *applyInThread(const QString &user, BatchRequest request, ApplyOutcome *out, QSemaphore *go,
                           const QString &token = {}, ReviewEngine::Progress progress = {})
    {
        const User u = m_fx->user(user);
        const QString url = m_fx->server().url(user), password = m_fx->passwordOf(user);
        return QThread::create([=, this] {
            Database db(url);
            db.setPassword(password);
            try {
                ReviewEngine engine(db.connection(), u, Workflow::completionExam(), m_clock);
                if (!token.isEmpty())
                    engine.setBatchToken(token);
                if (go)
                    go->acquire();
                out->result = progress ? engine.apply(request, progress) : engine.apply(request);
            } catch (const DbError &e) {
                out->error = e.message();
            }
            db.closeThisThreadsConnection();
        });
    }

    int count(const QString &sql, const QVariantList &binds = {}) const { return scalar(owner(), sql, binds).toInt(); }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<PgFixture>(QStringLiteral("concurrency-"), PgFixture::samePassword(kPassword));
        QVERIFY2(m_fx->start(), qPrintable(m_fx->error()));
        m_baseA1 = addOneBase(owner()).base;
        m_batch = addExamBatch(owner());
        openEveryStage(owner(), m_batch);
        QCOMPARE(m_fx->addUsers({{"a1", "base", "A1"}, {"a1b", "base", "A1"}}), QString());
    }

    void overlappingBatchesFromTwoConnectionsOneWinsEachRowTheOtherIsToldAndWritesNothing()
    {
        const QList<qint64> ids = addSubmitted(1000);
        const QList<qint64> first = ids.mid(0, 600), second = ids.mid(400); // 200 rows in both
        ApplyOutcome a, b;
        QSemaphore go;
        std::unique_ptr<QThread> ta(applyInThread(QStringLiteral("a1"), passOf(first), &a, &go));
        std::unique_ptr<QThread> tb(applyInThread(QStringLiteral("a1b"), passOf(second), &b, &go));
        ta->start();
        tb->start();
        go.release(2);
        QVERIFY(ta->wait(120000) && tb->wait(120000));
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));

        QCOMPARE(int(a.result.applied) + int(b.result.applied), 1);
        const ApplyOutcome &loser = a.result.applied ? b : a;
        const QList<qint64> &won = a.result.applied ? first : second;
        const QList<qint64> &lost = a.result.applied ? second : first;

        // The loser is told exactly which rows changed under it, by name.
        for (const ManifestRow &row : loser.result.check.rows) {
            const bool overlap = first.contains(row.registrationId) && second.contains(row.registrationId);
            QCOMPARE(row.problem == RowProblem::Changed, overlap);
            if (overlap)
                QVERIFY(!row.name.isEmpty());
        }
        // Every row was decided once, by the winner; nothing of the loser's is in the database.
        const QString inIds = QStringLiteral("SELECT count(*) FROM %1 WHERE registration_id BETWEEN ? AND ?");
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM registrations WHERE id BETWEEN ? AND ? AND state = 'base_passed' AND version = 2"),
                       {won.first(), won.last()}), int(won.size()));
        QCOMPARE(count(inIds.arg(QStringLiteral("decisions")), {ids.first(), ids.last()}), int(won.size()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM (SELECT registration_id FROM decisions WHERE registration_id BETWEEN ? AND ? "
                                      "GROUP BY registration_id HAVING count(*) > 1) d"), {ids.first(), ids.last()}), 0);
        for (qint64 id : lost)
            if (!won.contains(id))
                QCOMPARE(count(QStringLiteral("SELECT count(*) FROM registrations WHERE id = ? AND state = 'submitted' AND version = 1"), {id}), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM batch_actions")), 1);
    }

    void serverKilledInTheMiddleOfATenThousandRowApplyKeepsAllOrNothing()
    {
        const QList<qint64> ids = addSubmitted(10000);
        const int batchesBefore = count(QStringLiteral("SELECT count(*) FROM batch_actions"));
        std::atomic<int> done{0};
        ApplyOutcome out;
        const BatchRequest request = passOf(ids);
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        std::unique_ptr<QThread> worker(applyInThread(QStringLiteral("a1"), request, &out, nullptr, token, [&done](int d, int) {
            done = d;
            return true;
        }));
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(done >= 3000 || worker->isFinished(), 120000);
        const int doneWhenKilled = done;
        m_fx->stopServer(PgFixture::Stop::Crash);
        QVERIFY(worker->wait(60000));
        QVERIFY2(doneWhenKilled < int(ids.size()), "the apply finished before the server could be killed");
        QVERIFY(!out.error.isEmpty() || !out.result.applied);

        QVERIFY2(m_fx->startServer(), qPrintable(m_fx->error()));
        const int tokenRows = count(QStringLiteral("SELECT count(*) FROM batch_actions WHERE client_token = ?"), {token});
        const int passed = count(QStringLiteral("SELECT count(*) FROM registrations WHERE id BETWEEN ? AND ? AND state = 'base_passed'"),
                                 {ids.first(), ids.last()});
        const int decided = count(QStringLiteral("SELECT count(*) FROM decisions WHERE registration_id BETWEEN ? AND ?"),
                                  {ids.first(), ids.last()});
        // All or nothing, and the token tells which.
        QVERIFY2((tokenRows == 0 && passed == 0 && decided == 0) || (tokenRows == 1 && passed == 10000 && decided == 10000),
                 qPrintable(QStringLiteral("token %1, passed %2, decided %3").arg(tokenRows).arg(passed).arg(decided)));
        // Killed before the engine reached its commit: nothing.
        QCOMPARE(tokenRows, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM batch_actions")), batchesBefore);
    }

    void cleanupTestCase()
    {
        m_fx.reset();
    }
};

QTEST_GUILESS_MAIN(TestPgConcurrency)
#include "tst_pg_concurrency.moc"
