#pragma once

#include "Workflow.h"
#include "ReviewBatch.h"
#include "auth/User.h"

#include <QSqlDatabase>

namespace gme {

class Clock;

// Applies review actions. check() and apply() run the same per-row checks (scope, state, stage
// window, version); apply() runs them again inside the transaction and writes every row, the
// batch_actions record and one decisions record per row, or nothing.
class ReviewEngine
{
public:
    ReviewEngine(QSqlDatabase db, User user, const Workflow &workflow, const Clock &clock);

    BatchCheck check(const BatchRequest &request) const;
    BatchResult apply(const BatchRequest &request);

    // Provincial only: move the close of a stage window; recorded in admin_log. Returns an empty
    // string on success, else a translated reason.
    QString extendWindow(qint64 examBatchId, Stage stage, const QDateTime &closesAt);

private:
    QSqlDatabase m_db;
    User m_user;
    const Workflow &m_workflow;
    const Clock &m_clock;
};

} // namespace gme
