// Sign-in and the main window's pages per role.
#include "TestSupport.h"

#include "auth/Authenticator.h"
#include "batches/BatchesPage.h"
#include "batches/ExtendWindowDialog.h"
#include "common/DbPool.h"
#include "common/Session.h"
#include "history/HistoryPage.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "review/ReviewPane.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
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
    std::unique_ptr<TestDb> m_db;
    const Province &p() const { return m_db->p(); }

    Session session(const User &user)
    {
        Session s;
        s.database = &m_db->database();
        s.user = user;
        s.clock = &m_db->clock();
        return s;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("gmedesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    }
    void init() { m_db = std::make_unique<TestDb>(); }
    void cleanup()
    {
        closeWorkerConnection(m_db->database());
        m_db.reset();
    }

    void signInShowsWhyItFails()
    {
        execSql(m_db->db(), QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                {Authenticator::hashPassword(QStringLiteral("right pw")), p().baseA1User.id});
        LoginDialog login(m_db->database());
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

    void pagesFollowTheRole()
    {
        {
            MainWindow w(session(p().baseA1User));
            QVERIFY(w.windowTitle().contains(p().baseA1User.displayName));
            QVERIFY(w.windowTitle().contains(roleName(Role::Base)));
            QVERIFY(w.windowTitle().contains(p().baseA1User.orgName));
            auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
            QCOMPARE(tabs->count(), 2);
            QVERIFY(w.reviewPane());
            QTRY_VERIFY(w.reviewPane()->loadCount() > 0);
        }
        {
            MainWindow w(session(p().provincialUser));
            QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->count(), 3);
            QTRY_VERIFY(w.reviewPane()->loadCount() > 0);
        }
        {
            MainWindow w(session(p().sysadmin));
            QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->count(), 1);
            QVERIFY(!w.reviewPane());
            auto *batches = w.findChild<BatchesPage *>();
            QVERIFY(batches);
            QVERIFY(!batches->findChild<QPushButton *>(QStringLiteral("extendButton"))->isVisibleTo(batches));
        }
    }

    void historyListsTheOrganisationsDecisions()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::BasePassed);
        m_db->addDecision(a, p().baseA1User, Stage::BaseReview, Action::Pass, State::Submitted, State::BasePassed);
        const qint64 b = m_db->addRegistration(p().baseA2, State::BasePassed);
        m_db->addDecision(b, p().baseA2User, Stage::BaseReview, Action::Pass, State::Submitted, State::BasePassed);
        HistoryPage page(session(p().baseA1User));
        QSignalSpy loaded(&page, &HistoryPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.visibleCount(), 1);
    }

    void provinceExtendsAWindow()
    {
        BatchesPage page(session(p().provincialUser), false);
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
