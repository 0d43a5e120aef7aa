#include "LoginDialog.h"

#include "Clock.h"
#include "auth/Authenticator.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace gme {

LoginDialog::LoginDialog(Database &database, QWidget *parent) : QDialog(parent), m_database(database)
{
    setWindowTitle(tr("Sign in — gmedesk"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("<b>Resident training review desk</b>"), this);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_userName->setText(QSettings().value(QStringLiteral("login/lastUser")).toString());
    form->addRow(tr("&User name:"), m_userName);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b42318; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    layout->addWidget(buttons);

    auto *where = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(database.location())), this);
    where->setObjectName(QStringLiteral("databaseLabel"));
    QFont small = where->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    where->setFont(small);
    where->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] { signIn(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_userName->text().isEmpty())
        m_password->setFocus();
    setMinimumWidth(380);
}

void LoginDialog::setCredentials(const QString &userName, const QString &password)
{
    m_userName->setText(userName);
    m_password->setText(password);
}

QString LoginDialog::errorText() const
{
    return m_error->text();
}

bool LoginDialog::signIn()
{
    const QString name = m_userName->text().trimmed();
    if (name.isEmpty()) {
        m_error->setText(tr("Enter your user name."));
        m_error->show();
        m_userName->setFocus();
        return false;
    }
    SignInResult result;
    try {
        Authenticator auth(m_database.connection(), Clock::current());
        result = auth.signIn(name, m_password->text());
    } catch (const DbError &e) {
        m_error->setText(tr("The database cannot be read: %1").arg(e.message()));
        m_error->show();
        return false;
    }
    if (result.outcome != SignInResult::Outcome::SignedIn || !result.user) {
        m_error->setText(result.message());
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        return false;
    }
    m_user = result.user;
    QSettings().setValue(QStringLiteral("login/lastUser"), name);
    accept();
    return true;
}

} // namespace gme
