#include "BatchChecker.h"

#include "Clock.h"
#include "Scope.h"
#include "db/DbError.h"

#include <QSet>
#include <QSqlQuery>

namespace gme {

BatchChecker::BatchChecker(QSqlDatabase db, const User &user, const Workflow &workflow, const QDateTime &now)
    : m_db(std::move(db)), m_user(user), m_workflow(workflow), m_now(now)
{
}

BatchCheck BatchChecker::run(const BatchRequest &request, QVector<Transition> *transitions) const
{
    BatchCheck check;
    if (request.rows.isEmpty()) {
        check.problem = BatchProblem::Empty;
        return check;
    }

    // Whether this role can take the action at all, and whether the action needs a reason.
    bool allowed = false;
    bool needsReason = false;
    for (const Transition &t : m_workflow.transitions()) {
        if (t.role == m_user.role && t.action == request.action) {
            allowed = true;
            needsReason = needsReason || t.needsReason;
        }
    }
    if (!allowed)
        check.problem = BatchProblem::ActionNotAllowed;
    else if (needsReason && request.reason.trimmed().isEmpty())
        check.problem = BatchProblem::ReasonRequired;

    // The manifest is filled even when the batch as a whole is refused, so every row's problem shows at once.
    const QHash<qint64, Facts> facts = loadFacts(request.rows, request.action == Action::Cancel);
    QSet<qint64> seen;
    seen.reserve(request.rows.size());
    check.rows.reserve(request.rows.size());
    if (transitions) {
        transitions->clear();
        transitions->reserve(request.rows.size());
    }
    for (const BatchRow &row : request.rows) {
        ManifestRow m;
        m.registrationId = row.registrationId;
        m.version = row.version;
        std::optional<Transition> t;
        const auto it = facts.constFind(row.registrationId);
        if (seen.contains(row.registrationId)) {
            m.problem = RowProblem::Duplicate;
        } else if (it == facts.cend()) {
            m.problem = RowProblem::OutOfScope; // name and ID number stay empty
        } else {
            m.name = it->name;
            m.idNumber = it->idNumber;
            m.state = it->state;
            t = m_workflow.find(m_user.role, it->state, request.action);
            // A stale version is reported first: "someone else acted" explains a wrong state too.
            if (it->version != row.version)
                m.problem = RowProblem::Changed;
            else if (!t)
                m.problem = RowProblem::WrongState;
            else if (request.action == Action::Cancel && it->reviewed)
                m.problem = RowProblem::AlreadyReviewed;
            else if (!windowOpen(it->examBatchId, t->stage))
                m.problem = RowProblem::WindowClosed;
        }
        seen.insert(row.registrationId);
        check.rows.append(m);
        if (transitions)
            transitions->append(t.value_or(Transition{m_user.role, Stage::Registration, m.state, request.action, m.state, false}));
    }
    return check;
}

QHash<qint64, BatchChecker::Facts> BatchChecker::loadFacts(const QList<BatchRow> &rows, bool needReviewed) const
{
    // Only distinct ids are asked for; duplicates are a manifest problem, not a query.
    QList<qint64> ids;
    ids.reserve(rows.size());
    {
        QSet<qint64> distinct;
        distinct.reserve(rows.size());
        for (const BatchRow &r : rows)
            if (!distinct.contains(r.registrationId)) {
                distinct.insert(r.registrationId);
                ids.append(r.registrationId);
            }
    }

    const ScopeSql scope = scopeSql(m_user, QStringLiteral("r.base_id"));
    const QString reviewed = needReviewed
        ? QStringLiteral("EXISTS (SELECT 1 FROM decisions d WHERE d.registration_id = r.id AND d.action IN (?, ?, ?))")
        : QStringLiteral("0");
    auto sqlFor = [&](int n) {
        return QStringLiteral("SELECT r.id, r.version, r.state, r.batch_id, t.name, t.id_number, %1 "
                              "FROM registrations r JOIN trainees t ON t.id = r.trainee_id "
                              "WHERE r.id IN (%2) AND %3")
            .arg(reviewed, placeholders(n), scope.clause);
    };

    QHash<qint64, Facts> facts;
    facts.reserve(ids.size());
    QSqlQuery full(m_db);
    bool fullPrepared = false;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const int n = int(std::min<qsizetype>(kChunk, ids.size() - start));
        QSqlQuery partial(m_db);
        QSqlQuery *q = &full;
        if (n == kChunk) {
            if (!fullPrepared) {
                full.setForwardOnly(true);
                prepareOrThrow(full, sqlFor(n)); // reused for every full chunk
                fullPrepared = true;
            }
        } else {
            q = &partial;
            q->setForwardOnly(true);
            prepareOrThrow(*q, sqlFor(n));
        }
        int bind = 0;
        if (needReviewed)
            for (Action a : {Action::Pass, Action::Reject, Action::Return})
                q->bindValue(bind++, actionCode(a));
        for (int i = 0; i < n; ++i)
            q->bindValue(bind++, ids.at(start + i));
        for (const QVariant &v : scope.binds)
            q->bindValue(bind++, v);
        execOrThrow(*q, "read batch rows");
        while (q->next()) {
            Facts f;
            f.version = q->value(1).toInt();
            f.state = stateFromCode(q->value(2).toString()).value_or(State::Cancelled);
            f.examBatchId = q->value(3).toLongLong();
            f.name = q->value(4).toString();
            f.idNumber = q->value(5).toString();
            f.reviewed = q->value(6).toBool();
            facts.insert(q->value(0).toLongLong(), f);
        }
        q->finish();
    }
    return facts;
}

bool BatchChecker::windowOpen(qint64 examBatchId, Stage stage) const
{
    if (!m_windowsLoaded) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        prepareOrThrow(q, QStringLiteral("SELECT w.batch_id, w.stage, w.opens_at, w.closes_at, b.status "
                                         "FROM stage_windows w JOIN exam_batches b ON b.id = w.batch_id"));
        execOrThrow(q, "read stage windows");
        while (q.next()) {
            const auto s = stageFromCode(q.value(1).toString());
            if (!s)
                continue;
            const qint64 batch = q.value(0).toLongLong();
            m_windows.insert({batch, int(*s)},
                             StageWindow{*s, fromDbTime(q.value(2).toString()), fromDbTime(q.value(3).toString())});
            m_batchOpen.insert(batch, q.value(4).toString() == QLatin1String("open"));
        }
        m_windowsLoaded = true;
    }
    // A closed exam batch takes no decisions; a missing window counts as closed.
    const auto w = m_windows.constFind({examBatchId, int(stage)});
    return w != m_windows.cend() && m_batchOpen.value(examBatchId) && w->isOpenAt(m_now);
}

} // namespace gme
