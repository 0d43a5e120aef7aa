#pragma once

#include "common/DbPool.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>

namespace gme {

// Runs fn(progress) on the database thread behind a progress dialog with a Cancel button.
// fn calls progress(done, total) now and then; it returns false once the user cancelled.
template <typename Result>
Result runCancellable(QWidget *parent, const QString &label,
                      std::function<Result(const std::function<bool(int, int)> &)> fn)
{
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 100, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> guard(&dialog);
    auto progress = [cancelled, guard](int done, int total) {
        if (total > 0) {
            const int percent = int(100LL * done / total);
            QMetaObject::invokeMethod(guard.data(), [guard, percent] {
                if (guard)
                    guard->setValue(percent);
            }, Qt::QueuedConnection);
        }
        return !*cancelled;
    };
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(databasePool(), [fn, progress] { return fn(progress); }));
    if (!watcher.isFinished())
        loop.exec();
    dialog.reset();
    return watcher.result();
}

} // namespace gme
