#include "CliRequest.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

namespace gme::cli {
namespace {

struct UserLine
{
    QString username;
    QString displayName;
    QString role;
    QString org;
    QString orgCode;
    bool disabled = false;
};

QList<UserLine> loadUsers(const QString &path)
{
    // Opening a missing file would create an empty database; say what to do instead.
    if (!QFileInfo::exists(path))
        throw DbError(cliTr("There is no database at %1; run 'gmedesk-cli --db %1 migrate' first.").arg(path));
    Database db(path);
    if (db.schemaVersion() == 0)
        throw DbError(cliTr("%1 is not a gmedesk database yet; run 'gmedesk-cli --db %1 migrate' first.").arg(path));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT u.username, u.display_name, u.role, COALESCE(o.name, ''), "
                                     "COALESCE(o.code, ''), u.disabled "
                                     "FROM users u LEFT JOIN orgs o ON o.id = u.org_id ORDER BY u.id"));
    execOrThrow(q, "list users");
    QList<UserLine> users;
    while (q.next())
        users.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toInt() != 0});
    return users;
}

void printJson(const QList<UserLine> &users, QTextStream &out)
{
    QJsonArray array;
    for (const UserLine &u : users)
        array.append(QJsonObject{{QStringLiteral("username"), u.username},
                                 {QStringLiteral("displayName"), u.displayName},
                                 {QStringLiteral("role"), u.role},
                                 {QStringLiteral("org"), u.org},
                                 {QStringLiteral("orgCode"), u.orgCode},
                                 {QStringLiteral("disabled"), u.disabled}});
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void printTable(const QList<UserLine> &users, QTextStream &out)
{
    qsizetype width = 8;
    for (const UserLine &u : users)
        width = std::max(width, u.username.size());
    out << cliTr("user").leftJustified(width) << "  " << cliTr("role").leftJustified(10) << "  "
        << cliTr("organisation") << " / " << cliTr("display name") << "\n";
    for (const UserLine &u : users) {
        out << u.username.leftJustified(width) << "  " << u.role.leftJustified(10) << "  " << u.org << " / "
            << u.displayName;
        if (u.disabled)
            out << "  " << cliTr("(disabled)");
        out << "\n";
    }
}

} // namespace

int runUsers(const CliRequest &request, CliIo io)
{
    if (request.words.size() != 2 || request.words.at(1) != QLatin1String("list"))
        throw UsageError{cliTr("'users' needs the sub-verb 'list'.")};
    rejectForeignOptions(request, QStringLiteral("users list"), AllowJson);
    const QList<UserLine> users = loadUsers(request.dbPath);
    if (request.json)
        printJson(users, io.out);
    else
        printTable(users, io.out);
    return kExitOk;
}

} // namespace gme::cli
