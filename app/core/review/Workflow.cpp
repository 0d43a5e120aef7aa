#include "Workflow.h"

#include "WorkflowRules.h"

#include <QCoreApplication>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Review)
};

template <typename E>
QList<std::pair<QString, QString>> namesOf(std::initializer_list<E> values, QString (*code)(E), QString (*name)(E))
{
    QList<std::pair<QString, QString>> out;
    for (E v : values)
        out.append({code(v), name(v)});
    return out;
}

// The completion exam's typed table as the engine reads it.
WorkflowSpec examSpec(const QList<Transition> &transitions)
{
    WorkflowSpec spec;
    spec.code = QStringLiteral("completion_exam");
    spec.title = Text::tr("Completion-exam registration");
    for (const Transition &t : transitions)
        spec.steps.append(Step{t.role, stageCode(t.stage), stateCode(t.from), actionCode(t.action), stateCode(t.to),
                               t.needsReason, t.action == Action::Cancel});
    // A closed exam batch takes no decisions: its windows count as closed.
    spec.windowsSql = QStringLiteral("SELECT w.batch_id, w.stage, w.opens_at, w.closes_at, "
                                     "CASE WHEN b.status = 'open' THEN 1 ELSE 0 END "
                                     "FROM stage_windows w JOIN exam_batches b ON b.id = w.batch_id");
    spec.reviewActions = {actionCode(Action::Pass), actionCode(Action::Reject), actionCode(Action::Return)};
    using enum State;
    spec.stateNames = namesOf({Submitted, BasePassed, CityPassed, FinalPassed, Rejected, Returned, Cancelled},
                              &stateCode, &gme::stateName);
    using enum Action;
    spec.actionNames = namesOf({Pass, Reject, Return, Submit, Resubmit, Cancel}, &actionCode, &gme::actionName);
    return spec;
}

QString lookup(const QList<std::pair<QString, QString>> &names, const QString &code)
{
    for (const auto &[c, name] : names)
        if (c == code)
            return name;
    return code;
}

} // namespace

Workflow::Workflow(WorkflowSpec spec) : m_spec(std::move(spec)) {}

Workflow::Workflow(QList<Transition> transitions) : m_spec(examSpec(transitions)), m_transitions(std::move(transitions)) {}

const Workflow &Workflow::completionExam()
{
    using enum Role;
    using enum Stage;
    using enum State;
    static const Workflow wf(QList<Transition>{
        {Base, BaseReview, Submitted, Action::Pass, BasePassed, false},
        {Base, BaseReview, Submitted, Action::Reject, Rejected, true},
        {Base, BaseReview, Submitted, Action::Return, Returned, true},
        // The base resubmits or cancels on the trainee's behalf; cancel only before any review.
        {Base, BaseReview, Returned, Action::Resubmit, Submitted, false},
        {Base, BaseReview, Submitted, Action::Cancel, Cancelled, false},
        {Municipal, CityReview, BasePassed, Action::Pass, CityPassed, false},
        {Municipal, CityReview, BasePassed, Action::Reject, Rejected, true},
        {Municipal, CityReview, BasePassed, Action::Return, Returned, true},
        {Provincial, FinalReview, CityPassed, Action::Pass, FinalPassed, false},
        {Provincial, FinalReview, CityPassed, Action::Reject, Rejected, true},
        {Provincial, FinalReview, CityPassed, Action::Return, Returned, true},
    });
    return wf;
}

std::optional<Step> Workflow::findStep(Role role, const QString &from, const QString &action) const
{
    for (const Step &s : m_spec.steps)
        if (s.role == role && s.from == from && s.action == action)
            return s;
    return std::nullopt;
}

QStringList Workflow::actionableStates(Role role) const
{
    QStringList states;
    for (const Step &s : m_spec.steps)
        if (s.role == role && !states.contains(s.from))
            states.append(s.from);
    return states;
}

QStringList Workflow::actions(Role role) const
{
    QStringList out;
    for (const Step &s : m_spec.steps)
        if (s.role == role && !out.contains(s.action))
            out.append(s.action);
    return out;
}

bool Workflow::needsReason(Role role, const QString &action) const
{
    for (const Step &s : m_spec.steps)
        if (s.role == role && s.action == action && s.needsReason)
            return true;
    return false;
}

QString Workflow::stateName(const QString &code) const { return lookup(m_spec.stateNames, code); }

QString Workflow::actionName(const QString &code) const { return lookup(m_spec.actionNames, code); }

std::optional<Transition> Workflow::find(Role role, State from, Action action) const
{
    for (const Transition &t : m_transitions)
        if (t.role == role && t.from == from && t.action == action)
            return t;
    return std::nullopt;
}

std::optional<Stage> Workflow::reviewStage(Role role) const
{
    for (const Transition &t : m_transitions)
        if (t.role == role && t.action == Action::Pass)
            return t.stage;
    return std::nullopt;
}

QList<State> Workflow::queueStates(Role role) const
{
    QList<State> states;
    for (const Transition &t : m_transitions)
        if (t.role == role && t.action == Action::Pass && !states.contains(t.from))
            states.append(t.from);
    return states;
}

} // namespace gme
