#include "TeacherReview.h"

#include "Clock.h"
#include "Eligibility.h"
#include "TeacherRepository.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

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

TeacherReviewResult TeacherReview::check(const QList<TeacherRow> &rows, TeacherAction action,
                                         const QString &reason) const
{
    TeacherReviewResult result;
    const QDate today = m_clock.now().date();
    const TeacherRepository repo(m_db);
    QSet<qint64> seen;
    for (const TeacherRow &row : rows) {
        const std::optional<Teacher> t = repo.teacher(row.teacherId);
        QString problem;
        if (seen.contains(row.teacherId)) {
            problem = Text::tr("Teacher %1 is listed twice").arg(row.teacherId);
        } else if (m_user.role != Role::Base) {
            problem = Text::tr("Only the base's education office reviews and appoints teachers");
        } else if (!t || t->baseId != m_user.orgId) {
            problem = Text::tr("Teacher %1 is not a teacher of your base").arg(row.teacherId);
        } else if (t->version != row.version) {
            problem = Text::tr("%1: changed by someone else since it was loaded; reload and try again").arg(t->name);
        } else if (const auto move = findTeacherTransition(t->state, action); !move) {
            problem = Text::tr("%1: cannot %2 a teacher who is %3")
                          .arg(t->name, teacherActionName(action).toLower(), teacherStateName(t->state).toLower());
        } else if (move->needsReason && reason.trimmed().isEmpty()) {
            problem = Text::tr("%1: a reason is required to %2").arg(t->name, teacherActionName(action).toLower());
        } else if (move->needsEligible) {
            const Eligibility e = checkEligibility(*t, today);
            if (!e.eligible())
                problem = Text::tr("%1 does not meet the conditions for teachers: %2")
                              .arg(t->name, e.problems().replace(QLatin1Char('\n'), QStringLiteral("; ")));
        }
        seen.insert(row.teacherId);
        result.problems.append(problem);
    }
    return result;
}

TeacherReviewResult TeacherReview::apply(const QList<TeacherRow> &rows, TeacherAction action, const QString &reason)
{
    // Immediate: nobody can change a teacher between our checks and our writes.
    Transaction tx(m_db, Transaction::Mode::Immediate);
    TeacherReviewResult result = check(rows, action, reason);
    if (!result.ok())
        return result;

    const QString now = toDbTime(m_clock.now());
    const QString trimmed = reason.trimmed();
    const QVariant reasonValue = trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
    const TeacherRepository repo(m_db);
    QSqlQuery update(m_db);
    prepareOrThrow(update, QStringLiteral("UPDATE teachers SET state = ?, version = version + 1, updated_at = ? "
                                          "WHERE id = ? AND version = ?"));
    QSqlQuery log(m_db);
    prepareOrThrow(log, QStringLiteral("INSERT INTO teacher_decisions (teacher_id, user_id, action, from_state, to_state, "
                                       "reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const TeacherRow &row : rows) {
        const TeacherState from = repo.teacher(row.teacherId)->state; // checked above
        const TeacherState to = findTeacherTransition(from, action)->to;
        update.bindValue(0, teacherStateCode(to));
        update.bindValue(1, now);
        update.bindValue(2, row.teacherId);
        update.bindValue(3, row.version);
        execOrThrow(update, "update teacher");
        if (update.numRowsAffected() != 1)
            throw DbError(Text::tr("Teacher %1 changed while it was being written").arg(row.teacherId));
        log.bindValue(0, row.teacherId);
        log.bindValue(1, m_user.id);
        log.bindValue(2, teacherActionCode(action));
        log.bindValue(3, teacherStateCode(from));
        log.bindValue(4, teacherStateCode(to));
        log.bindValue(5, reasonValue);
        log.bindValue(6, now);
        execOrThrow(log, "record teacher decision");
    }
    tx.commit();
    result.applied = true;
    return result;
}

} // namespace gme
