#pragma once

#include <QObject>
#include <QTimer>

namespace gme {

class Database;

// Tells the open queues that someone else changed registrations on the central server
// (PostgreSQL NOTIFY 'gme_queue_changed', sent by a trigger with the acting login as payload).
// Listens on this thread's connection, so build it on the GUI thread. Bursts are folded into
// one signal; the user's own changes are not reported (their pane reloads itself). On SQLite
// it does nothing: one user per file.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(Database &database, QObject *parent = nullptr);
    bool isListening() const { return m_listening; }

signals:
    void changedByOthers();

private:
    bool m_listening = false;
    QString m_self;
    QTimer m_fold;
};

} // namespace gme
