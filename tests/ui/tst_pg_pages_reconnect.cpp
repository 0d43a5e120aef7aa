// The pages besides the review pane, for a base user signed in to a central PostgreSQL server
// (PgServer fixture), when the server goes away: the next read shows the connection banner over the
// rows last read, the page's writing actions are disabled, and once the server is back the page
// reads again by itself and the banner goes.
#include "PgServer.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "auth/ServerSignIn.h"
#include "auth/UserAdmin.h"
#include "batches/BatchesPage.h"
#include "common/ConnectionBanner.h"
#include "common/DbPool.h"
#include "db/Database.h"
#include "flows/ChangeRequestsPage.h"
#include "flows/FlowTableModel.h"
#include "history/HistoryPage.h"
#include "years/TrainingYearsPage.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

namespace {
const QString kPassword = QStringLiteral("base-secret");
constexpr int kTrainees = 3;
} // namespace

class TestPgPagesReconnect : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgServer> m_pg;
    std::unique_ptr<Database> m_owner;
    std::unique_ptr<Database> m_desk; // zhang's connection, as the app has it
    Session m_session;

    QSqlDatabase owner()
    {
        // The owner's connection dies with the server like everyone's.
        return m_owner->retryIfConnectionLost([&] {
            QSqlDatabase db = m_owner->connection();
            QSqlQuery ping(db);
            if (!ping.exec(QStringLiteral("SELECT 1")))
                throw DbError(QStringLiteral("owner ping failed"));
            return db;
        });
    }

private slots:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("tst_pg_pages_reconnect"));
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
        QCOMPARE(UserAdmin(owner()).addUser(QStringLiteral("zhang"), QStringLiteral("张老师"), Role::Base, QStringLiteral("A1"), kPassword), QString());
        const qint64 zhang = scalar(owner(), QStringLiteral("SELECT id FROM users WHERE username = 'zhang'")).toLongLong();
        for (int i = 1; i <= kTrainees; ++i) {
            const qint64 trainee = scalar(owner(), QStringLiteral(
                "INSERT INTO trainees (id_number, name, gender, person_type, track, base_id, specialty_code) "
                "VALUES (?, ?, 'F', 'social', 'resident', ?, '0100') RETURNING id"),
                {QStringLiteral("T%1").arg(i), QStringLiteral("学员%1").arg(i), base}).toLongLong();
            const qint64 registration = scalar(owner(), QStringLiteral(
                "INSERT INTO registrations (batch_id, trainee_id, base_id, state, submitted_at, updated_at) "
                "VALUES (?, ?, ?, 'base_passed', '2026-01-01T09:00:00', '2026-01-02T09:00:00') RETURNING id"),
                {batch, trainee, base}).toLongLong();
            // History: zhang passed it. Change requests: one waits for the city, zhang may withdraw it.
            execSql(owner(), QStringLiteral("INSERT INTO decisions (registration_id, user_id, stage, action, from_state, to_state, decided_at) "
                                            "VALUES (?, ?, 'base_review', 'pass', 'submitted', 'base_passed', '2026-01-02T09:00:00')"),
                    {registration, zhang});
            if (i == 1)
                execSql(owner(), QStringLiteral(
                    "INSERT INTO change_requests (trainee_id, base_id, kind, old_value, new_value, old_label, new_label, reason, "
                    "state, filed_by, submitted_at, updated_at) VALUES (?, ?, 'person_type', 'social', 'unit', '社会人', "
                    "'单位人', '理由', 'submitted', ?, '2026-01-03T09:00:00', '2026-01-03T09:00:00')"),
                    {trainee, base, zhang});
        }
        m_desk = std::make_unique<Database>(m_pg->url(QStringLiteral("zhang")));
        const SignInResult signedIn = signInToServer(*m_desk, QStringLiteral("zhang"), kPassword);
        QCOMPARE(signedIn.outcome, SignInResult::Outcome::SignedIn);
        m_session.database = m_desk.get();
        m_session.user = *signedIn.user;
    }

    void aFlowPaneShowsTheBannerRefusesActionsAndReloadsByItself()
    {
        ChangeRequestsPage page(m_session);
        page.connectionBanner()->setRetryInterval(500);
        page.reload();
        QCOMPARE(page.queueModel()->rowCount(), 1);
        QPushButton *cancel = page.actionButton(QStringLiteral("cancel"));
        auto *file = page.findChild<QPushButton *>(QStringLiteral("fileChangeRequest"));
        QVERIFY(cancel && file);
        QVERIFY(cancel->isEnabled() && file->isEnabled());
        QVERIFY(!page.connectionBanner()->isVisibleTo(&page));

        m_pg->kill();
        page.reload();
        QVERIFY(page.connectionBanner()->isLost());
        QVERIFY(page.connectionBanner()->isVisibleTo(&page));
        QCOMPARE(page.connectionBanner()->text(), ConnectionBanner::tr("The connection to the server is lost; reconnecting…"));
        QCOMPARE(page.queueModel()->rowCount(), 1); // what was read stays
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!file->isEnabled());
        // Retry while still down: the banner stays.
        QTest::mouseClick(page.connectionBanner()->retryButton(), Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(page.connectionBanner()->isLost());

        QVERIFY2(m_pg->start(), qPrintable(m_pg->error()));
        QTRY_VERIFY_WITH_TIMEOUT(!page.connectionBanner()->isLost(), 20000);
        QVERIFY(!page.connectionBanner()->isVisibleTo(&page));
        QCOMPARE(page.queueModel()->rowCount(), 1);
        QVERIFY(cancel->isEnabled() && file->isEnabled());
    }

    void historyShowsTheBannerOverTheRowsAndReadsAgainByItself()
    {
        HistoryPage page(m_session);
        page.connectionBanner()->setRetryInterval(500);
        QSignalSpy loaded(&page, &HistoryPage::loaded);
        page.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QCOMPARE(page.visibleCount(), kTrainees);

        m_pg->kill();
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.connectionBanner()->isLost() && !page.isLoading(), 20000);
        QVERIFY(page.connectionBanner()->isVisibleTo(&page));
        QCOMPARE(page.visibleCount(), kTrainees);
        QCOMPARE(loaded.count(), 1);

        QVERIFY2(m_pg->start(), qPrintable(m_pg->error()));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000); // read again by itself
        QVERIFY(!page.connectionBanner()->isLost());
        QVERIFY(!page.connectionBanner()->isVisibleTo(&page));
        QCOMPARE(page.visibleCount(), kTrainees);
    }

    void trainingYearsShowTheBannerAndKeepImportAndRequestsDisabledUntilBack()
    {
        TrainingYearsPage page(m_session);
        page.connectionBanner()->setRetryInterval(500);
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.loadCount() == 1, 20000);
        QCOMPARE(page.visibleCount(), kTrainees);
        auto *import = page.findChild<QPushButton *>(QStringLiteral("importYears"));
        auto *request = page.findChild<QPushButton *>(QStringLiteral("requestReduction"));
        QVERIFY(import && request);
        QVERIFY(import->isEnabled());

        m_pg->kill();
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(page.loadCount() == 2, 20000);
        QVERIFY(page.connectionBanner()->isLost());
        QVERIFY(page.connectionBanner()->isVisibleTo(&page));
        QCOMPARE(page.visibleCount(), kTrainees);
        QVERIFY(!import->isEnabled());
        // Picking a trainee would enable the request: not while the server is away.
        page.view()->selectRow(0);
        QVERIFY(!request->isEnabled());

        QVERIFY2(m_pg->start(), qPrintable(m_pg->error()));
        // Or press Retry: either way the page reads again and the banner goes.
        QTest::mouseClick(page.connectionBanner()->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.connectionBanner()->isLost() && !page.isLoading(), 20000);
        QVERIFY(!page.connectionBanner()->isVisibleTo(&page));
        QCOMPARE(page.visibleCount(), kTrainees);
        QVERIFY(import->isEnabled());
        page.view()->selectRow(1);
        QVERIFY(request->isEnabled());
    }

    void aPageThatWaitsForItsReadAlsoShowsTheBannerAndComesBack()
    {
        // The exam batches read with a busy dialog: while the server is away the retry only asks
        // whether it answers, and reads the page once it does.
        BatchesPage page(m_session, false);
        page.connectionBanner()->setRetryInterval(500);
        page.reload();
        QCOMPARE(page.batches().size(), 1);
        auto *extend = page.findChild<QPushButton *>(QStringLiteral("extendButton"));
        QVERIFY(extend && extend->isEnabled());

        m_pg->kill();
        page.reload();
        QVERIFY(page.connectionBanner()->isLost());
        QVERIFY(page.connectionBanner()->isVisibleTo(&page));
        QCOMPARE(page.batches().size(), 1);
        QVERIFY(!extend->isEnabled());

        QVERIFY2(m_pg->start(), qPrintable(m_pg->error()));
        QTRY_VERIFY_WITH_TIMEOUT(!page.connectionBanner()->isLost(), 20000);
        QVERIFY(!page.connectionBanner()->isVisibleTo(&page));
        QCOMPARE(page.batches().size(), 1);
        QVERIFY(extend->isEnabled());
    }

    void cleanupTestCase()
    {
        if (m_desk)
            closeWorkerConnection(*m_desk);
        m_desk.reset();
        m_owner.reset();
        m_pg.reset();
    }
};

QTEST_MAIN(TestPgPagesReconnect)
#include "tst_pg_pages_reconnect.moc"
