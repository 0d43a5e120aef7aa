#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <deque>

namespace gme::demo {

// The demo's rows for several tables. On PostgreSQL they are collected and written a few hundred
// per INSERT statement: over a connection each statement is a round trip, and one per row made a
// 100,000-trainee province take minutes. On SQLite (a local file, no round trip to save) each row
// is written at once through its prepared statement, as before.
//
// Rows reach the database table by table in the order the tables were declared, so declare the
// tables a row refers to first (foreign keys are checked at the end of each statement). Call
// flush() before reading back anything written through it.
class BulkRows
{
public:
    explicit BulkRows(const QSqlDatabase &db);

    // `head` is "INSERT INTO name (column, ...)" naming `columns` columns. Returns the table's handle.
    int declare(const QString &head, int columns);
    // Throws DbError.
    void add(int table, const QVariantList &values);
    // Writes everything collected. Throws DbError.
    void flush();
    // True when rows are collected (PostgreSQL), false when written at once (SQLite).
    bool collects() const { return m_collect; }
    QSqlDatabase database() const { return m_db; }

private:
    struct Table
    {
        QString head;
        int columns = 0;
        QSqlQuery single; // one row per statement (SQLite)
        QSqlQuery full;   // rowsPerStatement rows per statement (PostgreSQL), prepared on first use
        bool fullPrepared = false;
        QVariantList pending;
        int pendingRows = 0;
    };

    void write(Table &table);
    QString statement(const Table &table, int rows) const;

    QSqlDatabase m_db;
    bool m_collect = false;
    int m_rowsPerStatement = 1;
    std::deque<Table> m_tables; // stable addresses: each holds prepared queries
};

} // namespace gme::demo
