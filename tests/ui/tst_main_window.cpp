// Sign-in and the main window's pages per role.
#include "UiTestSupport.h"

#include "auth/Authenticator.h"
#include "batches/BatchesPage.h"
#include "batches/ExtendWindowDialog.h"
#include "common/DbPool.h"
#include "common/Session.h"
#include "history/HistoryPage.h"
#include "import/DecisionImportDialog.h"
#include "login/LoginDialog.h"
#include "dashboard/DashboardPage.h"
#include "main/MainWindow.h"
#include "review/QueueFilterBar.h"
#include "review/QueueTableModel.h"
#include "review/ReviewPane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace gme;
using namespace gme::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
    std::unique_ptr<UiTestDb> m_db;
    const Province &p() const { return m_db->p(); }


private slots:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("tst_main_window"));
    }
    void init() { m_db = std::make_unique<UiTestDb>(); }
    void cleanup() { m_db.reset(); }

    void signInShowsWhyItFails()
    {
        execSql(m_db->db(), QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                {Authenticator::hashPassword(QStringLiteral("right pw")), p().baseA1User.id});
        LoginDialog login(m_db->database(), m_db->database().location());
        login.setCredentials(p().baseA1User.username, QStringLiteral("wrong"));
        QVERIFY(!login.signIn());
        QVERIFY(!login.user());
        QVERIFY(!login.errorText().isEmpty());

        // Enter in the password box signs in.
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        login.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("right pw"));
        QTest::keyClick(login.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
        QVERIFY(login.user());
        QCOMPARE(login.user()->id, p().baseA1User.id);
        QCOMPARE(login.result(), int(QDialog::Accepted));
    }

    void windowFitsALaptopScreen()
    {
        // 1366 x 768 is still common in the offices: less a taskbar and a title bar, the window
        // must be usable at that size for every role, whatever the pages hold.
        for (const User &u : {p().baseA1User, p().cityAUser, p().provincialUser}) {
            MainWindow w(m_db->session(u));
            // A base with many specialties: the plan-use line is as long as a line gets.
            if (auto *plans = w.findChild<QLabel *>(QStringLiteral("planUse")))
                plans->setText(QStringLiteral("已用计划：") + QStringLiteral("内科 12/20；").repeated(40));
            const QSize needed = w.minimumSizeHint();
            QVERIFY2(needed.width() <= 1356 && needed.height() <= 698,
                     qPrintable(QStringLiteral("%1: %2 x %3").arg(u.username).arg(needed.width()).arg(needed.height())));
        }
    }

    void pagesFollowTheRole()
    {
        {
            MainWindow w(m_db->session(p().baseA1User));
            QVERIFY(w.windowTitle().contains(p().baseA1User.displayName));
            QVERIFY(w.windowTitle().contains(roleName(Role::Base)));
            QVERIFY(w.windowTitle().contains(p().baseA1User.orgName));
            auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
            QCOMPARE(tabs->count(), 8); // review, history, recruitment, change requests, training years, reductions, teachers, assignment grid
            QVERIFY(w.reviewPane());
            QVERIFY(w.recruitmentPage());
            QVERIFY(w.changeRequestsPage());
            QVERIFY(w.trainingYearsPage());
            QVERIFY(w.reductionPane());
            QVERIFY(waitForQueue(*w.reviewPane()));
        }
        {
            MainWindow w(m_db->session(p().provincialUser));
            QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->count(), 8); // + batches, dashboard
            QVERIFY(w.dashboardPage());
            QVERIFY(waitForQueue(*w.reviewPane()));
        }
        {
            MainWindow w(m_db->session(p().cityAUser));
            QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->count(), 7); // + dashboard
            QVERIFY(w.dashboardPage());
            QVERIFY(waitForQueue(*w.reviewPane()));
        }
        {
            MainWindow w(m_db->session(p().sysadmin));
            QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->count(), 2); // users, exam batches
            QVERIFY(!w.reviewPane());
            auto *batches = w.findChild<BatchesPage *>();
            QVERIFY(batches);
            QVERIFY(!batches->findChild<QPushButton *>(QStringLiteral("extendButton"))->isVisibleTo(batches));
        }
    }

    void fileMenuFollowsTheRole()
    {
        auto has = [](const MainWindow &w, const char *name) {
            return w.findChild<QAction *>(QString::fromLatin1(name)) != nullptr;
        };
        for (const User &u : {p().baseA1User, p().cityAUser, p().provincialUser}) {
            MainWindow w(m_db->session(u));
            QVERIFY2(has(w, "importRosterAction"), qPrintable(u.username));
            QVERIFY(has(w, "exportRosterAction"));
            QVERIFY(has(w, "importDecisionsAction"));
            QVERIFY(waitForQueue(*w.reviewPane()));
        }
        MainWindow admin(m_db->session(p().sysadmin));
        QVERIFY(!has(admin, "importRosterAction"));
        QVERIFY(!has(admin, "importDecisionsAction"));
    }

    void dashboardOpensTheQueueFiltered()
    {
        m_db->addRegistration(p().baseA1, State::CityPassed, QStringLiteral(u"甲"));
        m_db->addRegistration(p().baseB1, State::CityPassed, QStringLiteral(u"乙"));
        MainWindow w(m_db->session(p().provincialUser));
        ReviewPane *pane = w.reviewPane();
        QVERIFY(waitForQueue(*pane));
        QCOMPARE(pane->queueModel()->rowCount(), 2);
        w.tabs()->setCurrentWidget(w.dashboardPage());

        QueueFilter f;
        f.city = pane->queueModel()->visibleRow(0).city;
        const QString name = pane->queueModel()->visibleRow(0).name;
        emit w.dashboardPage()->openQueue(f);
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(pane));
        QCOMPARE(pane->queueModel()->rowCount(), 1);
        QCOMPARE(pane->queueModel()->visibleRow(0).name, name);
        QCOMPARE(pane->filterBar()->filter().city, f.city);
        QCOMPARE(pane->filterBar()->countText(), QStringLiteral("Showing 1 of 2"));
    }

    void decisionImportAppliesAFile()
    {
        m_db->clock().set(TestDb::timeIn(Stage::BaseReview));
        const qint64 a = m_db->addRegistration(p().baseA1, State::Submitted);
        const qint64 b = m_db->addRegistration(p().baseA1, State::Submitted);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("decisions.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(u"证件号码,审核结果,原因\n%1,通过,\n%2,退回修改,照片不合格\n")
                    .arg(m_db->idNumberOf(a), m_db->idNumberOf(b))
                    .toUtf8());
        f.close();

        DecisionImportDialog dialog(m_db->session(p().baseA1User));
        QSignalSpy applied(&dialog, &DecisionImportDialog::applied);
        QVERIFY2(dialog.loadFile(path), qPrintable(dialog.statusText()));
        QVERIFY(dialog.plan().issues.isEmpty());
        QVERIFY2(dialog.statusText().contains(QLatin1String("Pass 1, reject 0, return for revision 1")),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("applyDecisions"))->isEnabled());
        QVERIFY2(dialog.applyPlan(), qPrintable(dialog.statusText()));
        QCOMPARE(dialog.appliedCount(), 2);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(m_db->stateOf(a), State::BasePassed);
        QCOMPARE(m_db->stateOf(b), State::Returned);

        QVERIFY(!dialog.loadFile(dir.filePath(QStringLiteral("missing.csv"))));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyDecisions"))->isEnabled());
    }

    void historyListsTheOrganisationsDecisions()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::BasePassed);
        m_db->addDecision(a, p().baseA1User, Stage::BaseReview, Action::Pass, State::Submitted, State::BasePassed);
        const qint64 b = m_db->addRegistration(p().baseA2, State::BasePassed);
        m_db->addDecision(b, p().baseA2User, Stage::BaseReview, Action::Pass, State::Submitted, State::BasePassed);
        HistoryPage page(m_db->session(p().baseA1User));
        QSignalSpy loaded(&page, &HistoryPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.visibleCount(), 1);
    }

    void provinceExtendsAWindow()
    {
        BatchesPage page(m_db->session(p().provincialUser), false);
        page.show();
        QTRY_COMPARE(page.batches().size(), 1);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("batchesTable"));
        table->selectRow(0);
        const QDateTime later = TestDb::windowCloses(Stage::FinalReview).addDays(3);
        bool answered = false;
        QTimer::singleShot(50, &page, [&] {
            auto *dialog = qobject_cast<ExtendWindowDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *stage = dialog->findChild<QComboBox *>(QStringLiteral("stageCombo"));
            stage->setCurrentIndex(stage->findData(int(Stage::FinalReview)));
            dialog->findChild<QDateTimeEdit *>(QStringLiteral("closesAtEdit"))->setDateTime(later);
            answered = true;
            dialog->accept();
        });
        page.findChild<QPushButton *>(QStringLiteral("extendButton"))->click();
        QVERIFY(answered);
        bool found = false;
        for (const StageWindow &w : page.batches().first().windows)
            if (w.stage == Stage::FinalReview) {
                QCOMPARE(w.closesAt, later);
                found = true;
            }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
