#include "CliRequest.h"
#include "CliSession.h"
#include "PasswordPrompt.h"
#include "auth/UserAdmin.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QVariant>

namespace gme::cli {
namespace {

using UserLine = UserListing;

void printJson(const QList<UserLine> &users, QTextStream &out)
{
    QJsonArray array;
    for (const UserLine &u : users)
        array.append(QJsonObject{{QStringLiteral("username"), u.username},
                                 {QStringLiteral("displayName"), u.displayName},
                                 {QStringLiteral("role"), u.role},
                                 {QStringLiteral("org"), u.org},
                                 {QStringLiteral("orgCode"), u.orgCode},
                                 {QStringLiteral("department"), u.department},
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
        out << u.username.leftJustified(width) << "  " << u.role.leftJustified(10) << "  " << u.org;
        if (!u.department.isEmpty())
            out << " " << u.department;
        out << " / " << u.displayName;
        if (u.disabled)
            out << "  " << cliTr("(disabled)");
        out << "\n";
    }
}

// The new password: from standard input with --password-stdin, else asked twice on the terminal.
QString newPassword(const CliRequest &request, const QString &username, QTextStream &err)
{
    if (request.passwordStdin)
        return readPasswordLine();
    const QString first = promptPassword(cliTr("New password for %1: ").arg(username), err);
    if (first.isNull())
        throw UsageError{cliTr("No terminal to ask for the password; use --password-stdin.")};
    if (promptPassword(cliTr("Again: "), err) != first)
        throw UsageError{cliTr("The two passwords differ.")};
    return first;
}

int report(const QString &problem, const QString &done, CliIo io)
{
    if (!problem.isEmpty()) {
        io.err << cliTr("Error: %1").arg(problem) << "\n";
        return kExitFailed;
    }
    io.out << done << "\n";
    return kExitOk;
}

int addUser(const CliRequest &request, Database &db, CliIo io)
{
    rejectForeignOptions(request, QStringLiteral("users add"), AllowUserFields | AllowPasswordStdin);
    const QString name = request.words.at(2);
    const std::optional<Role> role = request.role ? roleFromCode(*request.role) : std::nullopt;
    if (!role)
        throw UsageError{cliTr("'users add' needs --role base, municipal, provincial, sysadmin or department.")};
    if ((*role == Role::Department) != request.department.has_value())
        throw UsageError{cliTr("--department NAME goes with --role department (and --scope BASECODE), and only there.")};
    if (!request.scope && *role != Role::Sysadmin)
        throw UsageError{cliTr("'users add' needs --scope CODE: the organisation the user works for.")};
    const QString password = newPassword(request, name, io.err);
    const QString problem = UserAdmin(db.connection())
                                .addUser(name, request.displayName.value_or(name), *role,
                                         request.scope.value_or(QString()), password, request.department.value_or(QString()));
    return report(problem, cliTr("Added the user %1.").arg(name), io);
}

} // namespace

int runUsers(const CliRequest &request, CliIo io)
{
    const QString sub = request.words.value(1);
    if (sub == QLatin1String("list") && request.words.size() == 2) {
        rejectForeignOptions(request, QStringLiteral("users list"), AllowJson);
        const auto db = openExistingDatabase(request.dbPath, io.err);
        const QList<UserLine> users = UserAdmin(db->connection()).list();
        if (request.json)
            printJson(users, io.out);
        else
            printTable(users, io.out);
        return kExitOk;
    }
    const QStringList named{QStringLiteral("add"), QStringLiteral("disable"), QStringLiteral("enable"),
                            QStringLiteral("reset-password")};
    if (!named.contains(sub) || request.words.size() != 3)
        throw UsageError{cliTr("'users' needs 'list', or one of 'add', 'disable', 'enable', 'reset-password' "
                               "with one user name.")};
    const auto db = openExistingDatabase(request.dbPath, io.err);
    const QString name = request.words.at(2);
    if (sub == QLatin1String("add"))
        return addUser(request, *db, io);
    if (sub == QLatin1String("reset-password")) {
        rejectForeignOptions(request, QStringLiteral("users reset-password"), AllowPasswordStdin);
        const QString password = newPassword(request, name, io.err);
        return report(UserAdmin(db->connection()).resetPassword(name, password),
                      cliTr("Set a new password for %1.").arg(name), io);
    }
    rejectForeignOptions(request, QStringLiteral("users ") + sub, 0);
    const bool disable = sub == QLatin1String("disable");
    return report(UserAdmin(db->connection()).setDisabled(name, disable),
                  disable ? cliTr("Disabled %1.").arg(name) : cliTr("Enabled %1.").arg(name), io);
}

} // namespace gme::cli
