#pragma once

#include "Teacher.h"

#include <QDate>
#include <QList>
#include <QString>

namespace gme {

// What the base types in the teacher dialog or a teacher sheet carries for one teacher: the
// identity and everything eligibility is decided from. State and version stay the review's.
struct TeacherInput
{
    qint64 id = 0;   // 0: a new teacher
    int version = 0; // the version an edit started from; 0: do not check
    QString name;
    QString idNumber;
    QString departmentName;
    TeacherTitle title = TeacherTitle::Resident;
    QDate attendingSince; // when the attending-physician title was obtained; invalid: not known
    QList<MalpracticeRecord> malpractice;
    QList<TeachingIncident> incidents;
    QList<YearlyEvaluation> evaluations;
};

enum class TeacherInputField { Name, IdNumber, Department, Title, AttendingSince, Malpractice, Incidents, Evaluations };

struct TeacherInputIssue
{
    TeacherInputField field;
    QString message; // translated
};

// Trims and normalises `input` (ID number folded, records sorted by date or year) and returns what
// is wrong with it on `today`: empty name or department, an invalid ID number, an attending title
// without its date, dates in the future, evaluation years twice or to come.
QList<TeacherInputIssue> normalizeTeacherInput(TeacherInput &input, const QDate &today);

// The teacher as the dialog edits it (records sorted as normalizeTeacherInput sorts them).
TeacherInput teacherInputOf(const Teacher &teacher);

// True when both describe the same teacher data (ids and versions aside).
bool sameTeacherData(const TeacherInput &a, const TeacherInput &b);

QString teacherInputFieldName(TeacherInputField field); // translated column label

} // namespace gme
