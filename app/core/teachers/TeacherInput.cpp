#include "TeacherInput.h"

#include "domain/IdNumber.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Teachers)
};

constexpr int kFirstEvaluationYear = 1990;

template <typename Rec>
void sortByDate(QList<Rec> &records)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const Rec &a, const Rec &b) { return a.occurredOn < b.occurredOn; });
}

template <typename Rec>
bool sameEvents(const QList<Rec> &a, const QList<Rec> &b, bool Rec::*flag)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (a[i].occurredOn != b[i].occurredOn || a[i].*flag != b[i].*flag || a[i].note != b[i].note)
            return false;
    return true;
}

} // namespace

QList<TeacherInputIssue> normalizeTeacherInput(TeacherInput &in, const QDate &today)
{
    QList<TeacherInputIssue> issues;
    in.name = in.name.simplified();
    in.departmentName = in.departmentName.simplified();
    if (in.name.isEmpty())
        issues.append({TeacherInputField::Name, Text::tr("The name is empty")});
    else if (in.name.size() > 50)
        issues.append({TeacherInputField::Name, Text::tr("The name is longer than 50 characters")});

    const IdCheck id = checkResidentId(in.idNumber);
    if (!id.ok())
        issues.append({TeacherInputField::IdNumber, idProblemText(id.problem)});
    else
        in.idNumber = id.normalized;

    if (in.departmentName.isEmpty())
        issues.append({TeacherInputField::Department, Text::tr("The department is empty")});

    if (in.title == TeacherTitle::Resident) {
        if (in.attendingSince.isValid())
            issues.append({TeacherInputField::AttendingSince,
                           Text::tr("A resident physician has no date of the attending title")});
    } else if (!in.attendingSince.isValid()) {
        issues.append({TeacherInputField::AttendingSince,
                       Text::tr("Give the date the attending-physician title was obtained")});
    } else if (in.attendingSince > today) {
        issues.append({TeacherInputField::AttendingSince, Text::tr("The date of the attending title is in the future")});
    }

    sortByDate(in.malpractice);
    for (const MalpracticeRecord &m : std::as_const(in.malpractice))
        if (!m.occurredOn.isValid() || m.occurredOn > today)
            issues.append({TeacherInputField::Malpractice,
                           Text::tr("A malpractice record needs a date that is not in the future")});
    sortByDate(in.incidents);
    for (const TeachingIncident &i : std::as_const(in.incidents))
        if (!i.occurredOn.isValid() || i.occurredOn > today)
            issues.append({TeacherInputField::Incidents,
                           Text::tr("A teaching incident needs a date that is not in the future")});

    std::stable_sort(in.evaluations.begin(), in.evaluations.end(),
                     [](const YearlyEvaluation &a, const YearlyEvaluation &b) { return a.year < b.year; });
    QSet<int> years;
    for (const YearlyEvaluation &e : std::as_const(in.evaluations)) {
        if (e.year < kFirstEvaluationYear || e.year > today.year())
            issues.append({TeacherInputField::Evaluations,
                           Text::tr("The evaluation year %1 is not between %2 and this year")
                               .arg(e.year).arg(kFirstEvaluationYear)});
        else if (years.contains(e.year))
            issues.append({TeacherInputField::Evaluations, Text::tr("The year %1 is evaluated twice").arg(e.year)});
        years.insert(e.year);
    }
    return issues;
}

TeacherInput teacherInputOf(const Teacher &t)
{
    TeacherInput in;
    in.id = t.id;
    in.version = t.version;
    in.name = t.name;
    in.idNumber = t.idNumber;
    in.departmentName = t.departmentName;
    in.title = t.title;
    in.attendingSince = t.attendingSince;
    in.malpractice = t.malpractice;
    in.incidents = t.incidents;
    in.evaluations = t.evaluations;
    sortByDate(in.malpractice);
    sortByDate(in.incidents);
    std::stable_sort(in.evaluations.begin(), in.evaluations.end(),
                     [](const YearlyEvaluation &a, const YearlyEvaluation &b) { return a.year < b.year; });
    return in;
}

bool sameTeacherData(const TeacherInput &a, const TeacherInput &b)
{
    if (a.name != b.name || a.idNumber != b.idNumber || a.departmentName != b.departmentName || a.title != b.title
        || a.attendingSince != b.attendingSince || a.evaluations.size() != b.evaluations.size())
        return false;
    for (int i = 0; i < a.evaluations.size(); ++i)
        if (a.evaluations[i].year != b.evaluations[i].year || a.evaluations[i].passed != b.evaluations[i].passed)
            return false;
    return sameEvents(a.malpractice, b.malpractice, &MalpracticeRecord::mainResponsibility)
        && sameEvents(a.incidents, b.incidents, &TeachingIncident::serious);
}

QString teacherInputFieldName(TeacherInputField field)
{
    switch (field) {
    case TeacherInputField::Name: return Text::tr("Name");
    case TeacherInputField::IdNumber: return Text::tr("ID number");
    case TeacherInputField::Department: return Text::tr("Department");
    case TeacherInputField::Title: return Text::tr("Title");
    case TeacherInputField::AttendingSince: return Text::tr("Attending since");
    case TeacherInputField::Malpractice: return Text::tr("Malpractice");
    case TeacherInputField::Incidents: return Text::tr("Teaching incidents");
    case TeacherInputField::Evaluations: return Text::tr("Yearly evaluations");
    }
    return {};
}

} // namespace gme
