#pragma once

#include "auth/User.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gme {

class Database;

// Sign-in: which database (this computer's, or a saved central server), user name, password,
// a clear reason when it fails. On a central server the server itself checks the password.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // connection: what `database` was opened from (an SQLite path or a server profile's url()).
    LoginDialog(Database &database, const QString &connection, QWidget *parent = nullptr);

    // exec() returns this when the user picked another database; switchTo() names it.
    static constexpr int SwitchConnection = 2;
    QString switchTo() const { return m_switchTo; }

    void setCredentials(const QString &userName, const QString &password);
    std::optional<User> user() const { return m_user; }
    QString errorText() const;
    bool signIn(); // true when signed in (the dialog is then accepted)

private:
    void fillConnections(const QString &current);
    void editProfiles();

    Database &m_database;
    QString m_connection;
    QString m_switchTo;
    QComboBox *m_connections = nullptr;
    std::optional<User> m_user;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace gme
