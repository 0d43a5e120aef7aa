#include "StartupProbe.h"

#include "MainWindow.h"
#include "review/QueueTableModel.h"
#include "review/ReviewPane.h"

#include <QDialog>
#include <QEvent>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace gme {
namespace {

// CPU seconds of the whole process (every thread), where the system tells it.
double processCpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
#else
    return 0;
#endif
}

// "VmRSS" or "VmHWM" of this process in kB from /proc (Linux); 0 elsewhere.
qint64 procStatusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

} // namespace

StartupProbe::StartupProbe()
{
    const QByteArray mode = qgetenv("GMEDESK_PROBE");
    if (mode == "login")
        m_mode = Mode::Login;
    else if (mode == "queue")
        m_mode = Mode::Queue;
}

void StartupProbe::watchLogin(QWidget *dialog)
{
    if (m_mode != Mode::Login)
        return;
    m_login = dialog;
    dialog->installEventFilter(this);
}

void StartupProbe::markSignInStarted()
{
    m_sinceSignIn.start();
    m_cpuAtSignIn = processCpuSeconds();
}

void StartupProbe::watchQueue(MainWindow *window)
{
    if (m_mode != Mode::Queue || !window->reviewPane())
        return;
    m_window = window;
    ReviewPane *pane = window->reviewPane();
    // Painted: the first paint of the queue once its first rows are in the model.
    connect(pane, &ReviewPane::firstRowsShown, this, [this, pane] {
        if (m_queueViewport)
            return;
        m_queueViewport = pane->queueView()->viewport();
        m_queueViewport->installEventFilter(this);
    });
    connect(pane, &ReviewPane::queueLoaded, this, [this] {
        if (m_loadedMs < 0)
            m_loadedMs = m_sinceSignIn.nsecsElapsed() / 1e6;
        reportQueueWhenDone();
    });
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The paint event is seen before it is handled: report once it (and the flush) are done.
    if (event->type() == QEvent::Paint && !m_reported) {
        if (watched == m_login) {
            m_reported = true;
            QTimer::singleShot(0, this, &StartupProbe::reportLogin);
        } else if (watched == m_queueViewport && m_paintedMs < 0) {
            QTimer::singleShot(0, this, [this] {
                if (m_paintedMs >= 0)
                    return;
                m_paintedMs = m_sinceSignIn.nsecsElapsed() / 1e6;
                m_paintedCpuMs = (processCpuSeconds() - m_cpuAtSignIn) * 1000;
                reportQueueWhenDone();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::reportLogin()
{
    std::printf("gmedesk-probe login painted cpu_ms=%.0f\n", processCpuSeconds() * 1000);
    std::fflush(stdout);
    if (auto *dialog = qobject_cast<QDialog *>(m_login))
        dialog->reject();
}

void StartupProbe::reportQueueWhenDone()
{
    if (m_reported || m_paintedMs < 0 || m_loadedMs < 0)
        return;
    m_reported = true;
    QTimer::singleShot(0, this, &StartupProbe::reportQueue);
}

void StartupProbe::reportQueue()
{
    // CPU: every thread of the process from the start of sign-in until now (all rows loaded).
    std::printf("gmedesk-probe queue painted rows=%d signin_to_painted_ms=%.1f painted_cpu_ms=%.0f "
                "signin_to_loaded_ms=%.1f cpu_ms=%.0f vmrss_kb=%lld vmhwm_kb=%lld\n",
                m_window->reviewPane()->queueModel()->rowCount(), m_paintedMs, m_paintedCpuMs, m_loadedMs,
                (processCpuSeconds() - m_cpuAtSignIn) * 1000, procStatusKb("VmRSS"), procStatusKb("VmHWM"));
    std::fflush(stdout);
    m_window->close();
}

} // namespace gme
