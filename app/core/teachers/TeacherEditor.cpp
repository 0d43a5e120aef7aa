#include "TeacherEditor.h"

#include "Clock.h"
#include "Eligibility.h"
#include "TeacherRepository.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Teachers)
};

QVariant dateOrNull(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QString()); }

bool decided(TeacherState s) { return s == TeacherState::Recommended || s == TeacherState::Appointed; }

// Whether a teacher of any base the connection can see holds the number (ID numbers are unique
// across bases; on a central server other bases stay invisible and the unique index refuses).
bool registeredAnywhere(const QSqlDatabase &db, const QString &idNumber)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral("SELECT 1 FROM teachers WHERE id_type = '01' AND id_number = ?"));
    q.addBindValue(idNumber);
    execOrThrow(q, "find teacher by ID number");
    return q.next();
}

TeacherSaveResult refused(const QString &error)
{
    TeacherSaveResult r;
    r.error = error;
    return r;
}

// The fields that differ, by their stored names, for the log.
QJsonArray changedFields(const TeacherInput &a, const TeacherInput &b)
{
    QJsonArray out;
    const auto note = [&out](bool differs, const char *name) {
        if (differs)
            out.append(QLatin1String(name));
    };
    note(a.name != b.name, "name");
    note(a.departmentName != b.departmentName, "department");
    note(a.title != b.title, "title");
    note(a.attendingSince != b.attendingSince, "attending_since");
    // A list differs when putting b's list into a copy of a makes the data differ.
    TeacherInput mixed = a;
    mixed.malpractice = b.malpractice;
    note(!sameTeacherData(mixed, a), "malpractice");
    mixed = a;
    mixed.incidents = b.incidents;
    note(!sameTeacherData(mixed, a), "incidents");
    mixed = a;
    mixed.evaluations = b.evaluations;
    note(!sameTeacherData(mixed, a), "evaluations");
    return out;
}

Teacher asTeacher(const TeacherInput &in, const Teacher &stored)
{
    Teacher t = stored;
    t.name = in.name;
    t.title = in.title;
    t.attendingSince = in.attendingSince;
    t.malpractice = in.malpractice;
    t.incidents = in.incidents;
    t.evaluations = in.evaluations;
    return t;
}

} // namespace

QString TeacherSaveResult::problems() const
{
    QStringList lines;
    for (const TeacherInputIssue &i : issues)
        lines << Text::tr("%1: %2").arg(teacherInputFieldName(i.field), i.message);
    if (!error.isEmpty())
        lines << error;
    return lines.join(QLatin1Char('\n'));
}

TeacherEditor::TeacherEditor(QSqlDatabase db, User user, const Clock &clock)
    : m_db(std::move(db)), m_user(std::move(user)), m_clock(clock)
{
}

TeacherSaveResult TeacherEditor::save(TeacherInput input)
{
    Transaction tx(m_db, Transaction::Mode::Immediate);
    TeacherSaveResult r = saveInTransaction(std::move(input));
    if (r.ok())
        tx.commit();
    return r;
}

TeacherSaveResult TeacherEditor::saveInTransaction(TeacherInput in)
{
    if (m_user.role != Role::Base)
        return refused(Text::tr("Only a base enters its teachers"));
    const QDate today = m_clock.now().date();
    TeacherSaveResult result;
    result.issues = normalizeTeacherInput(in, today);
    if (!result.issues.isEmpty())
        return result;

    const qint64 holder = teacherWithIdNumber(in.idNumber);
    if (in.id == 0) {
        if (holder != 0)
            return refused(Text::tr("A teacher with the ID number %1 is already registered; edit that teacher instead")
                               .arg(in.idNumber));
        if (registeredAnywhere(m_db, in.idNumber))
            return refused(Text::tr("The ID number %1 belongs to a teacher of another base").arg(in.idNumber));
        const qint64 id = insertTeacher(in, departmentId(in.departmentName));
        replaceRecords(id, in);
        log(QStringLiteral("teacher_added"),
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("teacher"), id},
                                                        {QStringLiteral("id_number"), in.idNumber}})
                                  .toJson(QJsonDocument::Compact)));
        result.outcome = TeacherSaveResult::Outcome::Inserted;
        result.teacherId = id;
        return result;
    }

    const std::optional<Teacher> stored = TeacherRepository(m_db).teacher(in.id);
    if (!stored || stored->baseId != m_user.orgId)
        return refused(Text::tr("This teacher is not one of your base's"));
    if (in.version != 0 && in.version != stored->version)
        return refused(Text::tr("%1 was changed by someone else meanwhile; reload and edit again").arg(stored->name));
    if (holder != 0 && holder != in.id)
        return refused(Text::tr("Another teacher of the base has the ID number %1").arg(in.idNumber));
    if (holder == 0 && registeredAnywhere(m_db, in.idNumber))
        return refused(Text::tr("The ID number %1 belongs to a teacher of another base").arg(in.idNumber));
    const TeacherInput before = teacherInputOf(*stored);
    if (in.idNumber != before.idNumber && decided(stored->state))
        return refused(Text::tr("%1 is already %2: the ID number cannot change. A different person registers as a "
                                "new teacher.")
                           .arg(stored->name, teacherStateName(stored->state)));
    result.teacherId = in.id;
    if (sameTeacherData(in, before)) {
        result.outcome = TeacherSaveResult::Outcome::Unchanged;
        return result;
    }

    const Eligibility was = checkEligibility(*stored, today);
    const Eligibility now = checkEligibility(asTeacher(in, *stored), today);
    if (!updateTeacher(in, departmentId(in.departmentName), stored->version))
        return refused(Text::tr("%1 was changed by someone else meanwhile; reload and edit again").arg(stored->name));
    replaceRecords(in.id, in);
    log(QStringLiteral("teacher_edited"),
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("teacher"), in.id},
                                                    {QStringLiteral("state"), teacherStateCode(stored->state)},
                                                    {QStringLiteral("changed"), changedFields(in, before)},
                                                    {QStringLiteral("eligible_before"), was.eligible()},
                                                    {QStringLiteral("eligible_after"), now.eligible()}})
                              .toJson(QJsonDocument::Compact)));
    if (decided(stored->state) && was.eligible() && !now.eligible())
        result.notice = Text::tr("%1 is %2 but no longer meets the conditions:\n%3\nTheir assignments are flagged; "
                                 "the next automatic assignment releases them.")
                            .arg(in.name, teacherStateName(stored->state), now.problems());
    else if (decided(stored->state) && in.departmentName != before.departmentName)
        result.notice = Text::tr("%1 moved to %2: their assignments in %3 are flagged.")
                            .arg(in.name, in.departmentName, before.departmentName);
    result.outcome = TeacherSaveResult::Outcome::Updated;
    return result;
}

qint64 TeacherEditor::teacherWithIdNumber(const QString &idNumber) const
{
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("SELECT id FROM teachers WHERE id_type = '01' AND id_number = ? AND base_id = ?"));
    q.addBindValue(idNumber);
    q.addBindValue(m_user.orgId);
    execOrThrow(q, "find teacher by ID number");
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 TeacherEditor::departmentId(const QString &name)
{
    QSqlQuery add(m_db);
    prepareOrThrow(add, QStringLiteral("INSERT INTO departments (base_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    add.addBindValue(m_user.orgId);
    add.addBindValue(name);
    execOrThrow(add, "add department");
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("SELECT id FROM departments WHERE base_id = ? AND name = ?"));
    q.addBindValue(m_user.orgId);
    q.addBindValue(name);
    execOrThrow(q, "find department");
    if (!q.next())
        throw DbError(Text::tr("The department %1 could not be added").arg(name));
    return q.value(0).toLongLong();
}

qint64 TeacherEditor::insertTeacher(const TeacherInput &in, qint64 departmentId)
{
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("INSERT INTO teachers (base_id, department_id, name, id_number, title, attending_since, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?, NULLIF(?, ''), ?) RETURNING id"));
    q.addBindValue(m_user.orgId);
    q.addBindValue(departmentId);
    q.addBindValue(in.name);
    q.addBindValue(in.idNumber);
    q.addBindValue(teacherTitleCode(in.title));
    q.addBindValue(dateOrNull(in.attendingSince));
    q.addBindValue(toDbTime(m_clock.now()));
    execOrThrow(q, "add teacher");
    return returnedId(q);
}

bool TeacherEditor::updateTeacher(const TeacherInput &in, qint64 departmentId, int storedVersion)
{
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("UPDATE teachers SET department_id = ?, name = ?, id_number = ?, title = ?, "
                                     "attending_since = NULLIF(?, ''), version = version + 1, updated_at = ? "
                                     "WHERE id = ? AND version = ?"));
    q.addBindValue(departmentId);
    q.addBindValue(in.name);
    q.addBindValue(in.idNumber);
    q.addBindValue(teacherTitleCode(in.title));
    q.addBindValue(dateOrNull(in.attendingSince));
    q.addBindValue(toDbTime(m_clock.now()));
    q.addBindValue(in.id);
    q.addBindValue(storedVersion);
    execOrThrow(q, "edit teacher");
    return q.numRowsAffected() == 1;
}

void TeacherEditor::replaceRecords(qint64 teacherId, const TeacherInput &in)
{
    for (const char *table : {"teacher_malpractice", "teacher_incidents", "teacher_evaluations"}) {
        QSqlQuery del(m_db);
        // The table name is one of the three fixed names above, never input.
        prepareOrThrow(del, QStringLiteral("DELETE FROM %1 WHERE teacher_id = ?").arg(QLatin1String(table)));
        del.addBindValue(teacherId);
        execOrThrow(del, "replace teacher records");
    }
    QSqlQuery m(m_db);
    prepareOrThrow(m, QStringLiteral("INSERT INTO teacher_malpractice (teacher_id, occurred_on, main_responsibility, note) "
                                     "VALUES (?, ?, ?, ?)"));
    for (const MalpracticeRecord &r : in.malpractice) {
        m.bindValue(0, teacherId);
        m.bindValue(1, r.occurredOn.toString(Qt::ISODate));
        m.bindValue(2, r.mainResponsibility ? 1 : 0);
        m.bindValue(3, r.note);
        execOrThrow(m, "add malpractice record");
    }
    QSqlQuery i(m_db);
    prepareOrThrow(i, QStringLiteral("INSERT INTO teacher_incidents (teacher_id, occurred_on, serious, note) VALUES (?, ?, ?, ?)"));
    for (const TeachingIncident &r : in.incidents) {
        i.bindValue(0, teacherId);
        i.bindValue(1, r.occurredOn.toString(Qt::ISODate));
        i.bindValue(2, r.serious ? 1 : 0);
        i.bindValue(3, r.note);
        execOrThrow(i, "add teaching incident");
    }
    QSqlQuery e(m_db);
    prepareOrThrow(e, QStringLiteral("INSERT INTO teacher_evaluations (teacher_id, year, passed) VALUES (?, ?, ?)"));
    for (const YearlyEvaluation &r : in.evaluations) {
        e.bindValue(0, teacherId);
        e.bindValue(1, r.year);
        e.bindValue(2, r.passed ? 1 : 0);
        execOrThrow(e, "add yearly evaluation");
    }
}

void TeacherEditor::log(const QString &kind, const QString &detail)
{
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("INSERT INTO admin_log (user_id, kind, detail, logged_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(m_user.id);
    q.addBindValue(kind);
    q.addBindValue(detail);
    q.addBindValue(toDbTime(m_clock.now()));
    execOrThrow(q, "log teacher entry");
}

} // namespace gme
