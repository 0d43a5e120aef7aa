#pragma once

// What the PostgreSQL tests share: a private PgServer, the owner's gme::Database migrated to the
// newest schema, users made with gme_add_user, each user's own session (one per user, opened on
// first use, under a connection name with the test's prefix), the server stopped and started again
// under a running test, plus a statement runner that reports refusals instead of throwing.
//
//   PgFixture pg(QStringLiteral("dept-"), [](const QString &user) { return QStringLiteral("secret-") + user; });
//   QVERIFY2(pg.start(), qPrintable(pg.error()));
//   QCOMPARE(pg.addUser(QStringLiteral("a1"), QStringLiteral("base"), QStringLiteral("A1")), QString());
//   const Outcome o = attempt(pg.as(QStringLiteral("a1")), QStringLiteral("UPDATE ..."));
//
// The rows a test works on come from PgSeed.h.

#include "PgServer.h"

#include "auth/User.h"
#include "db/Database.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <initializer_list>
#include <memory>

namespace gme::test {

struct Outcome
{
    bool ok = false;
    int rows = -1; // rows the statement changed
    QString error;
};

// Runs one prepared statement and reports; most statements in the rule tests are meant to be refused.
Outcome attempt(QSqlDatabase db, const QString &sql, const QVariantList &binds = {});
// In a test: the statement was refused, with `fragment` in the server's message.
#define REFUSED(outcome, fragment)                                                                   \
    do {                                                                                             \
        const ::gme::test::Outcome o_ = (outcome);                                                   \
        QVERIFY2(!o_.ok, "the server accepted it");                                                  \
        QVERIFY2(o_.error.contains(QLatin1String(fragment)), qPrintable(o_.error));                  \
    } while (false)
// The first column of every row, sorted. Throws std::runtime_error when the statement fails.
QList<qint64> ids(QSqlDatabase db, const QString &sql, const QVariantList &binds = {});

class PgFixture
{
public:
    using PasswordOf = std::function<QString(const QString &user)>;
    enum class Schema { Migrated, Empty }; // Empty: for tests that migrate through the app or the CLI
    enum class Stop { Crash, Clean };      // SIGKILL to every server process, or a fast shutdown
    struct NewUser
    {
        const char *login, *role, *orgCode; // display name: the login
    };

    PgFixture(const QString &sessionPrefix, PasswordOf passwordOf);
    // For tests whose every login has one password (the demo's, say).
    static PasswordOf samePassword(const QString &password)
    {
        return [password](const QString &) { return password; };
    }
    ~PgFixture(); // closes the users' sessions, then the owner's, then stops the server
    PgFixture(const PgFixture &) = delete;
    PgFixture &operator=(const PgFixture &) = delete;

    // Starts the server and (by default) migrates it as the owner; false with error() on failure.
    bool start(Schema schema = Schema::Migrated);
    QString error() const { return m_error; }
    int schemaVersion() const { return m_schemaVersion; }

    PgServer &server() { return *m_server; }
    Database &database() { return *m_database; }
    QSqlDatabase owner() const { return m_database->connection(); }
    QString passwordOf(const QString &user) const { return m_passwordOf(user); }

    // A login made by the owner through gme_add_user, with passwordOf(login); role and org by code.
    // Empty when made, otherwise the server's refusal.
    QString addUser(const QString &login, const QString &role, const QString &orgCode, const QString &displayName = {});
    // Each in turn; stops at and returns the first refusal.
    QString addUsers(std::initializer_list<NewUser> users);
    // The login's users row (id, name, role, org). Throws std::runtime_error when there is none.
    User user(const QString &login) const;

    // The user's own session, logged in with passwordOf(user); logged in again if it was closed.
    QSqlDatabase as(const QString &user);
    QString sessionName(const QString &user) const { return m_prefix + user; }
    // A gme::Database over the user's own login and password, as the app holds one after sign-in.
    std::unique_ptr<Database> userDatabase(const QString &user) const;
    // A gme::Database as the sign-in dialog builds it from a server profile: no login yet. `port`
    // (a FaultProxy's, say) replaces the server's own.
    std::unique_ptr<Database> serverProfile(quint16 port = 0) const;

    void stopServer(Stop how);
    // Starts the stopped server on the same data and port; the owner's dead connection is dropped,
    // so owner() opens a fresh one. false with error() on failure.
    bool startServer();
    bool restartServer(Stop how);

private:
    QString m_prefix;
    PasswordOf m_passwordOf;
    std::unique_ptr<PgServer> m_server;
    std::unique_ptr<Database> m_database;
    QStringList m_sessions;
    QString m_error;
    int m_schemaVersion = 0;
};

} // namespace gme::test
