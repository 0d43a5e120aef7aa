#include "TeacherReview.h"

#include "TeacherWorkflow.h"
#include "review/ReviewEngine.h"

#include <QCoreApplication>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Teachers)
};
} // namespace

const QList<TeacherTransition> &teacherTransitions()
{
    using S = TeacherState;
    using A = TeacherAction;
    static const QList<TeacherTransition> table = {
        {S::Registered, A::Recommend, S::Recommended, false, true},
        {S::Registered, A::NotRecommend, S::NotRecommended, true, false},
        // A recommendation can be withdrawn before the appointment.
        {S::Recommended, A::NotRecommend, S::NotRecommended, true, false},
        {S::Recommended, A::Appoint, S::Appointed, false, true},
        {S::Appointed, A::Dismiss, S::Dismissed, true, false},
        // After the teacher's record was corrected (or a year has passed) the review starts again.
        {S::NotRecommended, A::Reconsider, S::Registered, false, false},
        {S::Dismissed, A::Reconsider, S::Registered, false, false},
    };
    return table;
}

std::optional<TeacherTransition> findTeacherTransition(TeacherState from, TeacherAction action)
{
    for (const TeacherTransition &t : teacherTransitions())
        if (t.from == from && t.action == action)
            return t;
    return std::nullopt;
}

QList<TeacherAction> teacherActionsFrom(TeacherState from)
{
    QList<TeacherAction> out;
    for (const TeacherTransition &t : teacherTransitions())
        if (t.from == from)
            out.append(t.action);
    return out;
}

bool TeacherReviewResult::ok() const
{
    for (const QString &p : problems)
        if (!p.isEmpty())
            return false;
    return !problems.isEmpty();
}

QString TeacherReviewResult::summary() const
{
    QStringList lines;
    for (const QString &p : problems)
        if (!p.isEmpty())
            lines << p;
    return lines.join(QLatin1Char('\n'));
}

TeacherReview::TeacherReview(QSqlDatabase db, User user, const Clock &clock)
    : m_db(std::move(db)), m_user(std::move(user)), m_clock(clock)
{
}

namespace {
BatchRequest requestOf(const QList<TeacherRow> &rows, TeacherAction action, const QString &reason)
{
    QList<BatchRow> batch;
    for (const TeacherRow &r : rows)
        batch.append(BatchRow{r.teacherId, r.version});
    return BatchRequest::of(teacherActionCode(action), batch, reason);
}

// The engine's manifest as one translated line per row (empty: the row may move).
TeacherReviewResult resultOf(const BatchCheck &check, const QList<TeacherRow> &rows)
{
    TeacherReviewResult result;
    const QString batchProblem = check.problem == BatchProblem::None || check.problem == BatchProblem::Empty
        ? QString()
        : batchProblemText(check.problem);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ManifestRow *row = i < check.rows.size() ? &check.rows.at(i) : nullptr;
        const QString who = row && !row->name.isEmpty() ? row->name : Text::tr("Teacher %1").arg(rows.at(i).teacherId);
        QString problem;
        if (row && row->problem == RowProblem::RuleBroken)
            problem = row->note;
        else if (row && row->problem != RowProblem::None)
            problem = Text::tr("%1: %2").arg(who, rowProblemText(row->problem));
        else if (!batchProblem.isEmpty())
            problem = Text::tr("%1: %2").arg(who, batchProblem);
        result.problems.append(problem);
    }
    return result;
}
} // namespace

TeacherReviewResult TeacherReview::check(const QList<TeacherRow> &rows, TeacherAction action,
                                         const QString &reason) const
{
    ReviewEngine engine(m_db, m_user, teacherWorkflow(), m_clock);
    return resultOf(engine.check(requestOf(rows, action, reason)), rows);
}

TeacherReviewResult TeacherReview::apply(const QList<TeacherRow> &rows, TeacherAction action, const QString &reason)
{
    ReviewEngine engine(m_db, m_user, teacherWorkflow(), m_clock);
    const BatchResult applied = engine.apply(requestOf(rows, action, reason));
    TeacherReviewResult result = resultOf(applied.check, rows);
    result.applied = applied.applied;
    return result;
}

} // namespace gme
