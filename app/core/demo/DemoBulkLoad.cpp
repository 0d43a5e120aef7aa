#include "DemoBulkLoad.h"

#include "db/DbError.h"
#include "db/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace gme::demo {
namespace {

qint64 pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA %1").arg(name)) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

BulkLoadSettings::BulkLoadSettings(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = sql::dialectOf(m_db) == Dialect::Sqlite;
    if (!m_active) {
        // PostgreSQL: the foreign-key checks are triggers, one query per reference of every row.
        // Refused unless the login may set it; then the load simply keeps them.
        m_replica = QSqlQuery(m_db).exec(QStringLiteral("SET session_replication_role = replica"));
        return;
    }
    m_cacheSize = pragma(m_db, QStringLiteral("cache_size"));
    m_foreignKeys = pragma(m_db, QStringLiteral("foreign_keys"));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MiB: the indexes stay in memory
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

BulkLoadSettings::~BulkLoadSettings()
{
    if (m_replica)
        QSqlQuery(m_db).exec(QStringLiteral("RESET session_replication_role"));
    if (!m_active)
        return;
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = %1").arg(m_foreignKeys));
}

DeferredIndexes::DeferredIndexes(QSqlDatabase db) : m_db(std::move(db))
{
    // On PostgreSQL the owner's indexes stay: dropping them would need the owner's rights anyway.
    if (sql::dialectOf(m_db) != Dialect::Sqlite)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                               "AND tbl_name IN ('trainees', 'registrations', 'decisions', 'evidence')")))
        throw DbError(QCoreApplication::translate("gme::Demo", "Cannot read the index definitions: %1")
                          .arg(q.lastError().text()));
    while (q.next())
        m_indexes.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[name, sql] : std::as_const(m_indexes))
        run(QStringLiteral("DROP INDEX \"%1\"").arg(name));
}

void DeferredIndexes::rebuild()
{
    for (const auto &[name, sql] : std::as_const(m_indexes))
        run(sql);
}

void DeferredIndexes::run(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        throw DbError(QCoreApplication::translate("gme::Demo", "Cannot change an index: %1 (%2)")
                          .arg(q.lastError().text(), sql));
}

void setBatchSizesWritable(QSqlDatabase db, bool writable)
{
    if (sql::dialectOf(db) != Dialect::Postgres)
        return;
    QSqlQuery q(db);
    const QString sql = writable ? QStringLiteral("ALTER TABLE batch_actions DISABLE TRIGGER batch_actions_append_only")
                                 : QStringLiteral("ALTER TABLE batch_actions ENABLE TRIGGER batch_actions_append_only");
    if (!q.exec(sql))
        throw DbError(QCoreApplication::translate("gme::Demo", "Cannot change a trigger: %1 (%2)")
                          .arg(q.lastError().text(), sql));
}

void advanceIdentitySequences(QSqlDatabase db)
{
    if (sql::dialectOf(db) != Dialect::Postgres)
        return;
    // One server-side loop over every identity column, so no table name is spliced in by the client.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "DO $$ DECLARE t text; BEGIN "
            "FOR t IN SELECT table_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND column_name = 'id' AND is_identity = 'YES' LOOP "
            "EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), m) "
            "FROM (SELECT max(id) AS m FROM %I) s WHERE m IS NOT NULL', t, t); "
            "END LOOP; END $$")))
        throw DbError(QCoreApplication::translate("gme::Demo", "Cannot advance the id sequences: %1")
                          .arg(q.lastError().text()));
}

} // namespace gme::demo
