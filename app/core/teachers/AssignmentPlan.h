#pragma once

#include "Teacher.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace gme {

// Why `teacher` may not supervise a trainee rotating through `departmentId`: empty when they may
// (same department, appointed, meets every eligibility rule on `today`), else a translated reason.
QString whyCannotSupervise(const Teacher &teacher, qint64 departmentId, const QDate &today);

// One trainee's rotation month in a department and who supervises it now (0: nobody).
struct AssignmentSlot
{
    qint64 rotationId = 0;
    qint64 departmentId = 0;
    qint64 teacherId = 0;
};

struct PlannedAssignment
{
    qint64 rotationId = 0;
    qint64 teacherId = 0;
};

struct UnassignedSlot
{
    qint64 rotationId = 0;
    QString reason; // translated
};

struct AssignmentPlan
{
    QList<PlannedAssignment> assign;  // new automatic assignments
    QList<UnassignedSlot> released;   // existing assignments whose teacher may no longer supervise
    QList<UnassignedSlot> unassigned; // rows nobody can supervise, with the reason
    int kept = 0;                     // existing assignments left as they are
};

// The automatic assignment for one month's monthSlots (any number of departments). Existing assignments
// whose teacher may still supervise are kept, manual or automatic, and count towards that
// teacher's load; the others are released. Every unassigned slot, in the order given, goes to the
// least-loaded teacher who may supervise it (ties: lowest id), so the loads of a department's
// teachers end at most one apart unless kept assignments already spread them further. Never
// assigns a teacher who may not supervise. Deterministic: same input, same plan.
AssignmentPlan planAssignments(const QList<AssignmentSlot> &monthSlots, const QList<Teacher> &teachers,
                               const QDate &today);

} // namespace gme
