#include "UsersPage.h"

#include "NewUserDialog.h"
#include "auth/UserAdmin.h"
#include "common/Busy.h"
#include "common/ConnectionGuard.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gme {

UsersPage::UsersPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add user…"), this);
    add->setObjectName(QStringLiteral("addUserButton"));
    m_disable = new QPushButton(tr("&Disable / enable"), this);
    m_disable->setObjectName(QStringLiteral("toggleUserButton"));
    auto *reset = new QPushButton(tr("&Reset password…"), this);
    reset->setObjectName(QStringLiteral("resetPasswordButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_disable);
    buttons->addWidget(reset);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_connection = new ConnectionGuard(this, m_session.database, [this] { reload(); },
                                       ConnectionGuard::Retry::ProbeThenReload);
    for (QWidget *w : {static_cast<QWidget *>(add), static_cast<QWidget *>(m_disable), static_cast<QWidget *>(reset)})
        m_connection->protect(w);
    layout->addWidget(m_connection->banner());

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Organisation"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
}

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read when first shown, not while the window is being built: the read waits on the database
    // thread with the event loop running.
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        reload();
    }
}

QString UsersPage::lastMessage() const { return m_message->text(); }

void UsersPage::reload()
{
    Database *database = m_session.database;
    struct Read
    {
        QList<UserListing> users;
        ReadError error;
    };
    const Read read = runWithBusyDialog(this, tr("Loading…"), [database] {
        Read r;
        r.error = readCatchingErrors(*database, [&] { r.users = UserAdmin(database->connection()).list(); });
        return r;
    });
    if (m_connection->afterRead(read.error))
        return; // the users last read stay under the banner
    if (read.error.failed()) {
        m_message->setText(read.error.message);
        return;
    }
    const QList<UserListing> &users = read.users;
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const UserListing &u = users[row];
        const QString role = roleFromCode(u.role) ? roleName(*roleFromCode(u.role)) : u.role;
        const QString org = u.department.isEmpty() ? u.org : tr("%1 · %2").arg(u.org, u.department);
        const QStringList cells{u.username, u.displayName, role, org, u.disabled ? tr("Disabled") : tr("Active")};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeColumnsToContents();
}

QString UsersPage::selectedUser() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

void UsersPage::report(const QString &problem, const QString &done)
{
    m_message->setText(problem.isEmpty() ? done : problem);
    m_message->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLabel { color: #b42318; }"));
    reload();
}

void UsersPage::addUser()
{
    NewUserDialog dialog(false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        report(UserAdmin(m_session.database->connection())
                   .addUser(dialog.username(), dialog.displayName(), dialog.role(), dialog.orgCode(), dialog.password(),
                            dialog.department()),
               tr("Added the user %1.").arg(dialog.username()));
    } catch (const DbError &e) {
        report(e.message(), {});
    }
}

void UsersPage::toggleDisabled()
{
    const QString name = selectedUser();
    if (name.isEmpty()) {
        report(tr("Select a user first."), {});
        return;
    }
    if (name == m_session.user.username) {
        report(tr("You cannot disable yourself."), {});
        return;
    }
    const bool disable = m_table->item(m_table->currentRow(), 4)->text() != tr("Disabled");
    try {
        report(UserAdmin(m_session.database->connection()).setDisabled(name, disable),
               disable ? tr("Disabled %1: they can no longer sign in.").arg(name) : tr("Enabled %1.").arg(name));
    } catch (const DbError &e) {
        report(e.message(), {});
    }
}

void UsersPage::resetPassword()
{
    const QString name = selectedUser();
    if (name.isEmpty()) {
        report(tr("Select a user first."), {});
        return;
    }
    NewUserDialog dialog(true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        report(UserAdmin(m_session.database->connection()).resetPassword(name, dialog.password()),
               tr("Set a new password for %1.").arg(name));
    } catch (const DbError &e) {
        report(e.message(), {});
    }
}

} // namespace gme
