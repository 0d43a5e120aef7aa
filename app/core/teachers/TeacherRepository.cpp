#include "TeacherRepository.h"

#include "Clock.h"
#include "db/DbError.h"

#include <QHash>
#include <QSqlQuery>

namespace gme {
namespace {

const QString kTeacherColumns = QStringLiteral(
    "SELECT t.id, t.base_id, t.department_id, d.name, t.name, t.id_number, t.title, t.attending_since, t.state, "
    "t.version FROM teachers t JOIN departments d ON d.id = t.department_id ");

Teacher readTeacher(const QSqlQuery &q)
{
    Teacher t;
    t.id = q.value(0).toLongLong();
    t.baseId = q.value(1).toLongLong();
    t.departmentId = q.value(2).toLongLong();
    t.departmentName = q.value(3).toString();
    t.name = q.value(4).toString();
    t.idNumber = q.value(5).toString();
    t.title = teacherTitleFromCode(q.value(6).toString()).value_or(TeacherTitle::Resident);
    t.attendingSince = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    t.state = teacherStateFromCode(q.value(8).toString()).value_or(TeacherState::Registered);
    t.version = q.value(9).toInt();
    return t;
}

QDate dateOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

} // namespace

QList<Department> TeacherRepository::departments(qint64 baseId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT id, name FROM departments WHERE base_id = ? ORDER BY name, id"));
    q.addBindValue(baseId);
    execOrThrow(q, "load departments");
    QList<Department> out;
    while (q.next())
        out.append(Department{q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

QList<Teacher> TeacherRepository::teachers(qint64 baseId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, kTeacherColumns + QStringLiteral("WHERE t.base_id = ? ORDER BY d.name, t.name, t.id"));
    q.addBindValue(baseId);
    execOrThrow(q, "load teachers");
    QList<Teacher> out;
    while (q.next())
        out.append(readTeacher(q));
    loadRecords(out, QStringLiteral("t.base_id = ?"), baseId);
    return out;
}

std::optional<Teacher> TeacherRepository::teacher(qint64 teacherId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, kTeacherColumns + QStringLiteral("WHERE t.id = ?"));
    q.addBindValue(teacherId);
    execOrThrow(q, "load teacher");
    if (!q.next())
        return std::nullopt;
    QList<Teacher> one{readTeacher(q)};
    loadRecords(one, QStringLiteral("t.id = ?"), teacherId);
    return one.constFirst();
}

void TeacherRepository::loadRecords(QList<Teacher> &teachers, const QString &where, const QVariant &bind) const
{
    QHash<qint64, Teacher *> byId;
    for (Teacher &t : teachers)
        byId.insert(t.id, &t);
    auto run = [&](const QString &sql, const char *what, auto &&take) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        prepareOrThrow(q, sql.arg(where)); // `where` is one of this class's fixed fragments
        q.addBindValue(bind);
        execOrThrow(q, what);
        while (q.next())
            if (Teacher *t = byId.value(q.value(0).toLongLong()))
                take(*t, q);
    };
    run(QStringLiteral("SELECT m.teacher_id, m.occurred_on, m.main_responsibility, m.note FROM teacher_malpractice m "
                       "JOIN teachers t ON t.id = m.teacher_id WHERE %1 ORDER BY m.occurred_on"),
        "load malpractice records", [](Teacher &t, const QSqlQuery &q) {
            t.malpractice.append({dateOf(q.value(1)), q.value(2).toInt() != 0, q.value(3).toString()});
        });
    run(QStringLiteral("SELECT i.teacher_id, i.occurred_on, i.serious, i.note FROM teacher_incidents i "
                       "JOIN teachers t ON t.id = i.teacher_id WHERE %1 ORDER BY i.occurred_on"),
        "load teaching incidents", [](Teacher &t, const QSqlQuery &q) {
            t.incidents.append({dateOf(q.value(1)), q.value(2).toInt() != 0, q.value(3).toString()});
        });
    run(QStringLiteral("SELECT e.teacher_id, e.year, e.passed FROM teacher_evaluations e "
                       "JOIN teachers t ON t.id = e.teacher_id WHERE %1 ORDER BY e.year"),
        "load yearly evaluations", [](Teacher &t, const QSqlQuery &q) {
            t.evaluations.append({q.value(1).toInt(), q.value(2).toInt() != 0});
        });
}

QList<TeacherDecision> TeacherRepository::history(qint64 teacherId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT d.action, d.from_state, d.to_state, d.reason, u.display_name, d.decided_at "
                                     "FROM teacher_decisions d LEFT JOIN users u ON u.id = d.user_id "
                                     "WHERE d.teacher_id = ? ORDER BY d.decided_at DESC, d.id DESC"));
    q.addBindValue(teacherId);
    execOrThrow(q, "load teacher history");
    QList<TeacherDecision> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), fromDbTime(q.value(5).toString())});
    return out;
}

} // namespace gme
