#pragma once

#include "ReviewBatch.h"
#include "Workflow.h"
#include "auth/User.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

namespace gme {

// What a workflow's own rules see: the connection (inside the engine's transaction when applying),
// who acts and when.
struct RuleContext
{
    QSqlDatabase db;
    const User &user;
    QDateTime now;
    qint64 batchActionId = 0; // the batch action being written (0 while only checking)
};

// The rules of a workflow that are not a state move: quotas, time locks, group sizes; and what a
// move writes besides state and version (a send time, the trainee's changed record).
class WorkflowRules
{
public:
    virtual ~WorkflowRules() = default;

    // Called after the engine's own checks. rows[i] pairs with request.rows[i] and moves[i]; only
    // rows without a problem need looking at. Set problem = RuleBroken and a translated note.
    virtual void check(const RuleContext &ctx, const BatchRequest &request, const QVector<Step> &moves,
                       QList<ManifestRow> &rows) const
    {
        Q_UNUSED(ctx) Q_UNUSED(request) Q_UNUSED(moves) Q_UNUSED(rows)
    }

    // Called inside the transaction after the item's state moved and its decision was logged.
    // Throws DbError on failure (the whole batch rolls back).
    virtual void afterMove(const RuleContext &ctx, qint64 itemId, const Step &move, const QString &reason) const
    {
        Q_UNUSED(ctx) Q_UNUSED(itemId) Q_UNUSED(move) Q_UNUSED(reason)
    }
};

} // namespace gme
