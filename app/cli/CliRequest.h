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

// Options that belong to other verbs are mistakes, not silently ignored; throws UsageError.
void rejectForeignOptions(const CliRequest &request, const QString &verb, bool allowDemo, bool allowJson);

} // namespace gme::cli
