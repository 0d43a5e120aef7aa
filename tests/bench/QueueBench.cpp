#include "QueueBench.h"

#include "Clock.h"
#include "common/Session.h"
#include "db/Database.h"
#include "review/QueueTableModel.h"
#include "review/ReviewEngine.h"
#include "review/ReviewPane.h"
#include "review/QueueFilterBar.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QUuid>

namespace gme::bench {
namespace {

// Counts the paint events a widget receives: "painted" means its count went up.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *w) { w->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// Runs the event loop (layout, then the repaint the model change asked for) until each counter
// saw a paint.
void untilPainted(std::initializer_list<const PaintCounter *> counters, std::initializer_list<int> before)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        QCoreApplication::processEvents();
        bool all = true;
        auto b = before.begin();
        for (const PaintCounter *c : counters)
            all &= c->count > *b++;
        if (all || t.elapsed() > 5000)
            return;
    }
}

} // namespace

QueueRuns runQueueScenarios(Database &db, const User &user, int runs)
{
    QueueRuns out;
    Session session;
    session.database = &db;
    session.user = user;
    ReviewPane pane(session);
    pane.resize(1400, 900);
    pane.show();
    QElapsedTimer loading;
    loading.start();
    while (pane.loadCount() < 1 && loading.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QueueTableModel *queue = pane.queueModel();
    out.rows = queue->totalCount();
    if (out.rows == 0) {
        out.error = QStringLiteral("the queue is empty: %1").arg(pane.lastNote());
        return out;
    }
    QTableView *queueView = pane.queueView();
    PaintCounter queuePaints(queueView->viewport());
    PaintCounter pendingPaints(pane.pendingView()->viewport());
    QCoreApplication::processEvents();

    // Typing an ID number, one keystroke at a time; each keystroke refilters all rows. The filter
    // bar's 150 ms pause after typing is left out: the keystroke's work is timed from the moment
    // the filter changes.
    const QString idNumber = queue->visibleRow(out.rows / 2).idNumber;
    QLineEdit *text = pane.filterBar()->textEdit();
    for (int i = 0; i < runs; ++i) {
        text->blockSignals(true); // no pause timer: the change is announced below, timed
        text->setText(idNumber.left(i + 1));
        text->blockSignals(false);
        const int before = queuePaints.count;
        out.filter.append(timeIt(CpuOf::Thread, [&] {
            emit pane.filterBar()->filterChanged();
            untilPainted({&queuePaints}, {before});
        }));
    }
    pane.filterBar()->clearFilters();
    QCoreApplication::processEvents();

    const int columns[] = {QueueTableModel::Name, QueueTableModel::IdNumber, QueueTableModel::Base,
                           QueueTableModel::SubmittedAt, QueueTableModel::Specialty};
    for (int i = 0; i < runs; ++i) {
        const int before = queuePaints.count;
        const int column = columns[i % 5];
        const Qt::SortOrder order = (i / 5) % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
        out.sort.append(timeIt(CpuOf::Thread, [&] {
            queueView->sortByColumn(column, order);
            untilPainted({&queuePaints}, {before});
        }));
    }

    for (int i = 0; i < runs; ++i) {
        const int beforeQueue = queuePaints.count;
        const int beforePending = pendingPaints.count;
        out.moveAll.append(timeIt(CpuOf::Thread, [&] {
            queueView->selectAll();
            pane.addSelectedToPending();
            untilPainted({&queuePaints, &pendingPaints}, {beforeQueue, beforePending});
        }));
        if (pane.pendingModel()->totalCount() != out.rows) {
            out.error = QStringLiteral("select all moved %1 of %2 rows").arg(pane.pendingModel()->totalCount()).arg(out.rows);
            return out;
        }
        // Back for the next run, untimed; the pending batch is saved in the background meanwhile.
        pane.waitForSaved();
        pane.removeAllFromPending();
        pane.waitForSaved();
        QCoreApplication::processEvents();
    }
    return out;
}

QList<Sample> runApplyBatches(Database &db, const User &user, int runs, int rowsPerBatch, QString *error,
                              const Timer &timer)
{
    QList<Sample> out;
    ReviewEngine engine(db.connection(), user, Workflow::completionExam(), Clock::current());
    for (int run = 0; run < runs; ++run) {
        BatchRequest request;
        request.action = Action::Pass;
        QSqlQuery q(db.connection());
        // Decisions are taken in the open exam batches only (last year's are closed).
        q.prepare(QStringLiteral("SELECT r.id, r.version FROM registrations r JOIN exam_batches b ON b.id = r.batch_id "
                                 "WHERE r.state = ? AND b.status = ? ORDER BY r.id LIMIT ?"));
        q.bindValue(0, stateCode(State::CityPassed));
        q.bindValue(1, QStringLiteral("open"));
        q.bindValue(2, rowsPerBatch);
        q.exec();
        while (q.next())
            request.rows.append({q.value(0).toLongLong(), q.value(1).toInt()});
        if (request.rows.size() < rowsPerBatch) {
            *error = QStringLiteral("only %1 rows left in the queue").arg(request.rows.size());
            return out;
        }
        BatchResult result;
        // The pane's worker writes a token with each batch, to ask after a dropped connection.
        engine.setBatchToken(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const auto work = [&] { result = engine.apply(request); };
        const Sample s = timer ? timer(work) : timeIt(CpuOf::Process, work);
        if (!result.applied || result.rowCount != rowsPerBatch) {
            QString why;
            for (const ManifestRow &m : std::as_const(result.check.rows))
                if (m.problem != RowProblem::None) {
                    why = QStringLiteral("registration %1: %2").arg(m.registrationId).arg(rowProblemText(m.problem));
                    break;
                }
            *error = QStringLiteral("the batch was not applied (%1 rows refused; first %2)")
                         .arg(result.check.badRowCount())
                         .arg(why);
            return out;
        }
        out.append(s);
    }
    return out;
}

} // namespace gme::bench
