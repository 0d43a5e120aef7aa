#pragma once

#include "Busy.h"
#include "ConnectionBanner.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace gme {

// How a read from the database ended: empty message when it got through.
struct ReadError
{
    QString message;
    bool connectionLost = false; // central mode: the server could not be reached
    bool failed() const { return !message.isEmpty(); }
};

// Runs `read` on the calling thread (the database thread) and, when the connection to the server
// broke, once more on a reopened connection (Database::retryIfConnectionLost). Reads only.
template <typename Read>
ReadError readCatchingErrors(const Database &database, Read &&read)
{
    try {
        database.retryIfConnectionLost(read);
    } catch (const DbError &e) {
        return ReadError{e.message(), e.connectionLost()};
    }
    return {};
}

// What every page does when the central server goes away: a read that finds the connection lost
// shows the ConnectionBanner above the page, the page keeps what it last read, its writing
// actions are disabled, and the banner asks for a reload every few seconds (or on Retry) until a
// read gets through again. The page adds banner() to its layout, names its writing widgets with
// protect(), and passes each read's outcome to afterRead().
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // How a retry reloads the page.
    enum class Retry {
        // The page's reload runs off the GUI thread without blocking: call it directly.
        Reload,
        // The page's reload waits with a busy dialog: first see on the database thread whether the
        // server answers, so an outage does not bring up that dialog every few seconds.
        ProbeThenReload,
    };
    ConnectionGuard(QWidget *page, Database *database, std::function<void()> reload, Retry retry = Retry::Reload);
    ~ConnectionGuard() override;

    ConnectionBanner *banner() const { return m_banner; }
    // A widget that writes (a button, an editable view): disabled while the banner shows. When the
    // page enables it meanwhile, it stays disabled until a read gets through.
    void protect(QWidget *widget);
    bool isLost() const;

    // After a read: shows the banner and returns true when the connection was lost (the page then
    // keeps what it shows); otherwise hides the banner and returns false (the page handles any
    // other error as before).
    bool afterRead(const ReadError &error);
    void showLost(const QString &detail);
    void showConnected();

    // A small read beside the page's reload (a row's history, a pick list): runs `read` on the
    // database thread while a busy dialog keeps the window painting, and returns how it ended. Not
    // tried while the banner shows (the server was out of reach a moment ago); a lost connection
    // shows it. Only the page's reload hides the banner: the rows under it are what needs reading.
    template <typename Read>
    ReadError readBeside(Read read)
    {
        if (isLost())
            return ReadError{tr("The server is out of reach."), true};
        Database *database = m_database;
        const ReadError error = runWithBusyDialog(m_page, tr("Loading…"), [database, &read] {
            return readCatchingErrors(*database, read);
        });
        if (error.connectionLost)
            showLost(error.message);
        return error;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retry();
    void setProtectedEnabled(bool enabled);

    QWidget *m_page;
    Database *m_database;
    std::function<void()> m_reload;
    Retry m_retry;
    ConnectionBanner *m_banner = nullptr;
    QList<QPointer<QWidget>> m_protected;
    QFutureWatcher<bool> m_probe;
    bool m_switching = false; // this guard is changing the widgets' enabled state
};

} // namespace gme
