#pragma once

#include "domain/Types.h"

#include <QString>

namespace gme {

// The signed-in reviewer. Scope follows from role and org: a base sees its own base, a municipal
// user the bases whose parent is its city or school authority, the province everything; a
// department head only its department's teacher assignments.
struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Base;
    qint64 orgId = 0;
    QString orgName;
    qint64 departmentId = 0; // department heads only: their department at the base orgId
    QString departmentName = {}; // (initialised: older positional User{...} stay warning-free)
};

} // namespace gme
