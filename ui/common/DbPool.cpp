#include "DbPool.h"

#include "db/Database.h"
#include "db/DbError.h"

#include <QSqlDatabase>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace gme {

QThreadPool *databasePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives until exit; its thread owns per-thread connections
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return pool;
}

void closeWorkerConnection(Database &database)
{
    Database *db = &database;
    waitForDatabaseWork(QtConcurrent::run(databasePool(), [db] { db->closeThisThreadsConnection(); }));
}

} // namespace gme
