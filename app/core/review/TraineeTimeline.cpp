#include "TraineeTimeline.h"

#include "FlowDecisionLog.h"
#include "Scope.h"
#include "changes/ChangeWorkflow.h"
#include "db/DbError.h"
#include "years/ReductionRequests.h"

#include <QSqlQuery>

#include <algorithm>

namespace gme {
namespace {

// One flow's decision log for a trainee, limited to the user's scope, oldest first.
void readFlow(QSqlDatabase db, const User &user, qint64 traineeId, const Workflow &flow, QList<DecisionEntry> &out)
{
    const ItemStorage &st = flow.spec().storage;
    const ScopeSql scope = scopeSql(user, st.scopeColumn);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT %1 %2 WHERE r.trainee_id = ? AND %3 ORDER BY d.decided_at, d.id")
                          .arg(flowDecisionColumns(), flowDecisionFrom(st, false), scope.clause));
    q.addBindValue(traineeId);
    for (const QVariant &v : scope.binds)
        q.addBindValue(v);
    execOrThrow(q, "load other flows' decisions");
    while (q.next())
        out.append(readFlowDecision(q, 0, flow));
}

} // namespace

void nameExamDecision(DecisionEntry &e, const QString &flowTitle)
{
    e.flow = flowTitle;
    e.flowCode = Workflow::completionExam().code();
    e.stageText = stageName(e.stage);
    e.actionText = actionName(e.action);
    // A trainee's own submission has no state before it.
    e.fromText = e.action == Action::Submit ? QString() : stateName(e.fromState);
    e.toText = stateName(e.toState);
}

QList<DecisionEntry> otherFlowDecisions(QSqlDatabase db, const User &user, qint64 traineeId)
{
    QList<DecisionEntry> out;
    readFlow(db, user, traineeId, reductionWorkflow(), out);
    QList<DecisionEntry> changes;
    readFlow(db, user, traineeId, changes::workflow(), changes);
    mergeByTime(out, changes);
    return out;
}

void mergeByTime(QList<DecisionEntry> &timeline, const QList<DecisionEntry> &more)
{
    timeline += more;
    std::stable_sort(timeline.begin(), timeline.end(),
                     [](const DecisionEntry &a, const DecisionEntry &b) { return a.decidedAt < b.decidedAt; });
}

} // namespace gme
