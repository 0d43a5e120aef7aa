#include "TeacherAssignments.h"

#include "Clock.h"
#include "TeacherRepository.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Teachers)
};

const QString kRowsSql = QStringLiteral(
    "SELECT r.id, r.trainee_id, tr.name, r.department_id, d.name, r.month, a.teacher_id, a.how "
    "FROM rotations r JOIN departments d ON d.id = r.department_id JOIN trainees tr ON tr.id = r.trainee_id "
    "LEFT JOIN teacher_assignments a ON a.rotation_id = r.id "
    "WHERE d.base_id = ? ");
const QString kRowsOrder = QStringLiteral(" ORDER BY d.name, r.department_id, tr.name, r.id");

QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

} // namespace

TeacherAssignments::TeacherAssignments(QSqlDatabase db, User user, const Clock &clock)
    : m_db(std::move(db)), m_user(std::move(user)), m_clock(clock)
{
}

QStringList TeacherAssignments::months() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const qint64 department = scopedDepartment(0);
    prepareOrThrow(q, QStringLiteral("SELECT DISTINCT r.month FROM rotations r JOIN departments d ON d.id = r.department_id "
                                     "WHERE d.base_id = ? %1 ORDER BY r.month")
                          .arg(department ? QStringLiteral("AND r.department_id = ?") : QString()));
    q.addBindValue(m_user.orgId);
    if (department)
        q.addBindValue(department);
    execOrThrow(q, "load rotation months");
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<RotationAssignment> TeacherAssignments::rows(const QString &month, qint64 departmentId) const
{
    return load(month, scopedDepartment(departmentId));
}

QList<RotationAssignment> TeacherAssignments::allMonths(qint64 departmentId) const
{
    return load(QString(), scopedDepartment(departmentId));
}

qint64 TeacherAssignments::scopedDepartment(qint64 requested) const
{
    return m_user.role == Role::Department ? m_user.departmentId : requested;
}

QList<RotationAssignment> TeacherAssignments::load(const QString &month, qint64 departmentId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, kRowsSql + (month.isEmpty() ? QString() : QStringLiteral("AND r.month = ? "))
                          + (departmentId ? QStringLiteral("AND r.department_id = ?") : QString()) + kRowsOrder);
    q.addBindValue(m_user.orgId);
    if (!month.isEmpty())
        q.addBindValue(month);
    if (departmentId)
        q.addBindValue(departmentId);
    execOrThrow(q, "load rotation assignments");

    QHash<qint64, Teacher> teachers;
    for (const Teacher &t : TeacherRepository(m_db).teachers(m_user.orgId))
        teachers.insert(t.id, t);
    const QDate today = m_clock.now().date();
    QList<RotationAssignment> out;
    while (q.next()) {
        RotationAssignment r;
        r.rotationId = q.value(0).toLongLong();
        r.traineeId = q.value(1).toLongLong();
        r.traineeName = q.value(2).toString();
        r.departmentId = q.value(3).toLongLong();
        r.departmentName = q.value(4).toString();
        r.month = q.value(5).toString();
        r.teacherId = q.value(6).toLongLong();
        r.manual = q.value(7).toString() == QLatin1String("manual");
        if (r.teacherId) {
            const auto t = teachers.constFind(r.teacherId);
            r.teacherName = t == teachers.cend() ? QString() : t->name;
            r.problem = t == teachers.cend() ? Text::tr("unknown teacher")
                                             : whyCannotSupervise(*t, r.departmentId, today);
        }
        out.append(r);
    }
    return out;
}

QList<QPair<Teacher, QString>> TeacherAssignments::candidates(qint64 departmentId) const
{
    const QDate today = m_clock.now().date();
    QList<QPair<Teacher, QString>> out;
    if (departmentId != scopedDepartment(departmentId))
        return out; // a department head chooses among its own department's teachers only
    for (const Teacher &t : TeacherRepository(m_db).teachers(m_user.orgId))
        if (t.departmentId == departmentId)
            out.append({t, whyCannotSupervise(t, departmentId, today)});
    return out;
}

QString TeacherAssignments::refuseUnlessAssigner() const
{
    if (m_user.role == Role::Department && m_user.departmentId != 0)
        return {};
    if (m_user.role != Role::Base)
        return Text::tr("Only a base or its department heads assign supervising teachers to its trainees");
    return {};
}

AutoAssignReport TeacherAssignments::autoAssign(const QString &month, qint64 departmentId)
{
    AutoAssignReport report;
    if (const QString refused = refuseUnlessAssigner(); !refused.isEmpty()) {
        report.unassigned << refused;
        return report;
    }
    Transaction tx(m_db, Transaction::Mode::Immediate);
    const QList<RotationAssignment> current = rows(month, departmentId);
    QList<AssignmentSlot> monthSlots;
    QHash<qint64, const RotationAssignment *> byRotation;
    for (const RotationAssignment &r : current) {
        monthSlots.append({r.rotationId, r.departmentId, r.teacherId});
        byRotation.insert(r.rotationId, &r);
    }
    const AssignmentPlan plan = planAssignments(monthSlots, TeacherRepository(m_db).teachers(m_user.orgId),
                                                m_clock.now().date());

    QSqlQuery release(m_db);
    prepareOrThrow(release, QStringLiteral("DELETE FROM teacher_assignments WHERE rotation_id = ?"));
    for (const UnassignedSlot &s : plan.released) {
        release.bindValue(0, s.rotationId);
        execOrThrow(release, "release teacher assignment");
    }
    const QString now = toDbTime(m_clock.now());
    QSqlQuery insert(m_db);
    prepareOrThrow(insert, QStringLiteral("INSERT INTO teacher_assignments (rotation_id, teacher_id, how, assigned_by, "
                                          "assigned_at) VALUES (?, ?, 'auto', ?, ?)"));
    for (const PlannedAssignment &a : plan.assign) {
        insert.bindValue(0, a.rotationId);
        insert.bindValue(1, a.teacherId);
        insert.bindValue(2, m_user.id);
        insert.bindValue(3, now);
        execOrThrow(insert, "record teacher assignment");
    }
    report.assigned = int(plan.assign.size());
    report.kept = plan.kept;
    report.released = int(plan.released.size());
    for (const UnassignedSlot &s : plan.unassigned) {
        const RotationAssignment *r = byRotation.value(s.rotationId);
        report.unassigned << Text::tr("%1 (%2, %3): %4").arg(r->traineeName, r->departmentName, r->month, s.reason);
    }
    log(QStringLiteral("teachers_auto_assigned"),
        json({{QStringLiteral("month"), month}, {QStringLiteral("assigned"), report.assigned},
              {QStringLiteral("kept"), report.kept}, {QStringLiteral("released"), report.released},
              {QStringLiteral("unassigned"), int(plan.unassigned.size())}}));
    tx.commit();
    return report;
}

QString TeacherAssignments::assign(qint64 rotationId, qint64 teacherId)
{
    if (const QString refused = refuseUnlessAssigner(); !refused.isEmpty())
        return refused;
    Transaction tx(m_db, Transaction::Mode::Immediate);
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("SELECT r.department_id, d.name FROM rotations r JOIN departments d ON d.id = r.department_id "
                                     "WHERE r.id = ? AND d.base_id = ?"));
    q.addBindValue(rotationId);
    q.addBindValue(m_user.orgId);
    execOrThrow(q, "read rotation");
    if (!q.next())
        return Text::tr("This rotation is not one of your base's");
    const qint64 departmentId = q.value(0).toLongLong();
    q.finish();
    if (departmentId != scopedDepartment(departmentId))
        return Text::tr("This rotation is in another department");
    const std::optional<Teacher> teacher = TeacherRepository(m_db).teacher(teacherId);
    if (!teacher || teacher->baseId != m_user.orgId)
        return Text::tr("This teacher is not one of your base's");
    if (const QString why = whyCannotSupervise(*teacher, departmentId, m_clock.now().date()); !why.isEmpty())
        return Text::tr("%1 may not supervise this trainee: %2").arg(teacher->name, why);

    QSqlQuery upsert(m_db);
    prepareOrThrow(upsert, QStringLiteral("INSERT INTO teacher_assignments (rotation_id, teacher_id, how, assigned_by, assigned_at) "
                                          "VALUES (?, ?, 'manual', ?, ?) ON CONFLICT (rotation_id) DO UPDATE SET "
                                          "teacher_id = excluded.teacher_id, how = excluded.how, "
                                          "assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at"));
    upsert.addBindValue(rotationId);
    upsert.addBindValue(teacherId);
    upsert.addBindValue(m_user.id);
    upsert.addBindValue(toDbTime(m_clock.now()));
    execOrThrow(upsert, "adjust teacher assignment");
    log(QStringLiteral("teacher_assignment_adjusted"),
        json({{QStringLiteral("rotation"), rotationId}, {QStringLiteral("teacher"), teacherId}}));
    tx.commit();
    return {};
}

QString TeacherAssignments::clear(qint64 rotationId)
{
    if (const QString refused = refuseUnlessAssigner(); !refused.isEmpty())
        return refused;
    Transaction tx(m_db, Transaction::Mode::Immediate);
    QSqlQuery del(m_db);
    prepareOrThrow(del, QStringLiteral("DELETE FROM teacher_assignments WHERE rotation_id IN "
                                       "(SELECT r.id FROM rotations r JOIN departments d ON d.id = r.department_id "
                                       "WHERE r.id = ? AND d.base_id = ? AND (? = 0 OR r.department_id = ?))"));
    del.addBindValue(rotationId);
    del.addBindValue(m_user.orgId);
    del.addBindValue(scopedDepartment(0));
    del.addBindValue(scopedDepartment(0));
    execOrThrow(del, "clear teacher assignment");
    if (del.numRowsAffected() == 0)
        return Text::tr("This rotation has no teacher, or is not one of yours");
    log(QStringLiteral("teacher_assignment_cleared"), json({{QStringLiteral("rotation"), rotationId}}));
    tx.commit();
    return {};
}

void TeacherAssignments::log(const QString &kind, const QString &detail)
{
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("INSERT INTO admin_log (user_id, kind, detail, logged_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(m_user.id);
    q.addBindValue(kind);
    q.addBindValue(detail);
    q.addBindValue(toDbTime(m_clock.now()));
    execOrThrow(q, "log teacher assignment");
}

} // namespace gme
