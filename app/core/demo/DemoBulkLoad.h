#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace gme::demo {

// Settings for this connection while the demo is written, restored afterwards: a large page
// cache, and foreign keys not checked row by row (the generator makes every reference itself;
// tst_demo runs foreign_key_check on the result). Construct it before the transaction begins:
// SQLite ignores the foreign_keys pragma inside one. On PostgreSQL foreign keys and triggers rest
// only where the login may say so (session_replication_role: a superuser, as in tests and the
// benchmark); any other owner loads with them on, only slower.
class BulkLoadSettings
{
public:
    explicit BulkLoadSettings(QSqlDatabase db);
    ~BulkLoadSettings();
    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_replica = false; // PostgreSQL: session_replication_role set for the load
    qint64 m_cacheSize = 0;
    qint64 m_foreignKeys = 1;
};

// Drops the secondary indexes of the bulk-loaded tables and builds them again at the end, which
// is faster than maintaining them row by row. Their definitions are read from the schema itself,
// so the migrations stay the one place that defines them. Use inside the load's transaction, so
// a rollback brings them back too. Throws DbError.
class DeferredIndexes
{
public:
    explicit DeferredIndexes(QSqlDatabase db);
    void rebuild();

private:
    void run(const QString &sql);

    QSqlDatabase m_db;
    QList<std::pair<QString, QString>> m_indexes; // name, CREATE statement
};

// The demo writes each batch action when its group opens and its row_count when the group closes.
// PostgreSQL's append-only trigger on batch_actions (sql/postgres/001) refuses that UPDATE, so on
// PostgreSQL the owner disables the trigger for the load and enables it again before the commit.
// DDL is transactional there: if the load rolls back, the trigger is back as well. No-op on SQLite,
// which has no such trigger. Throws DbError.
void setBatchSizesWritable(QSqlDatabase db, bool writable);

// The demo writes some ids itself (trainees, registrations, batch actions). SQLite's next rowid
// follows the highest id anyway; PostgreSQL's identity sequences do not, so on PostgreSQL each one
// is moved past its table's highest id. Call before the commit. Throws DbError.
void advanceIdentitySequences(QSqlDatabase db);

} // namespace gme::demo
