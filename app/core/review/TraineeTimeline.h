#pragma once

#include "QueueRepository.h"

namespace gme {

// The details tab's decision history covers the trainee, not only the one registration: besides
// the completion-exam decisions it lists the trainee's training-years reduction (base → city →
// province) and change-request decisions, each labelled with its flow.

// Fills the display words (flow, stage, action, states) of a completion-exam decision.
void nameExamDecision(DecisionEntry &e, const QString &flowTitle);

// The reduction and change-request decisions of a trainee, limited to the user's scope, oldest
// first, with their words filled. Throws DbError.
QList<DecisionEntry> otherFlowDecisions(QSqlDatabase db, const User &user, qint64 traineeId);

// Merges `more` into `timeline` in time order (equal times keep timeline's entries first).
void mergeByTime(QList<DecisionEntry> &timeline, const QList<DecisionEntry> &more);

} // namespace gme
