#pragma once

#include "review/Workflow.h"

// The base's review of teachers as a workflow on the one review engine (Workflow.h): its steps are
// teacherTransitions() (TeacherReview.h) taken by the base in the stage "teacher_review", its items
// the teachers table, its log teacher_decisions. No time window: teachers are reviewed all year.
// Its rule: 推荐 and 聘任 only for teachers who meet every eligibility condition on the clock's date.
namespace gme {

inline const QString kTeacherReviewStage = QStringLiteral("teacher_review");

const Workflow &teacherWorkflow();

} // namespace gme
