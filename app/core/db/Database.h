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
    void setPassword(const QString &password) { m_password = password; }
    // Central mode: sign in as another login (the sign-in dialog's user name). Connections opened
    // afterwards use it; close the old ones first.
    void setServerUser(const QString &user);

    // Opens this thread's connection; throws DbError when it cannot be opened.
    QSqlDatabase connection() const;
    // Closes and forgets this thread's connection (call on the thread that used it before it ends).
    void closeThisThreadsConnection() const;
    // True when this thread's connection answered a trivial query; reopens a dropped one first.
    bool reconnect() const;

    // Applies every migration in sql/<dialect>/ newer than schema_version, each in a transaction.
    // Returns the schema version reached; throws DbError naming the failing file.
    int migrate();
    int schemaVersion() const;

    // The default embedded database: <user data folder>/gmedesk.sqlite
    static QString defaultSqlitePath();

private:
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
