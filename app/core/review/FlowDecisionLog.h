#pragma once

#include "QueueRepository.h"
#include "Workflow.h"

#include <QSqlQuery>

namespace gme {

// Reading any flow's decision log the same way wherever it is shown (a trainee's timeline, the
// organisation's history): every log has the same columns (Workflow.h), so one select list, one
// FROM clause and one reader serve them all, and the words (flow, stage, action, states) come from
// the flow's own code.

// The log is aliased `d`, its item `r` (so ItemStorage's scope and person columns apply), the
// deciding user `u` and the user's organisation `uo`.
// withPerson adds the flow's person join, for its name and ID number columns.
QString flowDecisionFrom(const ItemStorage &storage, bool withPerson);

// The select list read by readFlowDecision, kFlowDecisionColumnCount columns.
QString flowDecisionColumns();
inline constexpr int kFlowDecisionColumnCount = 10;

// One row of flowDecisionColumns() starting at column `first`, named in the flow's words.
DecisionEntry readFlowDecision(const QSqlQuery &q, int first, const Workflow &flow);

// The words of a stage code of any flow: the exam's stages, else those of the other flows.
QString decisionStageWords(const QString &code);

} // namespace gme
