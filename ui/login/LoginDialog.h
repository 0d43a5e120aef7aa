#pragma once

#include "auth/User.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gme {

class Database;

// Sign-in for the embedded database: user name, password, a clear reason when it fails.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Database &database, QWidget *parent = nullptr);

    void setCredentials(const QString &userName, const QString &password);
    std::optional<User> user() const { return m_user; }
    QString errorText() const;
    bool signIn(); // true when signed in (the dialog is then accepted)

private:
    Database &m_database;
    std::optional<User> m_user;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace gme
