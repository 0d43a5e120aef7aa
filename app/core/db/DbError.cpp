#include "DbError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gme {

DbError::DbError(const QString &message, Kind kind)
    : std::runtime_error(message.toStdString()), m_message(message), m_kind(kind)
{
}

void execOrThrow(QSqlQuery &query, const char *what)
{
    if (!query.exec())
        throw DbError(QStringLiteral("%1: %2").arg(QString::fromUtf8(what), query.lastError().text()));
}

void prepareOrThrow(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        throw DbError(QStringLiteral("prepare failed: %1 [%2]").arg(query.lastError().text(), sql.simplified()));
}

qint64 returnedId(QSqlQuery &query)
{
    if (!query.next())
        throw DbError(QStringLiteral("no id returned: %1").arg(query.lastQuery().simplified()));
    const qint64 id = query.value(0).toLongLong();
    query.finish(); // lets a prepared query be executed again at once
    return id;
}

} // namespace gme
