#pragma once

#include "domain/Types.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace gme {

// One user as the administrator sees them.
struct UserListing
{
    QString username;
    QString displayName;
    QString role; // code: base, municipal, provincial, sysadmin, department
    QString org;
    QString orgCode;
    bool disabled = false;
    QString department = {}; // department heads: their department at the base `org`
};

// Creating, disabling and resetting users, for the system administrator (and the CLI).
// Embedded: rows in users with Argon2id hashes. Central: each user is a PostgreSQL login role
// made by the server's own functions (gme_add_user …), which only a sysadmin may call; the
// password leaves this process only as a SCRAM-SHA-256 verifier (ScramVerifier.h), so the
// server's statement log never holds it; the server logs the change.
// Rule failures (bad name, unknown organisation, duplicate) come back as a translated message;
// an empty message means done. A failing database throws DbError.
class UserAdmin
{
public:
    explicit UserAdmin(QSqlDatabase db);

    // A department head (Role::Department) names its department at the base orgCode; others none.
    QString addUser(const QString &username, const QString &displayName, Role role, const QString &orgCode,
                    const QString &password, const QString &department = {});
    QString setDisabled(const QString &username, bool disabled);
    QString resetPassword(const QString &username, const QString &password);
    // Every user this login may see (on a central server: as its row-level security allows).
    QList<UserListing> list() const;

    // Names: a lower-case letter, then letters, digits, '-' or '_' (they are also server logins).
    static bool isValidUsername(const QString &username);
    static constexpr int kMinPasswordLength = 8;

private:
    QString callServer(const QString &sql, const QVariantList &values);
    QString validate(const QString &username, const QString &password) const;

    QSqlDatabase m_db;
    bool m_central = false;
};

} // namespace gme
