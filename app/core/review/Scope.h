#pragma once

#include "auth/User.h"

#include <QString>
#include <QVariantList>

namespace gme {

// The WHERE fragment that limits registrations to what a user may see, so scope is enforced by
// the SQL itself and out-of-scope rows are never read into memory (their names cannot leak).
struct ScopeSql
{
    QString clause;     // e.g. "r.base_id = ?"; "1 = 1" for the whole province
    QVariantList binds; // positional values for the placeholders in clause, in order
};

// baseColumn names the column holding the registration's base id, e.g. "r.base_id".
ScopeSql scopeSql(const User &user, const QString &baseColumn);

// The WHERE fragment that keeps decisions taken by the user's own organisation: a base's or an
// authority's users; the provincial office shares one history (every provincial user); the
// sysadmin sees all. userAlias names the deciding user's users row, e.g. "u".
ScopeSql decidedByOrganisationSql(const User &user, const QString &userAlias);

// "?,?,?" with n placeholders, for IN lists.
QString placeholders(int n);

} // namespace gme
