#pragma once

// Teachers, departments, trainees and rotation months added to a TestDb, for the teacher tests.

#include "TestSupport.h"
#include "teachers/Teacher.h"

namespace gme::test {

class TeacherFixture
{
public:
    explicit TeacherFixture(TestDb &db) : m_db(db) {}

    qint64 department(qint64 baseId, const QString &name);
    // An attending physician since 2010 unless told otherwise.
    qint64 teacher(qint64 departmentId, const QString &name, TeacherState state = TeacherState::Appointed,
                   const QDate &attendingSince = QDate(2010, 1, 1), TeacherTitle title = TeacherTitle::Attending);
    void malpractice(qint64 teacherId, const QDate &on, bool mainResponsibility);
    void incident(qint64 teacherId, const QDate &on, bool serious);
    void evaluation(qint64 teacherId, int year, bool passed);
    // A trainee of the base (through TestDb::addRegistration); returns the trainee id.
    qint64 trainee(qint64 baseId, const QString &name = {});
    qint64 rotation(qint64 traineeId, qint64 departmentId, const QString &month);

    TeacherState stateOf(qint64 teacherId) const;
    int versionOf(qint64 teacherId) const;
    qint64 teacherOf(qint64 rotationId) const; // 0 when unassigned
    QString howOf(qint64 rotationId) const;

private:
    TestDb &m_db;
    int m_nextId = 50000;
};

} // namespace gme::test
