#pragma once

#include "DemoTimeline.h"
#include "domain/Types.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace gme::demo {

// One event in a registration's history, in the order it happened.
struct PlannedStep
{
    Stage stage = Stage::Registration;
    Action action = Action::Submit;
    std::optional<State> from; // none for the first submission
    State to = State::Submitted;
    int slot = SubmitSlot;
    QString reason; // for reject and return
};

// How this year's registrations are spread over the states, and how last year's ended.
State pickCurrentState(QRandomGenerator &rng);
State pickPreviousYearState(QRandomGenerator &rng);

// A history that ends in `state`, following Workflow::completionExam(): submission, reviews by
// base, city and province, and sometimes a return followed by resubmission. Cancellation happens
// only before any review. Returns to the city are resubmitted only when `cityLoops`.
QList<PlannedStep> planHistory(QRandomGenerator &rng, State state, Track track, bool cityLoops);

} // namespace gme::demo
