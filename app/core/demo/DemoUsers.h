#pragma once

#include <QSqlDatabase>
#include <QString>

namespace gme::demo {

struct DemoOrgs;

// Inserts the demo sign-ins (province, guangzhou, school, base1, gpbase1, admin, city-<code>,
// base-<code>), all with the same password hash, and records in `orgs` who reviews what.
// Returns how many users were created. Throws DbError.
int insertDemoUsers(const QSqlDatabase &db, DemoOrgs &orgs, const QString &passwordHash);

} // namespace gme::demo
