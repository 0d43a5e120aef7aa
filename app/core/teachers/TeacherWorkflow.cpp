#include "TeacherWorkflow.h"

#include "Eligibility.h"
#include "TeacherRepository.h"
#include "TeacherReview.h"
#include "review/WorkflowRules.h"

#include <QCoreApplication>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Teachers)
};

constexpr TeacherState kStates[] = {TeacherState::Registered, TeacherState::Recommended, TeacherState::NotRecommended,
                                    TeacherState::Appointed, TeacherState::Dismissed};
constexpr TeacherAction kActions[] = {TeacherAction::Recommend, TeacherAction::NotRecommend, TeacherAction::Appoint,
                                      TeacherAction::Dismiss, TeacherAction::Reconsider};

// Eligibility is a rule, not a state: it is read from the teacher's records at the moment of acting.
class TeacherRules final : public WorkflowRules
{
public:
    void check(const RuleContext &ctx, const BatchRequest &request, const QVector<Step> &moves,
               QList<ManifestRow> &rows) const override
    {
        const auto action = teacherActionFromCode(request.code());
        const TeacherRepository repo(ctx.db);
        for (qsizetype i = 0; i < rows.size() && i < moves.size(); ++i) {
            ManifestRow &row = rows[i];
            if (row.problem != RowProblem::None || !action)
                continue;
            const auto from = teacherStateFromCode(moves.at(i).from);
            const auto move = from ? findTeacherTransition(*from, *action) : std::nullopt;
            if (!move || !move->needsEligible)
                continue;
            const std::optional<Teacher> t = repo.teacher(row.registrationId);
            if (!t)
                continue;
            const Eligibility e = checkEligibility(*t, ctx.now.date());
            if (!e.eligible()) {
                row.problem = RowProblem::RuleBroken;
                row.note = Text::tr("%1 does not meet the conditions for teachers: %2")
                               .arg(t->name, e.problems().replace(QLatin1Char('\n'), QStringLiteral("; ")));
            }
        }
    }
};

WorkflowSpec spec()
{
    WorkflowSpec s;
    s.code = QStringLiteral("teacher_review");
    s.title = Text::tr("Teachers");
    for (const TeacherTransition &t : teacherTransitions())
        s.steps.append(Step{Role::Base, kTeacherReviewStage, teacherStateCode(t.from), teacherActionCode(t.action),
                            teacherStateCode(t.to), t.needsReason, false});
    s.storage.table = QStringLiteral("teachers");
    s.storage.personJoin = QStringLiteral("JOIN departments dep ON dep.id = r.department_id");
    s.storage.nameColumn = QStringLiteral("r.name");
    s.storage.idNumberColumn = QStringLiteral("r.id_number");
    s.storage.scopeColumn = QStringLiteral("r.base_id");
    s.storage.windowKeyColumn = QString();
    s.storage.decisionTable = QStringLiteral("teacher_decisions");
    s.storage.decisionItemColumn = QStringLiteral("teacher_id");
    s.reviewActions = {teacherActionCode(TeacherAction::Recommend), teacherActionCode(TeacherAction::NotRecommend)};
    s.columns = {{QStringLiteral("department"), Text::tr("Department"), QStringLiteral("dep.name"), {}},
                 {QStringLiteral("attending_since"), Text::tr("Attending since"),
                  QStringLiteral("COALESCE(r.attending_since, '')"), {}}};
    for (TeacherState st : kStates)
        s.stateNames.append({teacherStateCode(st), teacherStateName(st)});
    for (TeacherAction a : kActions)
        s.actionNames.append({teacherActionCode(a), teacherActionName(a)});
    s.rules = std::make_shared<TeacherRules>();
    return s;
}

} // namespace

const Workflow &teacherWorkflow()
{
    static const Workflow wf(spec());
    return wf;
}

} // namespace gme
