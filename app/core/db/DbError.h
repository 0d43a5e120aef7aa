#pragma once

#include <QString>

#include <stdexcept>

class QSqlQuery;

namespace gme {

// Thrown for failures of the database itself (disk full, locked, broken schema). Outcomes of rules
// (a row in the wrong state, a closed window) are results, never exceptions.
class DbError : public std::runtime_error
{
public:
    explicit DbError(const QString &message);
    QString message() const { return m_message; }

private:
    QString m_message;
};

// Runs a prepared query and throws DbError naming `what` if it fails.
void execOrThrow(QSqlQuery &query, const char *what);
void prepareOrThrow(QSqlQuery &query, const QString &sql);
// The id an executed `INSERT … RETURNING id` produced (lastInsertId() is SQLite-only in Qt SQL).
qint64 returnedId(QSqlQuery &query);

} // namespace gme
