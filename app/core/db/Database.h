#pragma once

#include <QSqlDatabase>
#include <QString>

namespace gme {

enum class Dialect { Sqlite, Postgres };

// One database the app works on. Qt SQL connections belong to the thread that opened them, so
// connection() hands each thread its own, opened on first use.
class Database
{
public:
    // location: an SQLite file path (created if missing).
    explicit Database(QString location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString location() const { return m_location; }
    Dialect dialect() const { return m_dialect; }

    // Opens this thread's connection; throws DbError when the file cannot be opened.
    QSqlDatabase connection() const;

    // Applies every migration in sql/<dialect>/ newer than schema_version, each in a transaction.
    // Returns the schema version reached; throws DbError naming the failing file.
    int migrate();
    int schemaVersion() const;

    // The default embedded database: <user data folder>/gmedesk.sqlite
    static QString defaultSqlitePath();

private:
    QString connectionName() const;

    QString m_location;
    Dialect m_dialect = Dialect::Sqlite;
    QString m_id;
};

// Begins a transaction and rolls it back on scope exit unless commit() was called.
class Transaction
{
public:
    // Immediate takes SQLite's write lock at once, so a read-check-write sequence cannot be
    // overtaken by another writer between its reads and its writes (it waits instead).
    enum class Mode { Deferred, Immediate };
    explicit Transaction(QSqlDatabase db, Mode mode = Mode::Deferred);
    ~Transaction();
    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace gme
