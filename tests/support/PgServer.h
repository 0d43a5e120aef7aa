#pragma once

// A private PostgreSQL 15 server for tests: initdb in a temporary folder, a free loopback port,
// owner "gme_owner" (superuser) with a random password, SCRAM for every TCP login, no Unix socket.
// PostgreSQL refuses to run as root, so under root (CI) the server runs as "nobody".
//
//   PgServer pg;                      // initdb, start, CREATE DATABASE gmedesk
//   QVERIFY2(pg.error().isEmpty(), qPrintable(pg.error()));
//   Database db(pg.url("gme_owner")); db.setPassword(pg.ownerPassword());
//
// stop() shuts down cleanly, kill() sends SIGKILL to the server and its backends (a crash),
// start() brings it back on the same data and port. The destructor stops it and deletes the folder.

#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

namespace gme::test {

class PgServer
{
public:
    static constexpr const char *Owner = "gme_owner";
    static constexpr const char *DefaultDatabase = "gmedesk";

    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Empty when the server runs; otherwise what went wrong (initdb or start output).
    QString error() const { return m_error; }

    // postgresql://USER@127.0.0.1:PORT/DB (never with a password).
    QString url(const QString &user = QString::fromLatin1(Owner),
                const QString &database = QString::fromLatin1(DefaultDatabase)) const;
    QString ownerPassword() const { return m_ownerPassword; }
    quint16 port() const { return m_port; }

    // Throws std::runtime_error on failure. Names: lower-case letters, digits and _.
    void createDatabase(const QString &name);

    // A raw QPSQL connection under its own connection name (removed by closeConnection or the
    // destructor). Throws std::runtime_error with the server's message when the login fails.
    QSqlDatabase connect(const QString &connectionName, const QString &user, const QString &password,
                         const QString &database = QString::fromLatin1(DefaultDatabase));
    // The same, but returns the error text instead of throwing (empty: logged in; closed again).
    QString tryLogin(const QString &user, const QString &password,
                     const QString &database = QString::fromLatin1(DefaultDatabase));

    bool start();     // (re)starts on the same data folder and port; false and error() on failure
    void stop();      // fast shutdown: open sessions are ended, committed data is kept
    void kill();      // SIGKILL to the server and every backend, as in a crash
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    // Everything the server wrote to its log so far (statements, with log_statement = 'all').
    QString serverLog() const;

private:
    bool initdb();
    bool waitUntilAccepting();
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString logText() const;
    void runAsServerUser(QProcess &p) const;

    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_ownerPassword;
    QString m_error;
    QStringList m_connections;
    quint16 m_port = 0;
};

} // namespace gme::test
