#pragma once

#include "Database.h"

#include <QSqlDatabase>
#include <QString>

// The few SQL spellings that differ between SQLite and PostgreSQL. Everything else the services
// write is common SQL; add a function here rather than branching on the driver in a service.
namespace gme::sql {

Dialect dialectOf(const QSqlDatabase &db);

// A date held as 'yyyy-MM-dd…' text, as a comparable date.
QString asDate(Dialect dialect, const QString &textExpression);
// That date plus a number of months (an SQL integer expression), comparable with asDate().
QString plusMonths(Dialect dialect, const QString &textExpression, const QString &monthsExpression);

} // namespace gme::sql
