#include "Workflow.h"

namespace gme {

Workflow::Workflow(QList<Transition> transitions) : m_transitions(std::move(transitions)) {}

const Workflow &Workflow::completionExam()
{
    using enum Role;
    using enum Stage;
    using enum State;
    static const Workflow wf({
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
