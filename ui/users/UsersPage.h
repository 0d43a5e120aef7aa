#pragma once

#include "common/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gme {

class ConnectionGuard;

// The system administrator's user list: add a user, disable or enable one, reset a password.
// On a central server each change is a login role change made by the server's own functions.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(const Session &session, QWidget *parent = nullptr);
    void reload();
    QString lastMessage() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString selectedUser() const;
    void addUser();
    void toggleDisabled();
    void resetPassword();
    void report(const QString &problem, const QString &done);

    Session m_session;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_disable = nullptr;
    ConnectionGuard *m_connection = nullptr;
    bool m_loadedOnce = false;
};

} // namespace gme
