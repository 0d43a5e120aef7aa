#include "TraineeTimeline.h"

#include "Clock.h"
#include "Scope.h"
#include "changes/ChangeWorkflow.h"
#include "db/DbError.h"
#include "years/ReductionRequests.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::TraineeTimeline)
};

// The words of a stage code of any flow: the exam's stages, else those of the other flows.
QString stageWords(const QString &code)
{
    if (const auto s = stageFromCode(code))
        return stageName(*s);
    if (code == QLatin1String("filing"))
        return Text::tr("Filing");
    if (code == changes::kStageDecision)
        return Text::tr("Authority decision");
    return code;
}

// One flow's decision log for a trainee: its decisions table, the item table holding trainee_id
// and base_id, and the column linking the two. Names come from the flow's own code.
void readFlow(QSqlDatabase db, const User &user, qint64 traineeId, const Workflow &flow, QList<DecisionEntry> &out)
{
    const ItemStorage &st = flow.spec().storage;
    const ScopeSql scope = scopeSql(user, QStringLiteral("i.base_id"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT d.stage, d.action, COALESCE(d.from_state, ''), d.to_state, "
                                     "COALESCE(d.reason, ''), COALESCE(u.display_name, ''), "
                                     "COALESCE(d.batch_action_id, 0), d.decided_at "
                                     "FROM %1 d JOIN %2 i ON i.id = d.%3 LEFT JOIN users u ON u.id = d.user_id "
                                     "WHERE i.trainee_id = ? AND %4 ORDER BY d.decided_at, d.id")
                          .arg(st.decisionTable, st.table, st.decisionItemColumn, scope.clause));
    q.addBindValue(traineeId);
    for (const QVariant &v : scope.binds)
        q.addBindValue(v);
    execOrThrow(q, "load other flows' decisions");
    while (q.next()) {
        DecisionEntry e;
        e.flow = flow.spec().title;
        const QString action = q.value(1).toString(), from = q.value(2).toString(), to = q.value(3).toString();
        e.stageText = stageWords(q.value(0).toString());
        e.actionText = flow.actionName(action);
        e.fromText = from.isEmpty() ? QString() : flow.stateName(from);
        e.toText = flow.stateName(to);
        e.reason = q.value(4).toString();
        e.reviewer = q.value(5).toString();
        e.batchActionId = q.value(6).toLongLong();
        e.decidedAt = fromDbTime(q.value(7).toString());
        out.append(e);
    }
}

} // namespace

void nameExamDecision(DecisionEntry &e, const QString &flowTitle)
{
    e.flow = flowTitle;
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
