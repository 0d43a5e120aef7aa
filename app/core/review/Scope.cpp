#include "Scope.h"

namespace gme {

ScopeSql scopeSql(const User &user, const QString &baseColumn)
{
    switch (user.role) {
    case Role::Base:
        return {baseColumn + QStringLiteral(" = ?"), {user.orgId}};
    case Role::Municipal:
        // A city or school authority sees the bases directly under it.
        return {baseColumn + QStringLiteral(" IN (SELECT id FROM orgs WHERE parent_id = ?)"), {user.orgId}};
    case Role::Department:
        return {QStringLiteral("1 = 0"), {}}; // department heads review no registrations
    case Role::Provincial:
    case Role::Sysadmin:
        break;
    }
    return {QStringLiteral("1 = 1"), {}};
}

ScopeSql decidedByOrganisationSql(const User &user, const QString &userAlias)
{
    switch (user.role) {
    case Role::Base:
    case Role::Municipal:
        return {userAlias + QStringLiteral(".org_id = ?"), {user.orgId}};
    case Role::Provincial:
        return {userAlias + QStringLiteral(".role = ?"), {roleCode(Role::Provincial)}};
    case Role::Sysadmin:
        return {QStringLiteral("1 = 1"), {}};
    case Role::Department:
        break; // department heads decide nothing in the review flows
    }
    return {QStringLiteral("1 = 0"), {}};
}

QString placeholders(int n)
{
    QString s;
    s.reserve(n * 2);
    for (int i = 0; i < n; ++i) {
        if (i)
            s.append(QLatin1Char(','));
        s.append(QLatin1Char('?'));
    }
    return s;
}

} // namespace gme
