#include "CliSession.h"

#include "CliRequest.h"
#include "PasswordPrompt.h"
#include "auth/ServerSignIn.h"
#include "db/DbError.h"
#include "import/RosterImport.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

namespace gme::cli {

std::unique_ptr<Database> openDatabase(const QString &location, QTextStream &err)
{
    auto db = std::make_unique<Database>(location);
    if (db->dialect() != Dialect::Postgres)
        return db;
    if (db->serverUser().isEmpty())
        throw UsageError{cliTr("Name the login in the server address: postgresql://USER@HOST:PORT/DATABASE")};
    QString password = qEnvironmentVariable("PGPASSWORD");
    if (password.isEmpty())
        password = promptPassword(cliTr("Password for %1: ").arg(db->location()), err);
    if (password.isNull())
        throw DbError(cliTr("No password for %1: set PGPASSWORD or run from a terminal.").arg(db->location()));
    db->setPassword(password);
    db->connection(); // a wrong password is reported here, before any work starts
    return db;
}

std::unique_ptr<Database> openExistingDatabase(const QString &location, QTextStream &err)
{
    // Opening a missing file would create an empty database; say what to do instead.
    if (!Database::isServerUrl(location) && !QFileInfo::exists(location))
        throw DbError(cliTr("There is no database at %1; run 'gmedesk-cli --db %1 migrate' first.").arg(location));
    auto db = openDatabase(location, err);
    const int version = db->schemaVersion();
    if (version == 0)
        throw DbError(cliTr("%1 is not a gmedesk database yet; run 'gmedesk-cli --db %1 migrate' first.").arg(location));
    if (db->dialect() != Dialect::Postgres) {
        db->migrate();
        return db;
    }
    // On a central server only the owner changes the schema; a user's login may not (and must
    // not try). An older schema is refused with what to do, as at sign-in in the app.
    const int needed = bundledSchemaVersion(*db);
    if (version < needed)
        throw DbError(cliTr("The server's database is at schema version %1; this program needs %2. Ask the system "
                            "administrator to run: gmedesk-cli --db postgresql://OWNER@HOST:PORT/DATABASE migrate")
                          .arg(version)
                          .arg(needed));
    return db;
}

User actingUser(Database &db, const QString &username)
{
    if (db.dialect() == Dialect::Postgres && username != db.serverUser())
        throw DbError(cliTr("On a central server you act as the login you connected with (%1), not '%2'.")
                          .arg(db.serverUser(), username));
    QSqlQuery q(db.connection());
    prepareOrThrow(q, QStringLiteral("SELECT u.id, u.display_name, u.role, COALESCE(u.org_id, 0), COALESCE(o.name, ''), "
                                     "u.disabled, COALESCE(u.department_id, 0), COALESCE(dp.name, '') FROM users u "
                                     "LEFT JOIN orgs o ON o.id = u.org_id LEFT JOIN departments dp ON dp.id = u.department_id "
                                     "WHERE u.username = ?"));
    q.addBindValue(username);
    execOrThrow(q, "find user");
    if (!q.next())
        throw DbError(cliTr("There is no user '%1'; 'gmedesk-cli users list' shows them.").arg(username));
    if (q.value(5).toInt() != 0)
        throw DbError(cliTr("The user '%1' is disabled.").arg(username));
    User u;
    u.id = q.value(0).toLongLong();
    u.username = username;
    u.displayName = q.value(1).toString();
    u.role = roleFromCode(q.value(2).toString()).value_or(Role::Base);
    u.orgId = q.value(3).toLongLong();
    u.orgName = q.value(4).toString();
    u.departmentId = q.value(6).toLongLong();
    u.departmentName = q.value(7).toString();
    return u;
}

std::optional<SheetToImport> readSheetToImport(const QString &path, QTextStream &err)
{
    return readSheetWith<ColumnMapping>(path, err, [](const SheetTable &table) { return detectRosterHeader(table); },
                                        cliTr("%1: no header row with a name or ID number column was found."));
}

} // namespace gme::cli
