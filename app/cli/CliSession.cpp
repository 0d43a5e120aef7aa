#include "CliSession.h"

#include "CliRequest.h"
#include "db/DbError.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace gme::cli {

std::unique_ptr<Database> openExistingDatabase(const QString &path)
{
    // Opening a missing file would create an empty database; say what to do instead.
    if (!QFileInfo::exists(path))
        throw DbError(cliTr("There is no database at %1; run 'gmedesk-cli --db %1 migrate' first.").arg(path));
    auto db = std::make_unique<Database>(path);
    if (db->schemaVersion() == 0)
        throw DbError(cliTr("%1 is not a gmedesk database yet; run 'gmedesk-cli --db %1 migrate' first.").arg(path));
    db->migrate();
    return db;
}

User actingUser(Database &db, const QString &username)
{
    QSqlQuery q(db.connection());
    prepareOrThrow(q, QStringLiteral("SELECT u.id, u.display_name, u.role, COALESCE(u.org_id, 0), COALESCE(o.name, ''), "
                                     "u.disabled FROM users u LEFT JOIN orgs o ON o.id = u.org_id WHERE u.username = ?"));
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
    return u;
}

} // namespace gme::cli
