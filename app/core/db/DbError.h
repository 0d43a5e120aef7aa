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
    // ConnectionLost: central mode, the server could not be reached (it restarted, the network
    // dropped) even after reopening the connection once. Nothing is wrong with the data; trying
    // again later can succeed.
    enum class Kind { Failure, ConnectionLost };
    explicit DbError(const QString &message, Kind kind = Kind::Failure);
    QString message() const { return m_message; }
    bool connectionLost() const { return m_kind == Kind::ConnectionLost; }

private:
    QString m_message;
    Kind m_kind;
};

// Runs a prepared query and throws DbError naming `what` if it fails.
void execOrThrow(QSqlQuery &query, const char *what);
void prepareOrThrow(QSqlQuery &query, const QString &sql);
// The id an executed `INSERT … RETURNING id` produced (lastInsertId() is SQLite-only in Qt SQL).
qint64 returnedId(QSqlQuery &query);

} // namespace gme
