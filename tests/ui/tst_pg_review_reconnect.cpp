// The review pane of a base reviewer signed in to a central PostgreSQL server (PgFixture)
// when the server goes away mid-session: the reviewer is told plainly whether a decision was
// applied, the pending batch survives, and the pane recovers by itself once the server is back.
// A FaultProxy between pane and server cuts the connection right after the server committed.
#include "FaultProxy.h"
#include "PgFixture.h"
#include "PgSeed.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "auth/ServerSignIn.h"
#include "common/ConnectionBanner.h"
#include "common/DbPool.h"
#include "dashboard/DashboardPage.h"
#include "main/MainWindow.h"
#include "db/Database.h"
#include "review/ReviewPane.h"
#include "review/ReviewPrompts.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <functional>
#include <memory>

using namespace gme;
using namespace gme::test;

namespace {

const QString kPassword = QStringLiteral("reviewer-secret");

class ScriptedPrompts : public ReviewPrompts
{
public:
    QStringList infos, warnings;
    std::function<void()> beforeApply; // runs when the reviewer confirms the manifest

    std::optional<QString> askReason(QWidget *, Action, ReasonTemplates &) override { return QStringLiteral("理由"); }
    ManifestChoice confirmManifest(QWidget *, Action, const BatchCheck &) override
    {
        if (beforeApply)
            beforeApply();
        return ManifestChoice::Apply;
    }
    void inform(QWidget *, const QString &, const QString &text) override { infos << text; }
    void warn(QWidget *, const QString &, const QString &text) override { warnings << text; }
};

} // namespace

class TestPgReviewReconnect : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgFixture> m_fx; // server, owner migrated, base reviewer zhang
    qint64 m_base = 0, m_batch = 0;

    // The owner's connection dies with the server like everyone's; PgFixture::startServer drops it.
    QSqlDatabase owner() const { return m_fx->owner(); }
    int count(const QString &sql) { return scalar(owner(), sql).toInt(); }
    void addSubmitted(int n) { addRegistrations(owner(), m_batch, m_base, n); }

    // `login` signed in on `database` as the sign-in dialog does it; no session when refused.
    static std::optional<Session> signIn(Database &database, const QString &login)
    {
        const SignInResult signedIn = signInToServer(database, login, kPassword);
        if (signedIn.outcome != SignInResult::Outcome::SignedIn)
            return std::nullopt;
        Session session;
        session.database = &database;
        session.user = *signedIn.user;
        return session;
    }

    struct Desk
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<ReviewPane> pane;
        ScriptedPrompts *prompts = nullptr;
        ~Desk()
        {
            pane.reset();
            if (database)
                closeWorkerConnection(*database);
        }
    };

    // Signs zhang in through `port` (0: the server's own; or a proxy's) and opens the review pane.
    void openDesk(Desk &desk, quint16 port)
    {
        desk.database = m_fx->serverProfile(port);
        const std::optional<Session> session = signIn(*desk.database, QStringLiteral("zhang"));
        QVERIFY(session);
        desk.pane = std::make_unique<ReviewPane>(*session);
        auto prompts = std::make_unique<ScriptedPrompts>();
        desk.prompts = prompts.get();
        desk.pane->setPrompts(std::move(prompts));
        desk.pane->connectionBanner()->setRetryInterval(500);
        QVERIFY(waitForQueue(*desk.pane));
    }

    static void movesFirstRowsToPending(ReviewPane &pane, int n)
    {
        QTableView *v = pane.queueView();
        v->clearSelection();
        for (int r = 0; r < n; ++r)
            v->selectionModel()->select(v->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        pane.addSelectedToPending();
        pane.waitForSaved();
    }

private slots:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("tst_pg_review_reconnect"));
        m_fx = std::make_unique<PgFixture>(QStringLiteral("review-reconnect-"), PgFixture::samePassword(kPassword));
        QVERIFY2(m_fx->start(), qPrintable(m_fx->error()));
        m_base = addOneBase(owner()).base;
        m_batch = addExamBatch(owner());
        openEveryStage(owner(), m_batch);
        QCOMPARE(m_fx->addUser(QStringLiteral("zhang"), QStringLiteral("base"), QStringLiteral("A1"), QStringLiteral("张老师")), QString());
    }

    void serverDownAtApplyNothingAppliedBatchKeptThenThePaneRecoversAndApplies()
    {
        addSubmitted(5);
        Desk desk;
        openDesk(desk, 0);
        ReviewPane &pane = *desk.pane;
        QCOMPARE(pane.queueModel()->totalCount(), 5);
        movesFirstRowsToPending(pane, 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pending_items")), 3);
        QVERIFY(!pane.connectionBanner()->isLost());

        m_fx->stopServer(PgFixture::Stop::Crash);
        pane.decide(Action::Pass);
        QCOMPARE(desk.prompts->warnings.size(), 1);
        const QString told = desk.prompts->warnings.last();
        QVERIFY2(told.contains(QLatin1String("nothing was applied")) && told.contains(QLatin1String("pending batch is kept")),
                 qPrintable(told));
        QVERIFY(desk.prompts->infos.isEmpty());
        // The pane says the server is gone and keeps the batch; moves are refused meanwhile.
        QVERIFY(pane.connectionBanner()->isLost());
        QVERIFY(pane.connectionBanner()->isVisibleTo(&pane));
        QVERIFY(!pane.queueView()->isEnabled());
        QCOMPARE(pane.pendingModel()->totalCount(), 3);
        pane.removeAllFromPending();
        QCOMPARE(pane.pendingModel()->totalCount(), 3);

        // Retry while the server is still down: still lost, batch still there.
        const int loads = pane.loadCount();
        QTest::mouseClick(pane.connectionBanner()->retryButton(), Qt::LeftButton);
        QVERIFY(waitForQueue(pane, loads + 1));
        QVERIFY(pane.connectionBanner()->isLost());
        QCOMPARE(pane.pendingModel()->totalCount(), 3);

        // The server is back: the pane reads the queue again by itself.
        QVERIFY2(m_fx->startServer(), qPrintable(m_fx->error()));
        QTRY_VERIFY_WITH_TIMEOUT(!pane.connectionBanner()->isLost() && !pane.isLoading(), 20000);
        QVERIFY(!pane.connectionBanner()->isVisibleTo(&pane));
        QVERIFY(pane.queueView()->isEnabled());
        QCOMPARE(pane.pendingModel()->totalCount(), 3);
        QCOMPARE(pane.queueModel()->totalCount(), 2);

        pane.decide(Action::Pass);
        QVERIFY2(desk.prompts->infos.size() == 1 && desk.prompts->infos.last().contains(QLatin1String("3 registrations passed")),
                 qPrintable(desk.prompts->infos.join(QLatin1Char('|'))));
        QCOMPARE(pane.pendingModel()->totalCount(), 0);
        pane.waitForSaved();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM registrations WHERE state = 'base_passed'")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pending_items")), 0);
        QVERIFY(waitForQueue(pane, pane.loadCount()));
    }

    void connectionCutRightAfterTheCommitIsReportedAsAppliedAndTheBatchCleared()
    {
        const int passedBefore = count(QStringLiteral("SELECT count(*) FROM registrations WHERE state = 'base_passed'"));
        addSubmitted(4);
        FaultProxy proxy(m_fx->server().port());
        QVERIFY(proxy.port() != 0);
        Desk desk;
        openDesk(desk, proxy.port());
        ReviewPane &pane = *desk.pane;
        const int queued = pane.queueModel()->totalCount();
        QVERIFY(queued >= 4);
        movesFirstRowsToPending(pane, 4);

        desk.prompts->beforeApply = [&proxy] { proxy.dropAfterNextCommit(); };
        pane.decide(Action::Pass);
        QCOMPARE(proxy.drops(), 1); // the apply's commit reply never reached the pane
        QVERIFY2(desk.prompts->warnings.isEmpty(), qPrintable(desk.prompts->warnings.join(QLatin1Char('|'))));
        QCOMPARE(desk.prompts->infos.size(), 1);
        QVERIFY2(desk.prompts->infos.last().contains(QLatin1String("applied entirely"))
                     && desk.prompts->infos.last().contains(QLatin1String("4 registrations passed")),
                 qPrintable(desk.prompts->infos.last()));
        QCOMPARE(pane.pendingModel()->totalCount(), 0);
        pane.waitForSaved();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pending_items")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM registrations WHERE state = 'base_passed'")), passedBefore + 4);
        QVERIFY(waitForQueue(pane, pane.loadCount()));
        QTRY_COMPARE_WITH_TIMEOUT(pane.queueModel()->totalCount(), queued - 4, 10000);
        QVERIFY(!pane.connectionBanner()->isLost());
    }

    void theMainWindowNoticesAnIdleRestartAndReadsTheQueueAgain()
    {
        // Nobody touches the window: its change watcher sees the connection break, the pane says
        // so, and both come back when the server does.
        addSubmitted(2);
        auto database = m_fx->serverProfile();
        const std::optional<Session> session = signIn(*database, QStringLiteral("zhang"));
        QVERIFY(session);
        {
            MainWindow window(*session);
            ReviewPane *pane = window.reviewPane();
            QVERIFY(pane);
            QVERIFY(waitForQueue(*pane));
            const int loads = pane->loadCount();
            m_fx->stopServer(PgFixture::Stop::Crash);
            QTRY_VERIFY_WITH_TIMEOUT(pane->connectionBanner()->isLost(), 20000);
            QVERIFY2(m_fx->startServer(), qPrintable(m_fx->error()));
            QTRY_VERIFY_WITH_TIMEOUT(!pane->connectionBanner()->isLost() && !pane->isLoading(), 30000);
            QVERIFY(pane->loadCount() > loads + 1);
            // Listening again: another reviewer's change reloads the queue.
            const int before = pane->loadCount();
            execSql(owner(), QStringLiteral("UPDATE registrations SET state = 'base_passed', version = version + 1 "
                                            "WHERE id = (SELECT max(id) FROM registrations WHERE state = 'submitted')"));
            QTRY_VERIFY_WITH_TIMEOUT(pane->loadCount() > before && !pane->isLoading(), 20000);
        }
        closeWorkerConnection(*database);
    }

    void theDashboardSaysTheServerIsGoneAndCountsAgainWhenItIsBack()
    {
        QCOMPARE(m_fx->addUser(QStringLiteral("sheng"), QStringLiteral("provincial"), QStringLiteral("P"), QStringLiteral("省厅")), QString());
        auto database = m_fx->serverProfile();
        const std::optional<Session> session = signIn(*database, QStringLiteral("sheng"));
        QVERIFY(session);
        {
            DashboardPage page(*session);
            page.connectionBanner()->setRetryInterval(500);
            QSignalSpy loaded(&page, &DashboardPage::loaded);
            page.reload();
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
            const int registrations = count(QStringLiteral("SELECT count(*) FROM registrations"));
            QVERIFY(registrations > 0);
            const qint64 shown = page.figures().batchId;
            QVERIFY(shown != 0);

            m_fx->stopServer(PgFixture::Stop::Crash);
            page.reload();
            QTRY_VERIFY_WITH_TIMEOUT(page.connectionBanner()->isLost(), 20000);
            QVERIFY(page.connectionBanner()->isVisibleTo(&page));
            QCOMPARE(page.figures().batchId, shown); // the last figures stay under the banner

            QVERIFY2(m_fx->startServer(), qPrintable(m_fx->error()));
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000); // counted again by itself
            QVERIFY(!page.connectionBanner()->isLost());
            QVERIFY(!page.connectionBanner()->isVisibleTo(&page));
        }
        closeWorkerConnection(*database);
    }

    void cleanupTestCase()
    {
        m_fx.reset();
    }
};

QTEST_MAIN(TestPgReviewReconnect)
#include "tst_pg_review_reconnect.moc"
