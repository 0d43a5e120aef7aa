#pragma once

#include "Teacher.h"
#include "auth/User.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace gme {

class Clock;

// One legal move of a teacher record, taken by the base's education office.
struct TeacherTransition
{
    TeacherState from;
    TeacherAction action;
    TeacherState to;
    bool needsReason;   // 不推荐 and 解聘 must say why
    bool needsEligible; // 推荐 and 聘任 only for teachers who meet every eligibility rule
};

// The teacher review as data: registered → 推荐 / 不推荐 → 聘任, dismissal and reconsideration.
const QList<TeacherTransition> &teacherTransitions();
std::optional<TeacherTransition> findTeacherTransition(TeacherState from, TeacherAction action);
QList<TeacherAction> teacherActionsFrom(TeacherState from);

struct TeacherRow
{
    qint64 teacherId = 0;
    int version = 0; // as the reviewer saw it; a newer one means somebody else changed the record
};

struct TeacherReviewResult
{
    bool applied = false;
    // One entry per requested row, in order: empty when the row may move, else a translated reason.
    QStringList problems;
    bool ok() const;
    QString summary() const; // the problems as lines naming the rows that have them
};

// One action on several teachers through the review engine and teacherWorkflow(): scope (the
// user's own base), state, version, reason and eligibility (judged on the clock's date) for every
// row, then all rows, one batch_actions record and one teacher_decisions record each in one
// transaction, or nothing. The engine's manifest comes back as one translated line per row.
class TeacherReview
{
public:
    TeacherReview(QSqlDatabase db, User user, const Clock &clock);

    TeacherReviewResult check(const QList<TeacherRow> &rows, TeacherAction action, const QString &reason) const;
    TeacherReviewResult apply(const QList<TeacherRow> &rows, TeacherAction action, const QString &reason);

private:
    QSqlDatabase m_db;
    User m_user;
    const Clock &m_clock;
};

} // namespace gme
