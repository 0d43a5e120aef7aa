#include "PendingStore.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace gme {

PendingStore::PendingStore(QSqlDatabase db, qint64 userId) : m_db(std::move(db)), m_userId(userId) {}

QList<BatchRow> PendingStore::load() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // position follows insertion, so this is the order the reviewer added them in.
    prepareOrThrow(q, QStringLiteral("SELECT registration_id, version FROM pending_items WHERE user_id = ? "
                                     "ORDER BY position, registration_id"));
    q.addBindValue(m_userId);
    execOrThrow(q, "load pending batch");
    QList<BatchRow> rows;
    while (q.next())
        rows.append(BatchRow{q.value(0).toLongLong(), q.value(1).toInt()});
    return rows;
}

void PendingStore::add(const QList<BatchRow> &rows)
{
    if (rows.isEmpty())
        return;
    Transaction tx(m_db);
    QSqlQuery last(m_db);
    prepareOrThrow(last, QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM pending_items WHERE user_id = ?"));
    last.addBindValue(m_userId);
    execOrThrow(last, "read pending batch end");
    qint64 position = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();

    // Many rows per statement: one round trip per chunk matters on a central server.
    constexpr qsizetype Chunk = 200;
    const QString now = toDbTime(Clock::current().now());
    QSqlQuery q(m_db);
    qsizetype preparedFor = 0;
    for (qsizetype from = 0; from < rows.size(); from += Chunk) {
        const qsizetype n = std::min(Chunk, rows.size() - from);
        if (n != preparedFor) {
            QStringList tuples(n, QStringLiteral("(?, ?, ?, ?, ?)"));
            prepareOrThrow(q, QStringLiteral("INSERT INTO pending_items (user_id, registration_id, version, added_at, position) "
                                             "VALUES %1 ON CONFLICT DO NOTHING").arg(tuples.join(QLatin1Char(','))));
            preparedFor = n;
        }
        int slot = 0;
        for (qsizetype i = from; i < from + n; ++i) {
            q.bindValue(slot++, m_userId);
            q.bindValue(slot++, rows[i].registrationId);
            q.bindValue(slot++, rows[i].version);
            q.bindValue(slot++, now);
            q.bindValue(slot++, ++position);
        }
        execOrThrow(q, "add to pending batch");
    }
    tx.commit();
}

void PendingStore::remove(const QList<qint64> &registrationIds)
{
    if (registrationIds.isEmpty())
        return;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("DELETE FROM pending_items WHERE user_id = ? AND registration_id = ?"));
    for (qint64 id : registrationIds) {
        q.bindValue(0, m_userId);
        q.bindValue(1, id);
        execOrThrow(q, "remove from pending batch");
    }
    tx.commit();
}

void PendingStore::clear()
{
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("DELETE FROM pending_items WHERE user_id = ?"));
    q.addBindValue(m_userId);
    execOrThrow(q, "clear pending batch");
}

ReasonTemplates::ReasonTemplates(QSqlDatabase db, qint64 userId) : m_db(std::move(db)), m_userId(userId) {}

QStringList ReasonTemplates::list(Action action) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Shared templates first, then the user's own, each in the order they were written.
    prepareOrThrow(q, QStringLiteral("SELECT text FROM reason_templates WHERE action = ? "
                                     "AND (user_id IS NULL OR user_id = ?) ORDER BY user_id IS NOT NULL, id"));
    q.addBindValue(actionCode(action));
    q.addBindValue(m_userId);
    execOrThrow(q, "load reason templates");
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void ReasonTemplates::add(Action action, const QString &text)
{
    // Only reject and return take reasons; blanks and repeats would only clutter the list.
    const QString t = text.trimmed();
    if ((action != Action::Reject && action != Action::Return) || t.isEmpty() || list(action).contains(t))
        return;
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("INSERT INTO reason_templates (user_id, action, text) VALUES (?, ?, ?)"));
    q.addBindValue(m_userId);
    q.addBindValue(actionCode(action));
    q.addBindValue(t);
    execOrThrow(q, "save reason template");
}

} // namespace gme
