#pragma once

#include "ReviewBatch.h"

#include <QSqlDatabase>

namespace gme {

// What a batch needs when several reviewers share one central database.

// Locks the batch's rows of `table` (the workflow's item table, a name from code) until the transaction ends, so the checks that follow see the rows as
// they will be written: a reviewer whose rows another reviewer just changed gets them named as
// Changed instead of a half-applied batch. SQLite needs nothing here (BEGIN IMMEDIATE locks the
// whole file). Throws DbError.
void lockBatchRows(const QSqlDatabase &db, const QString &table, const QList<BatchRow> &rows);

// Whether the batch written with this client token committed. Asked after the connection dropped
// during an apply: the token is written in the same transaction as the rows, so found means all
// of them, absent means none. Throws DbError when the database cannot be asked.
bool batchCommitted(const QSqlDatabase &db, const QString &clientToken);
// The same, with the batch action's number (0: not committed), to name it to the user.
qint64 committedBatchAction(const QSqlDatabase &db, const QString &clientToken);

} // namespace gme
