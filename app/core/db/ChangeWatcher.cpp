#include "ChangeWatcher.h"

#include "Database.h"
#include "DbError.h"

#include <QSqlDriver>
#include <QVariant>

namespace gme {

ChangeWatcher::ChangeWatcher(Database &database, QObject *parent) : QObject(parent), m_self(database.serverUser())
{
    m_fold.setSingleShot(true);
    m_fold.setInterval(500);
    connect(&m_fold, &QTimer::timeout, this, &ChangeWatcher::changedByOthers);
    if (database.dialect() != Dialect::Postgres)
        return;
    QSqlDriver *driver = nullptr;
    try {
        driver = database.connection().driver();
    } catch (const DbError &) {
        return; // not connected: the queue still works, it just is not refreshed by others' changes
    }
    m_listening = driver->subscribeToNotification(QStringLiteral("gme_queue_changed"));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == QLatin1String("gme_queue_changed") && payload.toString() != m_self)
                    m_fold.start();
            });
}

} // namespace gme
