#pragma once

#include <QFuture>
#include <QThread>

class QThreadPool;

namespace gme {

class Database;

// The one worker thread that runs database work off the GUI thread (queue loads, batch checks and
// applies, pending-batch saves, demo creation), in the order it was queued. gme::Database keys its
// connections by thread, so the thread is kept alive for the whole run: a pool thread that expired
// could be replaced by a new one at the same address, which would then be handed the dead thread's
// connection.
QThreadPool *databasePool();

// Waits for work queued on the database thread. Never use QFuture::waitForFinished() there: it
// runs a task that has not started yet on the waiting thread, out of order and on the wrong
// connection.
template <typename T>
void waitForDatabaseWork(const QFuture<T> &future)
{
    while (!future.isFinished())
        QThread::msleep(1);
}

// Closes the worker thread's connection to `database` on that thread and waits. Call before the
// Database is destroyed, so its destructor does not reach for another thread's connection.
void closeWorkerConnection(Database &database);

} // namespace gme
