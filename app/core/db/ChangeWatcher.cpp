#include "ChangeWatcher.h"

#include "Database.h"
#include "DbError.h"

#include <QSqlDriver>
#include <QVariant>

namespace gme {
namespace {
const QString kChannel = QStringLiteral("gme_queue_changed");
}

ChangeWatcher::ChangeWatcher(Database &database, QObject *parent)
    : QObject(parent), m_database(database), m_self(database.serverUser())
{
    m_fold.setSingleShot(true);
    m_fold.setInterval(500);
    connect(&m_fold, &QTimer::timeout, this, &ChangeWatcher::changedByOthers);
    if (database.dialect() != Dialect::Postgres)
        return;
    listen(); // not connected: the queue still works, the checks below listen once it can
    m_check.setInterval(3000);
    connect(&m_check, &QTimer::timeout, this, &ChangeWatcher::check);
    connect(&m_probe, &QTcpSocket::connected, this, [this] {
        m_probe.abort();
        if (listen() && m_lost) {
            m_lost = false;
            emit reconnected();
        }
    });
    m_check.start();
}

bool ChangeWatcher::listen()
{
    QSqlDriver *driver = nullptr;
    try {
        driver = m_database.connection().driver();
    } catch (const DbError &) {
        m_listening = false;
        return false;
    }
    if (driver != m_driver) {
        if (m_driver)
            disconnect(m_driver, nullptr, this, nullptr);
        m_driver = driver;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (name == kChannel && payload.toString() != m_self)
                        m_fold.start();
                });
    }
    m_listening = driver->subscribedToNotifications().contains(kChannel) || driver->subscribeToNotification(kChannel);
    return m_listening;
}

void ChangeWatcher::check()
{
    const bool standing = m_driver && m_driver->isOpen();
    if (standing && m_driver->subscribedToNotifications().contains(kChannel))
        return;
    if (standing) {
        // Another read on this thread found the connection broken and reopened it, which ended
        // the LISTEN: listen again; what happened in between was not heard.
        if (listen()) {
            m_lost = false;
            emit reconnected();
        }
        return;
    }
    if (!m_lost) {
        m_lost = true;
        m_listening = false;
        emit connectionLost();
    }
    // Reopening blocks this thread for as long as the connect takes (up to connect_timeout when
    // the network is down): only once the server answers a TCP connect.
    if (m_probe.state() == QAbstractSocket::UnconnectedState)
        m_probe.connectToHost(m_database.serverHost(), quint16(m_database.serverPort()));
}

} // namespace gme
