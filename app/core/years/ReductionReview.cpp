#include "ReductionReview.h"

#include "ReductionRequests.h"
#include "TrainingYears.h"
#include "Clock.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "review/Scope.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace gme {
namespace {

struct Facts
{
    int version = 0;
    State state = State::Submitted;
    QString name;
    QString idNumber;
};

// The requests of the batch that are in the user's reach, read in chunks.
QHash<qint64, Facts> loadFacts(QSqlDatabase db, const User &user, const QList<BatchRow> &rows)
{
    QHash<qint64, Facts> facts;
    const ScopeSql scope = scopeSql(user, QStringLiteral("rr.base_id"));
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < rows.size(); from += chunk) {
        const QList<BatchRow> part = rows.mid(from, chunk);
        QSqlQuery q(db);
        prepareOrThrow(q, QStringLiteral("SELECT rr.id, rr.version, rr.state, t.name, t.id_number FROM reduction_requests rr "
                                         "JOIN trainees t ON t.id = rr.trainee_id WHERE rr.id IN (%1) AND %2")
                              .arg(placeholders(int(part.size())), scope.clause));
        for (const BatchRow &r : part)
            q.addBindValue(r.registrationId);
        for (const QVariant &v : scope.binds)
            q.addBindValue(v);
        execOrThrow(q, "reduction facts");
        while (q.next())
            facts.insert(q.value(0).toLongLong(), {q.value(1).toInt(), stateFromCode(q.value(2).toString()).value_or(State::Submitted),
                                                   q.value(3).toString(), q.value(4).toString()});
    }
    return facts;
}

BatchCheck runCheck(QSqlDatabase db, const User &user, const BatchRequest &request, QVector<Transition> *moves)
{
    BatchCheck check;
    if (request.rows.isEmpty()) {
        check.problem = BatchProblem::Empty;
        return check;
    }
    const Workflow &wf = reductionWorkflow();
    bool roleMayAct = false;
    for (const Transition &t : wf.transitions())
        roleMayAct = roleMayAct || (t.role == user.role && t.action == request.action);
    if (!roleMayAct || request.action == Action::Resubmit)
        check.problem = BatchProblem::ActionNotAllowed;
    else if (request.reason.trimmed().isEmpty()
             && (request.action == Action::Reject || request.action == Action::Return))
        check.problem = BatchProblem::ReasonRequired;

    const QHash<qint64, Facts> facts = loadFacts(db, user, request.rows);
    QSet<qint64> seen;
    for (const BatchRow &row : request.rows) {
        ManifestRow line;
        line.registrationId = row.registrationId;
        line.version = row.version;
        const auto f = facts.constFind(row.registrationId);
        std::optional<Transition> move;
        if (seen.contains(row.registrationId)) {
            line.problem = RowProblem::Duplicate;
        } else if (f == facts.constEnd()) {
            line.problem = RowProblem::OutOfScope;
        } else {
            line.name = f->name;
            line.idNumber = f->idNumber;
            line.state = f->state;
            move = wf.find(user.role, f->state, request.action);
            if (f->version != row.version)
                line.problem = RowProblem::Changed;
            else if (!move)
                line.problem = RowProblem::WrongState;
        }
        seen.insert(row.registrationId);
        check.rows.append(line);
        if (moves)
            moves->append(move.value_or(Transition{}));
    }
    return check;
}

// The province's pass: the trainee's years and end date change now, and only now.
void applyReduction(QSqlDatabase db, qint64 requestId, const QString &now)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral("SELECT t.id, t.training_start, rr.to_years FROM reduction_requests rr "
                                     "JOIN trainees t ON t.id = rr.trainee_id WHERE rr.id = ?"));
    q.addBindValue(requestId);
    execOrThrow(q, "reduction to apply");
    if (!q.next())
        throw DbError(QStringLiteral("reduction request %1 vanished").arg(requestId));
    const qint64 traineeId = q.value(0).toLongLong();
    const QDate start = QDate::fromString(q.value(1).toString().left(10), Qt::ISODate);
    const int years = q.value(2).toInt();
    q.finish();
    const QDate end = trainingEndFor(start, years);
    QSqlQuery u(db);
    prepareOrThrow(u, QStringLiteral("UPDATE trainees SET training_years = ?, training_end = ? WHERE id = ?"));
    u.addBindValue(years);
    u.addBindValue(end.isValid() ? QVariant(end.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()));
    u.addBindValue(traineeId);
    execOrThrow(u, "apply reduction");
    QSqlQuery a(db);
    prepareOrThrow(a, QStringLiteral("UPDATE reduction_requests SET applied_at = ? WHERE id = ?"));
    a.addBindValue(now);
    a.addBindValue(requestId);
    execOrThrow(a, "mark reduction applied");
}

} // namespace

ReductionReview::ReductionReview(QSqlDatabase db, User user, const Clock &clock)
    : m_db(std::move(db)), m_user(std::move(user)), m_clock(clock)
{
}

BatchCheck ReductionReview::check(const BatchRequest &request) const
{
    return runCheck(m_db, m_user, request, nullptr);
}

BatchResult ReductionReview::apply(const BatchRequest &request)
{
    BatchResult result;
    Transaction tx(m_db, Transaction::Mode::Immediate);
    QVector<Transition> moves;
    result.check = runCheck(m_db, m_user, request, &moves);
    if (!result.check.ok())
        return result;
    const QString now = toDbTime(m_clock.now());
    QSqlQuery update(m_db), log(m_db);
    prepareOrThrow(update, QStringLiteral("UPDATE reduction_requests SET state = ?, version = version + 1, updated_at = ? "
                                          "WHERE id = ? AND version = ?"));
    prepareOrThrow(log, QStringLiteral("INSERT INTO reduction_decisions (request_id, user_id, stage, action, from_state, "
                                       "to_state, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant reason = request.reason.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                               : QVariant(request.reason.trimmed());
    for (qsizetype i = 0; i < request.rows.size(); ++i) {
        const BatchRow &row = request.rows.at(i);
        const Transition &t = moves.at(i);
        update.addBindValue(stateCode(t.to));
        update.addBindValue(now);
        update.addBindValue(row.registrationId);
        update.addBindValue(row.version);
        execOrThrow(update, "review reduction");
        if (update.numRowsAffected() != 1)
            throw DbError(QStringLiteral("reduction request %1 changed during review").arg(row.registrationId));
        for (const QVariant &v : QVariantList{row.registrationId, m_user.id, stageCode(t.stage), actionCode(t.action),
                                              stateCode(t.from), stateCode(t.to), reason, now})
            log.addBindValue(v);
        execOrThrow(log, "log reduction review");
        if (t.to == State::FinalPassed)
            applyReduction(m_db, row.registrationId, now);
    }
    tx.commit();
    result.applied = true;
    result.rowCount = int(request.rows.size());
    return result;
}

} // namespace gme
