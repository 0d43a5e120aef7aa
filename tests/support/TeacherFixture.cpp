#include "TeacherFixture.h"

#include "Clock.h"

namespace gme::test {

qint64 TeacherFixture::department(qint64 baseId, const QString &name)
{
    execSql(m_db.db(), QStringLiteral("INSERT INTO departments (base_id, name) VALUES (?, ?)"), {baseId, name});
    return scalar(m_db.db(), QStringLiteral("SELECT id FROM departments WHERE base_id = ? AND name = ?"), {baseId, name})
        .toLongLong();
}

qint64 TeacherFixture::teacher(qint64 departmentId, const QString &name, TeacherState state,
                               const QDate &attendingSince, TeacherTitle title)
{
    const qint64 baseId = scalar(m_db.db(), QStringLiteral("SELECT base_id FROM departments WHERE id = ?"), {departmentId})
                              .toLongLong();
    const QString idNumber = TestDb::residentId(m_nextId++);
    execSql(m_db.db(),
            QStringLiteral("INSERT INTO teachers (base_id, department_id, name, id_number, title, attending_since, state, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {baseId, departmentId, name, idNumber, teacherTitleCode(title),
             attendingSince.isValid() ? QVariant(attendingSince.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()),
             teacherStateCode(state), toDbTime(m_db.clock().now())});
    return scalar(m_db.db(), QStringLiteral("SELECT id FROM teachers WHERE id_number = ?"), {idNumber}).toLongLong();
}

void TeacherFixture::malpractice(qint64 teacherId, const QDate &on, bool mainResponsibility)
{
    execSql(m_db.db(), QStringLiteral("INSERT INTO teacher_malpractice (teacher_id, occurred_on, main_responsibility) VALUES (?, ?, ?)"),
            {teacherId, on.toString(Qt::ISODate), mainResponsibility ? 1 : 0});
}

void TeacherFixture::incident(qint64 teacherId, const QDate &on, bool serious)
{
    execSql(m_db.db(), QStringLiteral("INSERT INTO teacher_incidents (teacher_id, occurred_on, serious) VALUES (?, ?, ?)"),
            {teacherId, on.toString(Qt::ISODate), serious ? 1 : 0});
}

void TeacherFixture::evaluation(qint64 teacherId, int year, bool passed)
{
    execSql(m_db.db(), QStringLiteral("INSERT INTO teacher_evaluations (teacher_id, year, passed) VALUES (?, ?, ?)"),
            {teacherId, year, passed ? 1 : 0});
}

qint64 TeacherFixture::trainee(qint64 baseId, const QString &name)
{
    const qint64 registration = m_db.addRegistration(baseId, State::Submitted, name);
    return scalar(m_db.db(), QStringLiteral("SELECT trainee_id FROM registrations WHERE id = ?"), {registration}).toLongLong();
}

qint64 TeacherFixture::rotation(qint64 traineeId, qint64 departmentId, const QString &month)
{
    execSql(m_db.db(), QStringLiteral("INSERT INTO rotations (trainee_id, department_id, month) VALUES (?, ?, ?)"),
            {traineeId, departmentId, month});
    return scalar(m_db.db(), QStringLiteral("SELECT id FROM rotations WHERE trainee_id = ? AND month = ?"), {traineeId, month})
        .toLongLong();
}

TeacherState TeacherFixture::stateOf(qint64 teacherId) const
{
    return teacherStateFromCode(scalar(m_db.db(), QStringLiteral("SELECT state FROM teachers WHERE id = ?"), {teacherId}).toString())
        .value_or(TeacherState::Registered);
}

int TeacherFixture::versionOf(qint64 teacherId) const
{
    return scalar(m_db.db(), QStringLiteral("SELECT version FROM teachers WHERE id = ?"), {teacherId}).toInt();
}

qint64 TeacherFixture::teacherOf(qint64 rotationId) const
{
    return scalar(m_db.db(), QStringLiteral("SELECT teacher_id FROM teacher_assignments WHERE rotation_id = ?"), {rotationId})
        .toLongLong();
}

QString TeacherFixture::howOf(qint64 rotationId) const
{
    return scalar(m_db.db(), QStringLiteral("SELECT how FROM teacher_assignments WHERE rotation_id = ?"), {rotationId})
        .toString();
}

} // namespace gme::test
