#pragma once

#include "Workflow.h"
#include "ReviewBatch.h"
#include "auth/User.h"

#include <QSqlDatabase>

#include <functional>

namespace gme {

class Clock;

// Applies review actions of any Workflow (Workflow.h says how to add one). check() and apply() run
// the same per-row checks (scope, state, stage window, version, the workflow's own rules); apply()
// runs them again inside the transaction and writes every row, the batch_actions record, one
// decision-log record per row and the workflow's after-move writes, or nothing.
//
// Rule outcomes are results (BatchCheck), never exceptions; a failing database throws DbError.
// The QSqlDatabase belongs to the thread that opened it: to apply off the GUI thread, build the
// engine in the worker from Database::connection() called there. apply() takes SQLite's write
// lock for its whole transaction (BEGIN IMMEDIATE), so a second reviewer waits, then sees Changed.
class ReviewEngine
{
public:
    ReviewEngine(QSqlDatabase db, User user, const Workflow &workflow, const Clock &clock);

    BatchCheck check(const BatchRequest &request) const;
    BatchResult apply(const BatchRequest &request);
    // progress(done, total) is called every few hundred rows while writing; returning false
    // cancels: everything is rolled back and the result has cancelled = true.
    using Progress = std::function<bool(int done, int total)>;
    BatchResult apply(const BatchRequest &request, const Progress &progress);
    // Several batches (e.g. an imported decisions file: one per action and reason) in one
    // transaction: all of them or none. On failure the result is the failing batch's. progress is
    // called per batch as in apply(); returning false cancels all of them.
    BatchResult applyAll(const QList<BatchRequest> &requests, const Progress &progress = {});

    // The token the next apply writes with its batch, so a client that lost its connection
    // mid-apply can ask whether it committed (ConcurrentBatch.h). Unset: a fresh one each time.
    void setBatchToken(const QString &token) { m_batchToken = token; }

    // Completion exam, provincial only: move the close of a stage window; recorded in admin_log. Returns an empty
    // string on success, else a translated reason.
    QString extendWindow(qint64 examBatchId, Stage stage, const QDateTime &closesAt);

private:
    // Checks and writes one batch inside the caller's transaction; applied = written, not committed.
    BatchResult writeInTransaction(const BatchRequest &request, const Progress &progress);

    QSqlDatabase m_db;
    User m_user;
    const Workflow &m_workflow;
    const Clock &m_clock;
    QString m_batchToken;
    int m_batchesInTransaction = 0;
};

} // namespace gme
