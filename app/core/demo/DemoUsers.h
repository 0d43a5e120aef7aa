#pragma once

#include <QSqlDatabase>
#include <QString>

namespace gme::demo {

struct DemoOrgs;

// Inserts the demo sign-ins (province, guangzhou, school, base1, gpbase1, admin, city-<code>,
// base-<code>), all with the same password hash, and records in `orgs` who reviews what.
// Returns how many users were created. Throws DbError.
int insertDemoUsers(const QSqlDatabase &db, DemoOrgs &orgs, const QString &passwordHash);

// The department heads base1-neike (内科) and base1-waike (外科) of base1, after the demo teachers
// made the departments. Returns how many. Throws DbError.
int insertDemoDepartmentHeads(const QSqlDatabase &db, const DemoOrgs &orgs, const QString &passwordHash);

} // namespace gme::demo
