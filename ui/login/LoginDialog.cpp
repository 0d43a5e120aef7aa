#include "LoginDialog.h"

#include "Clock.h"
#include "auth/Authenticator.h"
#include "auth/ServerSignIn.h"
#include "connection/ConnectionProfilesDialog.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace gme {

LoginDialog::LoginDialog(Database &database, const QString &connection, QWidget *parent)
    : QDialog(parent), m_database(database), m_connection(connection)
{
    setWindowTitle(tr("Sign in — gmedesk"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("<b>Resident training review desk</b>"), this);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    m_connections = new QComboBox(this);
    m_connections->setObjectName(QStringLiteral("connectionChoice"));
    auto *servers = new QPushButton(tr("Servers…"), this);
    servers->setObjectName(QStringLiteral("serversButton"));
    auto *connectionRow = new QHBoxLayout;
    connectionRow->addWidget(m_connections, 1);
    connectionRow->addWidget(servers);
    form->addRow(tr("&Database:"), connectionRow);
    fillConnections(connection);
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

    connect(m_connections, &QComboBox::activated, this, [this](int index) {
        const QString chosen = m_connections->itemData(index).toString();
        if (chosen == m_connection)
            return;
        m_switchTo = chosen;
        done(SwitchConnection);
    });
    connect(servers, &QPushButton::clicked, this, &LoginDialog::editProfiles);
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
        if (m_database.dialect() == Dialect::Postgres) {
            result = signInToServer(m_database, name, m_password->text());
        } else {
            Authenticator auth(m_database.connection(), Clock::current());
            result = auth.signIn(name, m_password->text());
        }
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

void LoginDialog::fillConnections(const QString &current)
{
    const QSignalBlocker block(m_connections);
    m_connections->clear();
    const QString local = Database::isServerUrl(current) ? Database::defaultSqlitePath() : current;
    m_connections->addItem(tr("This computer (%1)").arg(QDir::toNativeSeparators(local)), local);
    for (const ConnectionProfile &p : loadConnectionProfiles())
        m_connections->addItem(tr("Server: %1").arg(p.name), p.url());
    int index = m_connections->findData(current);
    if (index < 0) { // opened from the command line
        m_connections->addItem(current, current);
        index = m_connections->count() - 1;
    }
    m_connections->setCurrentIndex(index);
}

void LoginDialog::editProfiles()
{
    ConnectionProfilesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        fillConnections(m_connection);
}

} // namespace gme
