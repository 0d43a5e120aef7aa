#include "FlowQueue.h"

#include "Clock.h"
#include "Scope.h"
#include "db/DbError.h"

#include <QSqlQuery>

namespace gme {
namespace {

FlowRow readRow(const QSqlQuery &q, const QList<ListColumn> &columns)
{
    FlowRow row;
    row.id = q.value(0).toLongLong();
    row.version = q.value(1).toInt();
    row.state = q.value(2).toString();
    row.name = q.value(3).toString();
    row.idNumber = q.value(4).toString();
    row.cells.reserve(columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QString value = q.value(int(5 + i)).toString();
        for (const auto &[raw, shown] : columns.at(i).valueNames)
            if (raw == value) {
                value = shown;
                break;
            }
        row.cells.append(value);
    }
    return row;
}

} // namespace

FlowQueue::FlowQueue(QSqlDatabase db, User user, const Workflow &workflow)
    : m_db(std::move(db)), m_user(std::move(user)), m_workflow(workflow)
{
}

QString FlowQueue::selectSql() const
{
    // Every fragment comes from the workflow's code; values are bound by the callers.
    const WorkflowSpec &spec = m_workflow.spec();
    QString sql = QStringLiteral("SELECT r.id, r.version, r.state, %1, %2").arg(spec.storage.nameColumn, spec.storage.idNumberColumn);
    for (const ListColumn &c : spec.columns)
        sql += QStringLiteral(", ") + c.sql;
    return sql + QStringLiteral(" FROM %1 r %2 %3 ").arg(spec.storage.table, spec.storage.personJoin, spec.storage.extraJoins);
}

QVector<FlowRow> FlowQueue::load(const QStringList &wanted) const
{
    const QStringList states = wanted.isEmpty() ? m_workflow.actionableStates(m_user.role) : wanted;
    if (states.isEmpty())
        return {};
    const ScopeSql scope = scopeSql(m_user, m_workflow.spec().storage.scopeColumn);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, selectSql() + QStringLiteral("WHERE r.state IN (%1) AND %2 ORDER BY r.id")
                                        .arg(placeholders(int(states.size())), scope.clause));
    int bind = 0;
    for (const QString &s : states)
        q.bindValue(bind++, s);
    for (const QVariant &v : scope.binds)
        q.bindValue(bind++, v);
    execOrThrow(q, "load workflow queue");
    QVector<FlowRow> rows;
    const QList<ListColumn> &columns = m_workflow.spec().columns;
    while (q.next())
        rows.append(readRow(q, columns));
    return rows;
}

QVector<FlowRow> FlowQueue::loadRows(const QList<qint64> &ids) const
{
    const ScopeSql scope = scopeSql(m_user, m_workflow.spec().storage.scopeColumn);
    const QList<ListColumn> &columns = m_workflow.spec().columns;
    QHash<qint64, FlowRow> found;
    constexpr int kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const int n = int(std::min<qsizetype>(kChunk, ids.size() - start));
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        prepareOrThrow(q, selectSql() + QStringLiteral("WHERE r.id IN (%1) AND %2").arg(placeholders(n), scope.clause));
        int bind = 0;
        for (int i = 0; i < n; ++i)
            q.bindValue(bind++, ids.at(start + i));
        for (const QVariant &v : scope.binds)
            q.bindValue(bind++, v);
        execOrThrow(q, "load workflow rows");
        while (q.next()) {
            FlowRow row = readRow(q, columns);
            found.insert(row.id, row);
        }
    }
    QVector<FlowRow> rows;
    for (qint64 id : ids)
        if (const auto it = found.constFind(id); it != found.cend())
            rows.append(*it);
    return rows;
}

QList<FlowDecision> FlowQueue::history(qint64 itemId) const
{
    const ItemStorage &st = m_workflow.spec().storage;
    const ScopeSql scope = scopeSql(m_user, st.scopeColumn);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT d.stage, d.action, d.from_state, d.to_state, d.reason, u.display_name, "
                                     "d.decided_at FROM %1 d JOIN %2 r ON r.id = d.%3 LEFT JOIN users u ON u.id = d.user_id "
                                     "WHERE d.%3 = ? AND %4 ORDER BY d.decided_at, d.id")
                          .arg(st.decisionTable, st.table, st.decisionItemColumn, scope.clause));
    q.addBindValue(itemId);
    for (const QVariant &v : scope.binds)
        q.addBindValue(v);
    execOrThrow(q, "load workflow history");
    QList<FlowDecision> out;
    while (q.next())
        out.append(FlowDecision{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                fromDbTime(q.value(6).toString())});
    return out;
}

} // namespace gme
