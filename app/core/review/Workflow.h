#pragma once

#include "domain/Types.h"

#include <QList>

#include <optional>

namespace gme {

// One legal move of an item: who may do it, in which stage window, from which state to which.
struct Transition
{
    Role role;
    Stage stage;
    State from;
    Action action;
    State to;
    bool needsReason;
};

// A review workflow described as data. The engine knows nothing else about the rules.
class Workflow
{
public:
    explicit Workflow(QList<Transition> transitions);

    // 结业考核报名: base → city → province, plus resubmission and cancellation by the base.
    static const Workflow &completionExam();

    std::optional<Transition> find(Role role, State from, Action action) const;
    // The review stage a role owns (BaseReview for Base, ...); nullopt for roles that review nothing.
    std::optional<Stage> reviewStage(Role role) const;
    // States of the items waiting in this role's review queue.
    QList<State> queueStates(Role role) const;
    const QList<Transition> &transitions() const { return m_transitions; }

private:
    QList<Transition> m_transitions;
};

} // namespace gme
