#pragma once

#include "AssignmentPlan.h"
#include "auth/User.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace gme {

class Clock;

// One trainee's rotation month in a department, with its supervising teacher if any.
struct RotationAssignment
{
    qint64 rotationId = 0;
    qint64 traineeId = 0;
    QString traineeName;
    qint64 departmentId = 0;
    QString departmentName;
    QString month; // yyyy-MM
    qint64 teacherId = 0; // 0: not assigned
    QString teacherName;
    bool manual = false;  // set or adjusted by hand; false for automatic ones
    QString problem;      // translated: why the assigned teacher may no longer supervise; empty if fine
};

struct AutoAssignReport
{
    int assigned = 0; // rows given a teacher by this run
    int kept = 0;     // existing assignments left in place
    int released = 0; // existing assignments removed because their teacher may no longer supervise
    // Rows left without a teacher: "trainee (department, month): reason", translated.
    QStringList unassigned;
};

// Assignment of supervising teachers (分配带教老师) for one base, by the base user or by a department
// head (科室主任), who sees and changes only its own department's rows and teachers. Re-running the automatic assignment never moves a row that already has a teacher
// who may still supervise it (hand adjustments and earlier automatic choices alike): it releases
// assignments that became invalid (teacher dismissed, no longer eligible) and fills only the empty
// rows, least-loaded teacher first. "Clear" a row first to let the automatic assignment choose again.
// Every write runs in one transaction and is logged in admin_log. Throws DbError.
class TeacherAssignments
{
public:
    TeacherAssignments(QSqlDatabase db, User user, const Clock &clock);

    // Months (yyyy-MM) in which the base's trainees rotate, oldest first.
    QStringList months() const;
    // The base's rotation rows of a month, by department then trainee; departmentId 0: every one.
    QList<RotationAssignment> rows(const QString &month, qint64 departmentId = 0) const;
    // Every month's rows (the month × trainee grid), by department then trainee.
    QList<RotationAssignment> allMonths(qint64 departmentId = 0) const;
    // Teachers of the department with, per teacher, why they may not supervise (empty: may).
    QList<QPair<Teacher, QString>> candidates(qint64 departmentId) const;

    // departmentId 0: every department of the month (a department head: always its own).
    AutoAssignReport autoAssign(const QString &month, qint64 departmentId = 0);
    // Sets the teacher of one row by hand. Returns an empty string, or why it was refused.
    QString assign(qint64 rotationId, qint64 teacherId);
    QString clear(qint64 rotationId);

private:
    QString refuseUnlessAssigner() const;
    // The department a query is limited to: a department head's own, whatever was asked.
    qint64 scopedDepartment(qint64 requested) const;
    QList<RotationAssignment> load(const QString &month, qint64 departmentId) const;
    void log(const QString &kind, const QString &detail);

    QSqlDatabase m_db;
    User m_user;
    const Clock &m_clock;
};

} // namespace gme
