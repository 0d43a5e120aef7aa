#include "DemoBulkRows.h"

#include "db/DbError.h"
#include "db/SqlDialect.h"

#include <QStringList>

namespace gme::demo {

BulkRows::BulkRows(const QSqlDatabase &db) : m_db(db), m_collect(sql::dialectOf(db) == Dialect::Postgres)
{
    // 500 rows: the statement stays a few hundred kilobytes, and the round trips a few hundred in all.
    m_rowsPerStatement = m_collect ? 500 : 1;
}

int BulkRows::declare(const QString &head, int columns)
{
    Table &t = m_tables.emplace_back();
    t.head = head;
    t.columns = columns;
    t.single = QSqlQuery(m_db);
    t.full = QSqlQuery(m_db);
    if (!m_collect)
        prepareOrThrow(t.single, statement(t, 1));
    return int(m_tables.size()) - 1;
}

QString BulkRows::statement(const Table &table, int rows) const
{
    const QString tuple = QLatin1Char('(') + QStringList(table.columns, QStringLiteral("?")).join(QLatin1Char(','))
                          + QLatin1Char(')');
    return table.head + QStringLiteral(" VALUES ") + QStringList(rows, tuple).join(QLatin1Char(','));
}

void BulkRows::add(int table, const QVariantList &values)
{
    Table &t = m_tables.at(size_t(table));
    Q_ASSERT(values.size() == t.columns);
    if (!m_collect) {
        for (int i = 0; i < t.columns; ++i)
            t.single.bindValue(i, values.at(i));
        execOrThrow(t.single, "insert demo rows");
        return;
    }
    t.pending.append(values);
    if (++t.pendingRows == m_rowsPerStatement)
        flush(); // every table, in order: this table's rows may refer to rows still collected in others
}

void BulkRows::flush()
{
    for (Table &t : m_tables)
        write(t);
}

void BulkRows::write(Table &t)
{
    if (t.pendingRows == 0)
        return;
    QSqlQuery partial(m_db);
    QSqlQuery *q = &t.full;
    if (t.pendingRows == m_rowsPerStatement) {
        if (!t.fullPrepared) {
            prepareOrThrow(t.full, statement(t, m_rowsPerStatement));
            t.fullPrepared = true;
        }
    } else {
        prepareOrThrow(partial, statement(t, t.pendingRows));
        q = &partial;
    }
    for (int i = 0; i < int(t.pending.size()); ++i)
        q->bindValue(i, t.pending.at(i));
    execOrThrow(*q, "insert demo rows");
    t.pending.clear();
    t.pendingRows = 0;
}

} // namespace gme::demo
