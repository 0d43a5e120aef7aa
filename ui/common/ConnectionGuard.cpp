#include "ConnectionGuard.h"

#include "ConnectionBanner.h"
#include "DbPool.h"

#include <QEvent>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace gme {
namespace {
// Whether the page wants the widget enabled; kept while the guard holds it disabled.
const char *const kWanted = "gmeEnabledWhenConnected";
} // namespace

ConnectionGuard::ConnectionGuard(QWidget *page, Database *database, std::function<void()> reload, Retry retry)
    : QObject(page), m_page(page), m_database(database), m_reload(std::move(reload)), m_retry(retry)
{
    m_banner = new ConnectionBanner(page);
    connect(m_banner, &ConnectionBanner::retryRequested, this, &ConnectionGuard::retry);
    connect(&m_probe, &QFutureWatcher<bool>::finished, this, [this] {
        if (m_probe.result())
            m_reload();
    });
}

ConnectionGuard::~ConnectionGuard()
{
    waitForDatabaseWork(m_probe.future());
}

void ConnectionGuard::protect(QWidget *widget)
{
    m_protected.append(widget);
    widget->installEventFilter(this);
    if (isLost()) {
        widget->setProperty(kWanted, widget->isEnabled());
        m_switching = true;
        widget->setEnabled(false);
        m_switching = false;
    }
}

bool ConnectionGuard::isLost() const
{
    return m_banner->isLost();
}

bool ConnectionGuard::afterRead(const ReadError &error)
{
    if (error.connectionLost) {
        showLost(error.message);
        return true;
    }
    showConnected();
    return false;
}

void ConnectionGuard::showLost(const QString &detail)
{
    if (!isLost())
        setProtectedEnabled(false);
    m_banner->showLost(detail);
}

void ConnectionGuard::showConnected()
{
    if (!isLost())
        return;
    m_banner->showConnected();
    setProtectedEnabled(true);
}

void ConnectionGuard::setProtectedEnabled(bool enabled)
{
    m_switching = true;
    for (const QPointer<QWidget> &w : std::as_const(m_protected)) {
        if (!w)
            continue;
        if (enabled) {
            w->setEnabled(w->property(kWanted).toBool());
        } else {
            w->setProperty(kWanted, w->isEnabled());
            w->setEnabled(false);
        }
    }
    m_switching = false;
}

bool ConnectionGuard::eventFilter(QObject *watched, QEvent *event)
{
    // The page enabled a writing widget while the server is out of reach (e.g. its selection
    // changed): remember that it wants it and keep it disabled.
    if (event->type() == QEvent::EnabledChange && !m_switching && isLost()) {
        auto *w = static_cast<QWidget *>(watched);
        if (w->isEnabled()) {
            w->setProperty(kWanted, true);
            m_switching = true;
            w->setEnabled(false);
            m_switching = false;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ConnectionGuard::retry()
{
    if (m_retry == Retry::Reload) {
        m_reload();
        return;
    }
    if (m_probe.isRunning())
        return;
    Database *database = m_database;
    m_probe.setFuture(QtConcurrent::run(databasePool(), [database] { return database->reconnect(); }));
}

} // namespace gme
