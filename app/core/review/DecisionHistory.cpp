#include "DecisionHistory.h"

#include "Clock.h"
#include "FlowDecisionLog.h"
#include "Scope.h"
#include "changes/ChangeWorkflow.h"
#include "db/DbError.h"
#include "recruitment/RecruitmentWorkflow.h"
#include "teachers/TeacherWorkflow.h"
#include "years/ReductionRequests.h"

#include <QHash>
#include <QSqlQuery>

#include <limits>

namespace gme {
namespace {

// "%part%" for LIKE, with the user's own % and _ taken literally ('!' escapes).
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('!'), QLatin1String("!!"));
    escaped.replace(QLatin1Char('%'), QLatin1String("!%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
}

// One flow's newest `limit` decisions after the cursor, keys only (flow order, id, decided_at), as a
// sub-select of the page's UNION. Only the log, its item (for scope) and, for a text filter, the
// matching items are read: names and users are joined later for the page's rows alone.
QString flowKeys(const Workflow &flow, int order, const User &user, const HistoryFilter &filter,
                 const HistoryCursor &after, int limit, QVariantList &binds)
{
    const ItemStorage &st = flow.spec().storage;
    const ScopeSql scope = scopeSql(user, st.scopeColumn);
    QStringList where{scope.clause};
    binds += scope.binds;
    QString deciderJoin;
    if (!filter.everyDecider) {
        const ScopeSql who = decidedByOrganisationSql(user, QStringLiteral("u"));
        deciderJoin = QStringLiteral("JOIN users u ON u.id = d.user_id");
        where << who.clause;
        binds += who.binds;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("d.decided_at >= ?");
        binds << toDbTime(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("d.decided_at < ?");
        binds << toDbTime(filter.to);
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // The matching items in scope first (one pass over the scope's people), then their
        // decisions by index.
        where << QStringLiteral("d.%1 IN (SELECT r.id FROM %2 r %3 WHERE %4 AND (%5 LIKE ? ESCAPE '!' OR %6 LIKE ? ESCAPE '!'))")
                     .arg(st.decisionItemColumn, st.table, st.personJoin, scope.clause, st.nameColumn,
                          st.idNumberColumn);
        binds += scope.binds;
        binds << containsPattern(text) << containsPattern(text.toUpper()); // ID numbers end in a capital X
    }
    if (!after.decidedAt.isEmpty()) {
        // Older than the cursor. At the cursor's own time the order is flow, then id descending:
        // the cursor's flow continues below its id, later flows start from their newest id,
        // earlier flows are done (their rows at that time were on earlier pages).
        qint64 idBelow = 0;
        if (order > after.flowOrder)
            idBelow = std::numeric_limits<qint64>::max();
        else if (order == after.flowOrder)
            idBelow = after.decisionId;
        // A row value, which both SQLite and PostgreSQL turn into one range of the (decided_at, id)
        // index; the equivalent OR made SQLite sort the whole time range.
        where << QStringLiteral("(d.decided_at, d.id) < (?, ?)");
        binds << after.decidedAt << idBelow;
    }
    binds << limit;
    return QStringLiteral("SELECT * FROM (SELECT %1 AS flow_order, d.id AS decision_id, d.decided_at AS decided_at "
                          "FROM %2 d JOIN %3 r ON r.id = d.%4 %5 WHERE %6 "
                          "ORDER BY d.decided_at DESC, d.id DESC LIMIT ?) AS f%1")
        .arg(QString::number(order), st.decisionTable, st.table, st.decisionItemColumn, deciderJoin,
             where.join(QStringLiteral(" AND ")));
}

// The full entries of one flow's decisions on the page, by id.
QHash<qint64, DecisionEntry> flowEntries(QSqlDatabase db, const Workflow &flow, const QVariantList &ids)
{
    const ItemStorage &st = flow.spec().storage;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT %1, %2, %3 %4 WHERE d.id IN (%5)")
                          .arg(st.nameColumn, st.idNumberColumn, flowDecisionColumns(), flowDecisionFrom(st, true),
                               placeholders(int(ids.size()))));
    bindAll(q, ids);
    execOrThrow(q, "load the decision history's entries");
    QHash<qint64, DecisionEntry> out;
    while (q.next()) {
        DecisionEntry e = readFlowDecision(q, 2, flow);
        e.traineeName = q.value(0).toString();
        e.idNumber = q.value(1).toString();
        out.insert(e.decisionId, e);
    }
    return out;
}

} // namespace

DecisionHistory::DecisionHistory(QSqlDatabase db, User user) : m_db(std::move(db)), m_user(std::move(user)) {}

QList<const Workflow *> DecisionHistory::flows()
{
    return {&Workflow::completionExam(), &recruit::workflow(), &changes::workflow(), &reductionWorkflow(),
            &teacherWorkflow()};
}

HistorySlice DecisionHistory::load(const HistoryFilter &filter, int limit, const HistoryCursor &after) const
{
    const QList<const Workflow *> all = flows();
    QStringList selects;
    QVariantList binds;
    for (int i = 0; i < all.size(); ++i)
        if (filter.flowCode.isEmpty() || filter.flowCode == all.at(i)->code())
            // One row more than asked tells whether another page follows.
            selects << flowKeys(*all.at(i), i, m_user, filter, after, limit + 1, binds);
    HistorySlice slice;
    if (selects.isEmpty() || limit <= 0)
        return slice;

    // 1. The page's keys: each flow's newest rows by its own index, merged (at most flows × limit).
    QSqlQuery keys(m_db);
    keys.setForwardOnly(true);
    prepareOrThrow(keys, selects.join(QStringLiteral(" UNION ALL ")) +
                             QStringLiteral(" ORDER BY decided_at DESC, flow_order, decision_id DESC LIMIT ?"));
    binds << limit + 1;
    bindAll(keys, binds);
    execOrThrow(keys, "load the decision history");
    QList<std::pair<int, qint64>> page; // (flow order, decision id), newest first
    QList<QVariantList> idsByFlow(all.size());
    while (keys.next()) {
        if (page.size() == limit) {
            slice.more = true;
            break;
        }
        const int order = keys.value(0).toInt();
        const qint64 id = keys.value(1).toLongLong();
        page.append({order, id});
        idsByFlow[order].append(id);
        slice.next = HistoryCursor{keys.value(2).toString(), order, id};
    }

    // 2. Names, users and words for those rows only.
    QList<QHash<qint64, DecisionEntry>> entries(all.size());
    for (int i = 0; i < all.size(); ++i)
        if (!idsByFlow.at(i).isEmpty())
            entries[i] = flowEntries(m_db, *all.at(i), idsByFlow.at(i));
    for (const auto &[order, id] : page)
        if (entries.at(order).contains(id)) // read again a moment later, so present unless hidden by the server
            slice.entries.append(entries.at(order).value(id));
    return slice;
}

} // namespace gme
