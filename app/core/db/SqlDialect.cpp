#include "SqlDialect.h"

namespace gme::sql {

Dialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Dialect::Postgres : Dialect::Sqlite;
}

QString asDate(Dialect dialect, const QString &textExpression)
{
    if (dialect == Dialect::Postgres)
        return QStringLiteral("CAST(substr(%1, 1, 10) AS date)").arg(textExpression);
    return QStringLiteral("date(%1)").arg(textExpression);
}

QString plusMonths(Dialect dialect, const QString &textExpression, const QString &monthsExpression)
{
    if (dialect == Dialect::Postgres)
        return QStringLiteral("CAST(CAST(substr(%1, 1, 10) AS date) + make_interval(months => %2) AS date)")
            .arg(textExpression, monthsExpression);
    return QStringLiteral("date(%1, '+' || (%2) || ' months')").arg(textExpression, monthsExpression);
}

} // namespace gme::sql
