#pragma once

#include "TeacherInput.h"
#include "auth/User.h"

#include <QSqlDatabase>

namespace gme {

class Clock;

struct TeacherSaveResult
{
    enum class Outcome { Inserted, Updated, Unchanged, Refused };
    Outcome outcome = Outcome::Refused;
    qint64 teacherId = 0;
    QList<TeacherInputIssue> issues; // why the input was refused, per field
    QString error;                   // translated; a refusal that is not one field's
    // Translated, possibly empty: what the change means for a teacher the base already decided on
    // (e.g. an appointed teacher who no longer meets the conditions).
    QString notice;

    bool ok() const { return outcome != Outcome::Refused; }
    QString problems() const; // issues and error, one per line
};

// The base adds and edits its teachers (师资录入). Rules:
//  - only a base user, only teachers of its own base; a department named for the first time is
//    added to the base;
//  - an ID number belongs to one teacher: adding a second teacher with it is refused;
//  - a teacher already recommended or appointed keeps its ID number (a different person is a new
//    registration); its other data may be corrected, but the edit is logged with the eligibility
//    before and after, and when the teacher no longer meets the conditions the result says so
//    (their assignments show the problem; the next automatic assignment releases them);
//  - an edit started from an older version than the stored one is refused (someone else saved);
//  - saving identical data changes nothing (so re-importing a file is harmless).
// Every save is logged in admin_log. Throws DbError.
class TeacherEditor
{
public:
    TeacherEditor(QSqlDatabase db, User user, const Clock &clock);

    // In its own transaction.
    TeacherSaveResult save(TeacherInput input);
    // Inside the caller's transaction (the import writes many teachers in one).
    TeacherSaveResult saveInTransaction(TeacherInput input);
    // The teacher of this base with the (normalised) ID number; 0 when none.
    qint64 teacherWithIdNumber(const QString &idNumber) const;

private:
    qint64 departmentId(const QString &name);
    qint64 insertTeacher(const TeacherInput &in, qint64 departmentId);
    bool updateTeacher(const TeacherInput &in, qint64 departmentId, int storedVersion);
    void replaceRecords(qint64 teacherId, const TeacherInput &in);
    void log(const QString &kind, const QString &detail);

    QSqlDatabase m_db;
    User m_user;
    const Clock &m_clock;
};

} // namespace gme
