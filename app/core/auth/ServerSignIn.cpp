#include "ServerSignIn.h"

#include "db/Database.h"
#include "db/DbError.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QVariant>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::SignIn)
};

SignInResult failed(SignInResult::Outcome outcome, const QString &detail = {})
{
    SignInResult r;
    r.outcome = outcome;
    r.detail = detail;
    return r;
}
} // namespace

int bundledSchemaVersion(const Database &database)
{
    const QString folder = database.dialect() == Dialect::Postgres ? QStringLiteral(":/sql/postgres")
                                                                   : QStringLiteral(":/sql/sqlite");
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files.isEmpty() ? 0 : files.constLast().left(3).toInt();
}

SignInResult signInToServer(Database &database, const QString &username, const QString &password)
{
    database.closeThisThreadsConnection();
    database.setServerUser(username);
    database.setPassword(password);
    QSqlDatabase db;
    try {
        db = database.connection();
    } catch (const DbError &e) {
        // libpq words it "password authentication failed" for a wrong password and an unknown
        // user alike, and "not permitted to log in" for a disabled one.
        const QString text = e.message();
        if (text.contains(QLatin1String("not permitted to log in")))
            return failed(SignInResult::Outcome::Disabled);
        if (text.contains(QLatin1String("password authentication failed")))
            return failed(SignInResult::Outcome::WrongCredentials);
        return failed(SignInResult::Outcome::Unreachable, text);
    }
    // Refusing after the connection opened: drop our handles first, then the connection.
    auto refuse = [&](SignInResult result) {
        db = QSqlDatabase();
        database.closeThisThreadsConnection();
        return result;
    };
    const int serverVersion = database.schemaVersion();
    if (serverVersion < bundledSchemaVersion(database)) {
        return refuse(failed(SignInResult::Outcome::Unreachable,
                             Text::tr("The server's database is at schema version %1; this app needs %2. Ask the "
                                      "system administrator to run: gmedesk-cli --db %3 migrate")
                                 .arg(serverVersion)
                                 .arg(bundledSchemaVersion(database))
                                 .arg(database.location())));
    }
    User u;
    std::optional<Role> role;
    bool disabled = false;
    {
        QSqlQuery q(db);
        prepareOrThrow(q, QStringLiteral("SELECT u.id, u.display_name, u.role, COALESCE(u.org_id, 0), COALESCE(o.name, ''), "
                                         "u.disabled, COALESCE(u.department_id, 0), COALESCE(dp.name, '') FROM users u "
                                         "LEFT JOIN orgs o ON o.id = u.org_id LEFT JOIN departments dp ON dp.id = u.department_id "
                                         "WHERE u.username = session_user"));
        execOrThrow(q, "read signed-in user");
        if (q.next()) {
            role = roleFromCode(q.value(2).toString());
            disabled = q.value(5).toInt() != 0;
            u.id = q.value(0).toLongLong();
            u.username = username;
            u.displayName = q.value(1).toString();
            u.orgId = q.value(3).toLongLong();
            u.orgName = q.value(4).toString();
            u.departmentId = q.value(6).toLongLong();
            u.departmentName = q.value(7).toString();
        }
    }
    if (!u.id)
        return refuse(failed(SignInResult::Outcome::Unreachable,
                             Text::tr("The login %1 is not a gmedesk user on this server.").arg(username)));
    if (disabled || !role)
        return refuse(failed(SignInResult::Outcome::Disabled));
    u.role = *role;
    SignInResult ok;
    ok.outcome = SignInResult::Outcome::SignedIn;
    ok.user = u;
    return ok;
}

} // namespace gme
