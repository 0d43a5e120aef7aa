#pragma once

#include "DbError.h"

#include <QSqlDatabase>
#include <QString>

namespace gme {

enum class Dialect { Sqlite, Postgres };

// One database the app works on. Qt SQL connections belong to the thread that opened them, so
// connection() hands each thread its own, opened on first use.
class Database
{
public:
    // location: an SQLite file path (created if missing), or a central server as
    // postgresql://[USER@]HOST[:PORT]/DB[?sslmode=…&sslrootcert=…] (no USER: set it with
    // setServerUser() before connecting). A password in the URL is refused:
    // it would end up in shell history and settings; pass it with setPassword().
    explicit Database(QString location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static bool isServerUrl(const QString &location);

    QString location() const { return m_location; }
    Dialect dialect() const { return m_dialect; }
    // The login a central connection signs in as; empty for SQLite.
    QString serverUser() const { return m_user; }
    // Where the central server listens (empty and 0 for SQLite).
    QString serverHost() const { return m_host; }
    int serverPort() const { return m_dialect == Dialect::Postgres ? m_port : 0; }
    void setPassword(const QString &password) { m_password = password; }
    // Central mode: sign in as another login (the sign-in dialog's user name). Connections opened
    // afterwards use it; close the old ones first.
    void setServerUser(const QString &user);

    // Opens this thread's connection; throws DbError when it cannot be opened. A central
    // connection that broke (server restarted, network dropped) is opened afresh.
    QSqlDatabase connection() const;
    // Closes and forgets this thread's connection (call on the thread that used it before it ends).
    void closeThisThreadsConnection() const;
    // True when this thread's connection answered a trivial query; reopens a dropped one first.
    bool reconnect() const;
    // Central mode: true when this thread has no working connection to the server, i.e. it broke
    // or could not be opened. Asks the driver's connection state; sends nothing. Always false
    // for SQLite.
    bool connectionLost() const;

    // Runs `read` (which takes this thread's connection) and, when it failed because the
    // connection to the server was lost, runs it once more on a reopened connection. If the
    // server still cannot be reached, throws DbError with connectionLost() true; other failures
    // are rethrown as they are. Only for work that may safely run twice: reads, and writes whose
    // repetition changes nothing (never a batch apply: ask batchCommitted() instead).
    template <typename Read>
    auto retryIfConnectionLost(Read &&read) const -> decltype(read())
    {
        if (m_dialect != Dialect::Postgres)
            return read();
        try {
            return read();
        } catch (const DbError &) {
            if (!connectionLost())
                throw;
        }
        try {
            return read();
        } catch (const DbError &e) {
            if (!connectionLost())
                throw;
            throwConnectionLost(e);
        }
    }

    // Applies every migration in sql/<dialect>/ newer than schema_version, each in a transaction.
    // Returns the schema version reached; throws DbError naming the failing file.
    int migrate();
    int schemaVersion() const;

    // The default embedded database: <user data folder>/gmedesk.sqlite
    static QString defaultSqlitePath();

private:
    [[noreturn]] void throwConnectionLost(const DbError &cause) const;
    QString connectionName() const;
    void configure(QSqlDatabase &db) const;
    void prepareSession(QSqlDatabase &db) const;

    QString m_location;
    Dialect m_dialect = Dialect::Sqlite;
    QString m_id;
    // Central mode only.
    QString m_host, m_databaseName, m_user, m_password, m_options;
    int m_port = 5432;
};

// Begins a transaction and rolls it back on scope exit unless commit() was called.
class Transaction
{
public:
    // Immediate takes SQLite's write lock at once, so a read-check-write sequence cannot be
    // overtaken by another writer between its reads and its writes (it waits instead). PostgreSQL
    // callers lock the rows they will change instead (SELECT … FOR UPDATE).
    enum class Mode { Deferred, Immediate };
    explicit Transaction(QSqlDatabase db, Mode mode = Mode::Deferred);
    ~Transaction();
    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace gme
