#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

class QSqlDriver;

namespace gme {

class Database;

// Tells the open queues that someone else changed registrations on the central server
// (PostgreSQL NOTIFY 'gme_queue_changed', sent by a trigger with the acting login as payload).
// Listens on this thread's connection, so build it on the GUI thread. Bursts are folded into
// one signal; the user's own changes are not reported (their pane reloads itself). On SQLite
// it does nothing: one user per file.
//
// A LISTEN lives as long as its connection. Every few seconds the watcher asks the driver
// whether the connection still stands (no traffic); when it broke, it says so, waits until the
// server accepts connections again (probed without blocking the thread), reopens this thread's
// connection and listens again.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(Database &database, QObject *parent = nullptr);
    bool isListening() const { return m_listening; }
    // How often the connection is looked at (default 3 s; tests shorten it).
    void setCheckInterval(int ms) { m_check.setInterval(ms); }

signals:
    void changedByOthers();
    // The connection to the server broke: others' changes are not heard until reconnected().
    void connectionLost();
    // Listening again after a loss. Changes made meanwhile went unheard: reload what is shown.
    void reconnected();

private:
    bool listen();
    void check();

    Database &m_database;
    QPointer<QSqlDriver> m_driver;
    bool m_listening = false;
    bool m_lost = false;
    QString m_self;
    QTimer m_fold;
    QTimer m_check;
    QTcpSocket m_probe;
};

} // namespace gme
