#include "ConcurrentBatch.h"

#include "Scope.h"
#include "db/DbError.h"
#include "db/SqlDialect.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace gme {

void lockBatchRows(const QSqlDatabase &db, const QString &table, const QList<BatchRow> &rows)
{
    if (sql::dialectOf(db) != Dialect::Postgres)
        return;
    // Ascending id order, so two overlapping batches lock in the same order and cannot deadlock.
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const BatchRow &r : rows)
        ids.append(r.registrationId);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    constexpr qsizetype Chunk = 1000;
    QSqlQuery q(db);
    qsizetype preparedFor = 0;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const qsizetype n = std::min(Chunk, ids.size() - from);
        if (n != preparedFor) {
            prepareOrThrow(q, QStringLiteral("SELECT id FROM %1 WHERE id IN (%2) ORDER BY id FOR UPDATE")
                                  .arg(table, placeholders(int(n))));
            preparedFor = n;
        }
        for (qsizetype i = 0; i < n; ++i)
            q.bindValue(int(i), ids[from + i]);
        execOrThrow(q, "lock batch rows");
    }
}

qint64 committedBatchAction(const QSqlDatabase &db, const QString &clientToken)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral("SELECT id FROM batch_actions WHERE client_token = ?"));
    q.addBindValue(clientToken);
    execOrThrow(q, "look up batch token");
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool batchCommitted(const QSqlDatabase &db, const QString &clientToken)
{
    return committedBatchAction(db, clientToken) != 0;
}

} // namespace gme
