// The system administrator adds, disables, enables and resets users from the app (embedded mode;
// the central mode runs the same page over the server's functions, tested in tst_pg_server_rules).
#include "UiTestSupport.h"

#include "Clock.h"
#include "auth/Authenticator.h"
#include "users/NewUserDialog.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace gme;
using namespace gme::test;

namespace {

// Fills the next modal NewUserDialog with `fill` and presses OK.
void answerNextDialog(const std::function<void(NewUserDialog &)> &fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<NewUserDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(*dialog);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
}

void type(NewUserDialog &d, const char *name, const QString &text)
{
    d.findChild<QLineEdit *>(QString::fromLatin1(name))->setText(text);
}

int rowOf(QTableWidget *table, const QString &login)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == login)
            return r;
    return -1;
}

} // namespace

class TestUsersPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<UiTestDb> m_db;
    const Province &p() const { return m_db->p(); }
    SignInResult signIn(const QString &name, const QString &password)
    {
        return Authenticator(m_db->db(), Clock::current()).signIn(name, password);
    }

private slots:
    void initTestCase() { useTestSettings(QStringLiteral("tst_users_page")); }
    void init() { m_db = std::make_unique<UiTestDb>(); }
    void cleanup() { m_db.reset(); }

    void addDisableEnableAndReset()
    {
        UsersPage page(m_db->session(p().sysadmin));
        page.reload(); // the page reads when first shown
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("usersTable"));
        const int before = table->rowCount();

        answerNextDialog([](NewUserDialog &d) {
            type(d, "newUsername", QStringLiteral("zhang"));
            type(d, "newDisplayName", QStringLiteral(u"张老师"));
            type(d, "newOrgCode", QStringLiteral("A1"));
            type(d, "newPassword", QStringLiteral("secret-123"));
            type(d, "newPasswordAgain", QStringLiteral("secret-123"));
        });
        page.findChild<QPushButton *>(QStringLiteral("addUserButton"))->click();
        QCOMPARE(table->rowCount(), before + 1);
        const int row = rowOf(table, QStringLiteral("zhang"));
        QVERIFY(row >= 0);
        SignInResult in = signIn(QStringLiteral("zhang"), QStringLiteral("secret-123"));
        QCOMPARE(in.outcome, SignInResult::Outcome::SignedIn);
        QCOMPARE(in.user->orgId, p().baseA1);
        QCOMPARE(in.user->role, Role::Base);

        table->setCurrentCell(row, 0);
        page.findChild<QPushButton *>(QStringLiteral("toggleUserButton"))->click();
        QCOMPARE(signIn(QStringLiteral("zhang"), QStringLiteral("secret-123")).outcome, SignInResult::Outcome::Disabled);
        table->setCurrentCell(rowOf(table, QStringLiteral("zhang")), 0);
        page.findChild<QPushButton *>(QStringLiteral("toggleUserButton"))->click();
        QCOMPARE(signIn(QStringLiteral("zhang"), QStringLiteral("secret-123")).outcome, SignInResult::Outcome::SignedIn);

        table->setCurrentCell(rowOf(table, QStringLiteral("zhang")), 0);
        answerNextDialog([](NewUserDialog &d) {
            type(d, "newPassword", QStringLiteral("another-456"));
            type(d, "newPasswordAgain", QStringLiteral("another-456"));
        });
        page.findChild<QPushButton *>(QStringLiteral("resetPasswordButton"))->click();
        QCOMPARE(signIn(QStringLiteral("zhang"), QStringLiteral("secret-123")).outcome,
                 SignInResult::Outcome::WrongCredentials);
        QCOMPARE(signIn(QStringLiteral("zhang"), QStringLiteral("another-456")).outcome, SignInResult::Outcome::SignedIn);
    }

    void refusesWhatCannotBeAUser()
    {
        UsersPage page(m_db->session(p().sysadmin));
        page.reload(); // the page reads when first shown
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("usersTable"));
        const int before = table->rowCount();
        // An unknown organisation is refused by the service, with the code named.
        answerNextDialog([](NewUserDialog &d) {
            type(d, "newUsername", QStringLiteral("li"));
            type(d, "newOrgCode", QStringLiteral("NOPE"));
            type(d, "newPassword", QStringLiteral("secret-123"));
            type(d, "newPasswordAgain", QStringLiteral("secret-123"));
        });
        page.findChild<QPushButton *>(QStringLiteral("addUserButton"))->click();
        QCOMPARE(table->rowCount(), before);
        QVERIFY2(page.lastMessage().contains(QLatin1String("NOPE")), qPrintable(page.lastMessage()));

        // The dialog itself keeps a bad name or mismatched passwords from being sent.
        NewUserDialog dialog(false);
        type(dialog, "newUsername", QStringLiteral("Bad Name"));
        type(dialog, "newOrgCode", QStringLiteral("A1"));
        type(dialog, "newPassword", QStringLiteral("secret-123"));
        type(dialog, "newPasswordAgain", QStringLiteral("secret-123"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("newUserError"))->text().isEmpty());
        type(dialog, "newUsername", QStringLiteral("wang"));
        type(dialog, "newPasswordAgain", QStringLiteral("different"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        // Nobody can disable themselves.
        table->setCurrentCell(rowOf(table, p().sysadmin.username), 0);
        page.findChild<QPushButton *>(QStringLiteral("toggleUserButton"))->click();
        QCOMPARE(table->item(rowOf(table, p().sysadmin.username), 4)->text(), QStringLiteral("Active"));
        QVERIFY(!page.lastMessage().isEmpty());
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_users_page.moc"
