#include "AssignmentPlan.h"

#include "Eligibility.h"

#include <QCoreApplication>
#include <QMap>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Teachers)
};

// Why nobody in the department can take a slot, naming each teacher's obstacle.
QString nobodyReason(const QList<const Teacher *> &department, const QString &departmentName, const QDate &today)
{
    if (department.isEmpty())
        return Text::tr("The department has no teachers");
    QStringList why;
    for (const Teacher *t : department)
        why << Text::tr("%1: %2").arg(t->name, whyCannotSupervise(*t, t->departmentId, today));
    return Text::tr("No teacher of %1 may supervise (%2)").arg(departmentName, why.join(QStringLiteral("; ")));
}

} // namespace

QString whyCannotSupervise(const Teacher &teacher, qint64 departmentId, const QDate &today)
{
    if (teacher.departmentId != departmentId)
        return Text::tr("works in another department (%1)").arg(teacher.departmentName);
    if (teacher.state != TeacherState::Appointed)
        return Text::tr("not appointed (%1)").arg(teacherStateName(teacher.state).toLower());
    const Eligibility e = checkEligibility(teacher, today);
    if (!e.eligible())
        return e.problems().replace(QLatin1Char('\n'), QStringLiteral("; "));
    return {};
}

AssignmentPlan planAssignments(const QList<AssignmentSlot> &monthSlots, const QList<Teacher> &teachers,
                               const QDate &today)
{
    // Per department: its teachers and the load of those who may supervise, by teacher id (QMap:
    // ordered, so ties go to the lowest id and the plan never depends on hash order).
    QHash<qint64, QList<const Teacher *>> byDepartment;
    QHash<qint64, const Teacher *> byId;
    QHash<qint64, QMap<qint64, int>> load;
    for (const Teacher &t : teachers) {
        byDepartment[t.departmentId].append(&t);
        byId.insert(t.id, &t);
        if (whyCannotSupervise(t, t.departmentId, today).isEmpty())
            load[t.departmentId].insert(t.id, 0);
    }

    AssignmentPlan plan;
    QList<AssignmentSlot> open;
    for (const AssignmentSlot &s : monthSlots) {
        if (!s.teacherId) {
            open.append(s);
            continue;
        }
        const Teacher *t = byId.value(s.teacherId);
        const QString why = t ? whyCannotSupervise(*t, s.departmentId, today) : Text::tr("unknown teacher");
        if (why.isEmpty()) {
            ++load[s.departmentId][s.teacherId];
            ++plan.kept;
        } else {
            plan.released.append({s.rotationId, Text::tr("%1 %2").arg(t ? t->name : QString(), why).trimmed()});
            open.append(AssignmentSlot{s.rotationId, s.departmentId, 0});
        }
    }

    for (const AssignmentSlot &s : open) {
        QMap<qint64, int> &candidates = load[s.departmentId];
        if (candidates.isEmpty()) {
            const QList<const Teacher *> dept = byDepartment.value(s.departmentId);
            plan.unassigned.append({s.rotationId, nobodyReason(dept, dept.isEmpty() ? QString() : dept.first()->departmentName,
                                                               today)});
            continue;
        }
        auto best = candidates.begin();
        for (auto it = candidates.begin(); it != candidates.end(); ++it)
            if (it.value() < best.value())
                best = it;
        ++best.value();
        plan.assign.append({s.rotationId, best.key()});
    }
    return plan;
}

} // namespace gme
