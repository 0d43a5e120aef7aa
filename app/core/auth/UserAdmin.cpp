#include "UserAdmin.h"

#include "Authenticator.h"
#include "ScramVerifier.h"
#include "db/DbError.h"
#include "db/SqlDialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::UserAdmin)
};
} // namespace

UserAdmin::UserAdmin(QSqlDatabase db) : m_db(std::move(db)), m_central(sql::dialectOf(m_db) == Dialect::Postgres) {}

bool UserAdmin::isValidUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_-]{0,62}$"));
    return pattern.match(username).hasMatch();
}

QString UserAdmin::validate(const QString &username, const QString &password) const
{
    if (!isValidUsername(username))
        return Text::tr("'%1' is not a valid user name: start with a lower-case letter, then letters, digits, - or _")
            .arg(username);
    if (password.size() < kMinPasswordLength)
        return Text::tr("The password must have at least %1 characters").arg(kMinPasswordLength);
    return {};
}

QString UserAdmin::callServer(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    prepareOrThrow(q, sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return {};
    // The server's functions raise the rule that was broken (permission, duplicate, unknown
    // organisation); pass its words on rather than guessing.
    const QString text = q.lastError().databaseText();
    return text.isEmpty() ? q.lastError().text() : text;
}

QString UserAdmin::addUser(const QString &username, const QString &displayName, Role role, const QString &orgCode,
                           const QString &password, const QString &department)
{
    if (QString problem = validate(username, password); !problem.isEmpty())
        return problem;
    if ((role == Role::Department) != !department.trimmed().isEmpty())
        return Text::tr("A department head needs a department, and only a department head has one");
    if (m_central && role == Role::Department)
        return callServer(QStringLiteral("SELECT gme_add_department_user(?, ?, ?, ?, ?)"),
                          {username, displayName.isEmpty() ? username : displayName, orgCode, department.trimmed(),
                           scram::sha256Verifier(password)});
    if (m_central)
        return callServer(QStringLiteral("SELECT gme_add_user(?, ?, ?, ?, ?)"),
                          {username, displayName, roleCode(role), orgCode, scram::sha256Verifier(password)});

    QSqlQuery org(m_db);
    prepareOrThrow(org, QStringLiteral("SELECT id, kind FROM orgs WHERE code = ?"));
    org.addBindValue(orgCode);
    execOrThrow(org, "find organisation");
    if (!org.next() && role != Role::Sysadmin)
        return Text::tr("There is no organisation with the code '%1'").arg(orgCode);
    const QVariant orgId = org.isValid() ? org.value(0) : QVariant(QMetaType::fromType<qint64>());
    const bool isBase = org.isValid() && org.value(1).toString() == QLatin1String("base");
    org.finish();
    QVariant departmentId(QMetaType::fromType<qint64>());
    if (role == Role::Department) {
        if (!isBase)
            return Text::tr("A department head belongs to a base; '%1' is not one").arg(orgCode);
        QSqlQuery dept(m_db);
        prepareOrThrow(dept, QStringLiteral("SELECT id FROM departments WHERE base_id = ? AND name = ?"));
        dept.addBindValue(orgId);
        dept.addBindValue(department.trimmed());
        execOrThrow(dept, "find department");
        if (!dept.next())
            return Text::tr("The base '%1' has no department '%2'").arg(orgCode, department.trimmed());
        departmentId = dept.value(0);
    }

    QSqlQuery exists(m_db);
    prepareOrThrow(exists, QStringLiteral("SELECT 1 FROM users WHERE username = ?"));
    exists.addBindValue(username);
    execOrThrow(exists, "find user");
    if (exists.next())
        return Text::tr("There is already a user named '%1'").arg(username);
    exists.finish();

    QSqlQuery insert(m_db);
    prepareOrThrow(insert, QStringLiteral("INSERT INTO users (username, display_name, role, org_id, password_hash, "
                                          "department_id) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(username);
    insert.addBindValue(displayName.isEmpty() ? username : displayName);
    insert.addBindValue(roleCode(role));
    insert.addBindValue(orgId);
    insert.addBindValue(Authenticator::hashPassword(password));
    insert.addBindValue(departmentId);
    execOrThrow(insert, "add user");
    return {};
}

QString UserAdmin::setDisabled(const QString &username, bool disabled)
{
    if (m_central)
        return callServer(disabled ? QStringLiteral("SELECT gme_disable_user(?)") : QStringLiteral("SELECT gme_enable_user(?)"),
                          {username});
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("UPDATE users SET disabled = ?, failed_attempts = 0 WHERE username = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(username);
    execOrThrow(q, "disable user");
    return q.numRowsAffected() == 1 ? QString() : Text::tr("There is no user named '%1'").arg(username);
}

QString UserAdmin::resetPassword(const QString &username, const QString &password)
{
    if (QString problem = validate(username, password); !problem.isEmpty())
        return problem;
    if (m_central)
        return callServer(QStringLiteral("SELECT gme_reset_password(?, ?)"), {username, scram::sha256Verifier(password)});
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0 WHERE username = ?"));
    q.addBindValue(Authenticator::hashPassword(password));
    q.addBindValue(username);
    execOrThrow(q, "reset password");
    return q.numRowsAffected() == 1 ? QString() : Text::tr("There is no user named '%1'").arg(username);
}

QList<UserListing> UserAdmin::list() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT u.username, u.display_name, u.role, COALESCE(o.name, ''), "
                                     "COALESCE(o.code, ''), u.disabled, COALESCE(dp.name, '') "
                                     "FROM users u LEFT JOIN orgs o ON o.id = u.org_id "
                                     "LEFT JOIN departments dp ON dp.id = u.department_id ORDER BY u.id"));
    execOrThrow(q, "list users");
    QList<UserListing> users;
    while (q.next())
        users.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toInt() != 0, q.value(6).toString()});
    return users;
}

} // namespace gme
