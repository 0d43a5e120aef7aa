#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace gme {

// Professional titles as stored (teachers.title); attending and above count for the 3-year rule.
enum class TeacherTitle { Resident, Attending, AssociateChief, Chief };
// Where a teacher stands with the base: registered (报名), recommended (推荐), not recommended
// (不推荐), appointed (聘任), dismissed (解聘).
enum class TeacherState { Registered, Recommended, NotRecommended, Appointed, Dismissed };
enum class TeacherAction { Recommend, NotRecommend, Appoint, Dismiss, Reconsider };

QString teacherTitleCode(TeacherTitle t);
QString teacherStateCode(TeacherState s);
QString teacherActionCode(TeacherAction a);
std::optional<TeacherTitle> teacherTitleFromCode(const QString &code);
std::optional<TeacherState> teacherStateFromCode(const QString &code);
std::optional<TeacherAction> teacherActionFromCode(const QString &code);

// Translated names (context "gme::Teachers").
QString teacherTitleName(TeacherTitle t);
QString teacherStateName(TeacherState s);
QString teacherActionName(TeacherAction a);

struct MalpracticeRecord
{
    QDate occurredOn;
    bool mainResponsibility = false;
    QString note;
};

struct TeachingIncident
{
    QDate occurredOn;
    bool serious = false;
    QString note;
};

struct YearlyEvaluation
{
    int year = 0;
    bool passed = true;
};

// One teacher with everything eligibility is decided from.
struct Teacher
{
    qint64 id = 0;
    qint64 baseId = 0;
    qint64 departmentId = 0;
    QString departmentName;
    QString name;
    QString idNumber;
    TeacherTitle title = TeacherTitle::Resident;
    QDate attendingSince; // invalid when not known
    TeacherState state = TeacherState::Registered;
    int version = 1;
    QList<MalpracticeRecord> malpractice;
    QList<TeachingIncident> incidents;
    QList<YearlyEvaluation> evaluations;
};

} // namespace gme
