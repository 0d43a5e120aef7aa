#include "FlowDecisionLog.h"

#include "Clock.h"
#include "changes/ChangeWorkflow.h"
#include "recruitment/RecruitmentWorkflow.h"
#include "teachers/TeacherWorkflow.h"

#include <QCoreApplication>

namespace gme {
namespace {

struct Text
{
    // The context the trainee timeline has always used, so existing translations keep working.
    Q_DECLARE_TR_FUNCTIONS(gme::TraineeTimeline)
};

} // namespace

QString flowDecisionFrom(const ItemStorage &storage, bool withPerson)
{
    return QStringLiteral("FROM %1 d JOIN %2 r ON r.id = d.%3 %4 "
                          "LEFT JOIN users u ON u.id = d.user_id LEFT JOIN orgs uo ON uo.id = u.org_id ")
        .arg(storage.decisionTable, storage.table, storage.decisionItemColumn,
             withPerson ? storage.personJoin : QString());
}

QString flowDecisionColumns()
{
    return QStringLiteral("d.id, d.stage, d.action, COALESCE(d.from_state, ''), d.to_state, COALESCE(d.reason, ''), "
                          "COALESCE(u.display_name, ''), COALESCE(uo.name, ''), COALESCE(d.batch_action_id, 0), "
                          "d.decided_at");
}

DecisionEntry readFlowDecision(const QSqlQuery &q, int first, const Workflow &flow)
{
    DecisionEntry e;
    e.decisionId = q.value(first).toLongLong();
    e.flowCode = flow.code();
    e.flow = flow.spec().title;
    const QString action = q.value(first + 2).toString(), from = q.value(first + 3).toString(),
                  to = q.value(first + 4).toString();
    e.stageText = decisionStageWords(q.value(first + 1).toString());
    e.actionText = flow.actionName(action);
    e.fromText = from.isEmpty() ? QString() : flow.stateName(from);
    e.toText = flow.stateName(to);
    e.reason = q.value(first + 5).toString();
    e.reviewer = q.value(first + 6).toString();
    e.reviewerOrg = q.value(first + 7).toString();
    e.batchActionId = q.value(first + 8).toLongLong();
    e.decidedAtText = q.value(first + 9).toString();
    e.decidedAt = fromDbTime(e.decidedAtText);
    return e;
}

QString decisionStageWords(const QString &code)
{
    if (const auto s = stageFromCode(code))
        return stageName(*s);
    if (code == QLatin1String("filing"))
        return Text::tr("Filing");
    if (code == changes::kStageDecision)
        return Text::tr("Authority decision");
    if (code == QLatin1String("application")) // recruitment: the applicant's own submission
        return Text::tr("Application");
    if (code == recruit::kStagePreAudit)
        return Text::tr("Pre-audit");
    if (code == recruit::kStageAdmission)
        return Text::tr("Admission");
    if (code == recruit::kStageConfirmation)
        return Text::tr("Confirmation");
    if (code == recruit::kStageCityConfirmation)
        return Text::tr("City confirmation");
    if (code == recruit::kStageReportIn)
        return Text::tr("Reporting in");
    if (code == kTeacherReviewStage)
        return Text::tr("Teacher review");
    return code;
}

} // namespace gme
