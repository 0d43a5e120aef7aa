#include "FirstRun.h"

#include "Clock.h"
#include "common/DbPool.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "demo/DemoProvince.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::FirstRun)
};

struct DemoResult
{
    bool created = false;
    QString error;
};
} // namespace

bool createDemoWithProgress(Database &database, int trainees, QWidget *parent)
{
    QProgressDialog progress(Text::tr("Creating the demo province…"),
                             Text::tr("Cancel"), 0, 100, parent);
    progress.setWindowTitle(Text::tr("Demo province"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    std::atomic<bool> cancelled{false};
    std::atomic<int> done{0}, total{1};
    Database *db = &database;
    QFutureWatcher<DemoResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<DemoResult>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] { cancelled = true; });
    watcher.setFuture(QtConcurrent::run(databasePool(), [db, trainees, &cancelled, &done, &total] {
        DemoResult r;
        try {
            DemoOptions options;
            options.trainees = trainees;
            options.seed = 1;
            r.created = createDemoProvince(*db, options, Clock::current(), [&](int d, int t) {
                done = d;
                total = std::max(1, t);
                return !cancelled.load();
            });
        } catch (const DbError &e) {
            r.error = e.message();
        }
        return r;
    }));
    QTimer ticker;
    ticker.setInterval(100);
    QObject::connect(&ticker, &QTimer::timeout, &progress, [&] {
        progress.setMaximum(total.load());
        progress.setValue(std::min(done.load(), total.load() - 1));
    });
    ticker.start();
    if (!watcher.isFinished())
        loop.exec();
    ticker.stop();
    progress.reset();
    const DemoResult r = watcher.result();
    if (!r.error.isEmpty())
        QMessageBox::critical(parent, Text::tr("Demo province"),
                              Text::tr("The demo province could not be created: %1")
                                  .arg(r.error));
    return r.created;
}

} // namespace gme
