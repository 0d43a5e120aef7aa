#include "BatchChecker.h"

#include "Clock.h"
#include "Scope.h"
#include "WorkflowRules.h"
#include "db/DbError.h"

#include <QSet>
#include <QSqlQuery>

namespace gme {

BatchChecker::BatchChecker(QSqlDatabase db, const User &user, const Workflow &workflow, const QDateTime &now)
    : m_db(std::move(db)), m_user(user), m_workflow(workflow), m_now(now)
{
}

BatchCheck BatchChecker::run(const BatchRequest &request, QVector<Step> *moves) const
{
    BatchCheck check;
    if (request.rows.isEmpty()) {
        check.problem = BatchProblem::Empty;
        return check;
    }

    // Whether this role can take the action at all, and whether the action needs a reason.
    const QString action = request.code();
    bool allowed = false;
    bool needsReason = false;
    bool onlyBeforeReview = false;
    for (const Step &s : m_workflow.steps()) {
        if (s.role == m_user.role && s.action == action) {
            allowed = true;
            needsReason = needsReason || s.needsReason;
            onlyBeforeReview = onlyBeforeReview || s.beforeAnyReview;
        }
    }
    if (!allowed)
        check.problem = BatchProblem::ActionNotAllowed;
    else if (needsReason && request.reason.trimmed().isEmpty())
        check.problem = BatchProblem::ReasonRequired;

    // The manifest is filled even when the batch as a whole is refused, so every row's problem shows at once.
    const QHash<qint64, Facts> facts = loadFacts(request.rows, onlyBeforeReview);
    QSet<qint64> seen;
    seen.reserve(request.rows.size());
    check.rows.reserve(request.rows.size());
    QVector<Step> steps;
    steps.reserve(request.rows.size());
    for (const BatchRow &row : request.rows) {
        ManifestRow m;
        m.registrationId = row.registrationId;
        m.version = row.version;
        std::optional<Step> s;
        const auto it = facts.constFind(row.registrationId);
        if (seen.contains(row.registrationId)) {
            m.problem = RowProblem::Duplicate;
        } else if (it == facts.cend()) {
            m.problem = RowProblem::OutOfScope; // name and ID number stay empty
        } else {
            m.name = it->name;
            m.idNumber = it->idNumber;
            m.stateCode = it->state;
            m.state = stateFromCode(it->state).value_or(State::Cancelled);
            s = m_workflow.findStep(m_user.role, it->state, action);
            // A stale version is reported first: "someone else acted" explains a wrong state too.
            if (it->version != row.version)
                m.problem = RowProblem::Changed;
            else if (!s)
                m.problem = RowProblem::WrongState;
            else if (s->beforeAnyReview && it->reviewed)
                m.problem = RowProblem::AlreadyReviewed;
            else if (!windowOpen(it->windowKey, s->stage))
                m.problem = RowProblem::WindowClosed;
        }
        seen.insert(row.registrationId);
        check.rows.append(m);
        steps.append(s.value_or(Step{m_user.role, QString(), m.stateCode, action, m.stateCode, false, false}));
    }
    if (const WorkflowRules *rules = m_workflow.spec().rules.get())
        rules->check(RuleContext{m_db, m_user, m_now, 0}, request, steps, check.rows);
    if (moves)
        *moves = std::move(steps);
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

    // Table and column names come from the workflow's code, never from values.
    const ItemStorage &st = m_workflow.spec().storage;
    const QStringList &reviewActions = m_workflow.spec().reviewActions;
    needReviewed = needReviewed && !reviewActions.isEmpty();
    const ScopeSql scope = scopeSql(m_user, st.scopeColumn);
    const QString reviewed = needReviewed
        ? QStringLiteral("EXISTS (SELECT 1 FROM %1 d WHERE d.%2 = r.id AND d.action IN (%3))")
              .arg(st.decisionTable, st.decisionItemColumn, placeholders(int(reviewActions.size())))
        : QStringLiteral("0");
    const QString windowKey = st.windowKeyColumn.isEmpty() ? QStringLiteral("0") : st.windowKeyColumn;
    auto sqlFor = [&](int n) {
        return QStringLiteral("SELECT r.id, r.version, r.state, %1, %2, %3, %4 FROM %5 r %6 WHERE r.id IN (%7) AND %8")
            .arg(windowKey, st.nameColumn, st.idNumberColumn, reviewed, st.table, st.personJoin, placeholders(n),
                 scope.clause);
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
            for (const QString &a : reviewActions)
                q->bindValue(bind++, a);
        for (int i = 0; i < n; ++i)
            q->bindValue(bind++, ids.at(start + i));
        for (const QVariant &v : scope.binds)
            q->bindValue(bind++, v);
        execOrThrow(*q, "read batch rows");
        while (q->next()) {
            Facts f;
            f.version = q->value(1).toInt();
            f.state = q->value(2).toString();
            f.windowKey = q->value(3).toLongLong();
            f.name = q->value(4).toString();
            f.idNumber = q->value(5).toString();
            f.reviewed = q->value(6).toBool();
            facts.insert(q->value(0).toLongLong(), f);
        }
        q->finish();
    }
    return facts;
}

bool BatchChecker::windowOpen(qint64 windowKey, const QString &stage) const
{
    const QString &sql = m_workflow.spec().windowsSql;
    if (sql.isEmpty())
        return true; // a workflow without windows is always open
    if (!m_windowsLoaded) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        prepareOrThrow(q, sql);
        execOrThrow(q, "read stage windows");
        while (q.next())
            m_windows.insert({q.value(0).toLongLong(), q.value(1).toString()},
                             Window{fromDbTime(q.value(2).toString()), fromDbTime(q.value(3).toString()),
                                    q.value(4).toInt() != 0});
        m_windowsLoaded = true;
    }
    // A missing window counts as closed.
    const auto w = m_windows.constFind({windowKey, stage});
    return w != m_windows.cend() && w->open && w->opensAt <= m_now && m_now < w->closesAt;
}

} // namespace gme
