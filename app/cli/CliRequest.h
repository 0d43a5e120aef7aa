#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace gme::cli {

// What the command line asked for, after parsing; verbs validate the parts they use.
struct CliRequest
{
    QString dbPath;
    QStringList words; // the verb and its sub-verbs, e.g. {"users", "list"}
    std::optional<QString> trainees;
    std::optional<QString> seed;
    bool json = false;
    std::optional<QString> as;      // import/export: act as this user (their scope applies)
    std::optional<QString> batch;   // exam batch id
    std::optional<QString> output;  // export: -o file
    std::optional<QString> report;  // import: problem report file
    bool validOnly = false;         // import: write the valid rows even if others have problems
    std::optional<QString> role;        // users add: base, municipal, provincial or sysadmin
    std::optional<QString> scope;       // users add: the organisation code the user works for
    std::optional<QString> displayName; // users add
    std::optional<QString> department;  // users add --role department: the department at the --scope base
    bool passwordStdin = false;         // users add/reset-password: read the new password from stdin
};

// A mistake on the command line: reported with the usage hint and exit status 2.
struct UsageError
{
    QString message;
};

struct CliIo
{
    QTextStream &out;
    QTextStream &err;
};

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitUsage = 2;

// The verbs. Each returns the exit status; usage mistakes are thrown as UsageError, database
// failures as DbError.
int runMigrate(const CliRequest &request, CliIo io);
int runDemo(const CliRequest &request, CliIo io);
int runUsers(const CliRequest &request, CliIo io);

QString cliTr(const char *text);

// Which options a verb takes; the rest are mistakes, not silently ignored.
enum CliOption {
    AllowDemo = 1,
    AllowJson = 2,
    AllowAs = 4,
    AllowBatch = 8,
    AllowImport = 16,
    AllowOutput = 32,
    AllowUserFields = 64,
    AllowPasswordStdin = 128,
};
// Throws UsageError naming the first option that does not belong to the verb.
void rejectForeignOptions(const CliRequest &request, const QString &verb, int allowed);

int runImportRoster(const CliRequest &request, CliIo io);
int runExport(const CliRequest &request, CliIo io);
int runImportTrainingYears(const CliRequest &request, CliIo io);
int runImportAcceptance(const CliRequest &request, CliIo io);
int runImportTeachers(const CliRequest &request, CliIo io);

} // namespace gme::cli
