#pragma once

#include "DbPool.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace gme {

// Shared between the database thread doing the work and the dialog showing it.
struct ProgressLink
{
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancelRequested{false};
    // The callback shape the core takes: returns false when the user asked to stop.
    bool report(int d, int t)
    {
        done = d;
        total = t;
        return !cancelRequested.load();
    }
};

// While database work runs, swallows input meant for anything but the progress dialog, so a second
// click cannot start a second decision before the dialog has appeared.
class InputBlocker : public QObject
{
public:
    explicit InputBlocker(QWidget *allowed) : m_allowed(allowed) { qApp->installEventFilter(this); }
    ~InputBlocker() override { qApp->removeEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::Wheel:
        case QEvent::Shortcut:
        case QEvent::ShortcutOverride: {
            auto *w = qobject_cast<QWidget *>(watched);
            return !(w && m_allowed && (w == m_allowed || m_allowed->isAncestorOf(w)));
        }
        default:
            return false;
        }
    }

private:
    QWidget *m_allowed;
};

// Runs fn(link) on the database thread and waits with a local event loop, so the window keeps
// painting. A modal progress dialog appears when the work takes longer than a moment; with
// `cancellable` it has a Cancel button that sets link.cancelRequested. fn must not throw.
template <typename Fn>
auto runWithProgress(QWidget *parent, const QString &label, bool cancellable, Fn fn)
    -> decltype(fn(std::declval<ProgressLink &>()))
{
    using Result = decltype(fn(std::declval<ProgressLink &>()));
    ProgressLink link;
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);
    QProgressDialog dialog(label, cancellable ? QProgressDialog::tr("Cancel") : QString(), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    if (!cancellable)
        dialog.setCancelButton(nullptr);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&link] { link.cancelRequested = true; });
    QTimer ticker;
    ticker.setInterval(100);
    QObject::connect(&ticker, &QTimer::timeout, &dialog, [&] {
        const int total = link.total.load();
        if (total > 0 && dialog.maximum() != total)
            dialog.setMaximum(total);
        if (total > 0)
            dialog.setValue(std::min(link.done.load(), total - 1));
    });
    dialog.setValue(0);
    watcher.setFuture(QtConcurrent::run(databasePool(), [&link, fn = std::move(fn)]() mutable { return fn(link); }));
    ticker.start();
    if (!watcher.isFinished()) {
        InputBlocker blocker(&dialog);
        loop.exec();
    }
    ticker.stop();
    dialog.reset();
    return watcher.result();
}

// The same without progress or cancel: a busy indicator only.
template <typename Fn>
auto runWithBusyDialog(QWidget *parent, const QString &label, Fn fn) -> decltype(fn())
{
    return runWithProgress(parent, label, false, [fn = std::move(fn)](ProgressLink &) mutable { return fn(); });
}

} // namespace gme
