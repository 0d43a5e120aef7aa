#pragma once

#include "CliRequest.h"
#include "CliSession.h"
#include "import/RosterImport.h"

#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace gme::cli {

// The steps every import verb (import-roster, import-training-years, import-acceptance,
// import-teachers) shares; each verb keeps only how it plans, writes and counts.

// Checks `verb FILE --as USER` and the options the verb takes; returns FILE. Throws UsageError
// with `needsAs` when --as is missing, and with `noReport`, when given, for a --report the verb
// does not write.
QString checkImportRequest(const CliRequest &request, const QString &verb, int allowed, const QString &needsAs,
                           const QString &noReport = {});

// The database and the user the import acts as.
struct ImportTarget
{
    std::unique_ptr<Database> db;
    User user;
};
ImportTarget openImportTarget(const CliRequest &request, QTextStream &err);

// --valid-only as the importers' mode.
RosterImporter::Mode importMode(const CliRequest &request);

// Why nothing is written, or empty when the plan goes ahead: a sheet without data rows, or one
// whose rows all have problems.
QString nothingToImport(const QString &path, bool noRows, bool nothingWritable);

// Writes the problem report when --report asked for one; a failure is printed, not fatal.
void writeReportIfAsked(const CliRequest &request, const ImportPlan &report, QTextStream &err);

// The --json fields every import prints: rows_read, rejected (row, column, message) and, on
// failure, error. The verb adds its counts.
QJsonObject importJson(int rowsRead, const QList<ImportIssue> &issues, bool ok, const QString &error);

// Prints the result and returns the exit status: with --json the object on stdout; otherwise the
// problem rows on stderr, the notices, then `summary` on stdout when ok or the error on stderr.
struct ImportResult
{
    bool ok = false;
    QString error;
    QList<ImportIssue> issues;
    QStringList notices;
    QString summary;
    QJsonObject json;
};
int finishImport(const CliRequest &request, CliIo io, const ImportResult &result);

// The result of a sheet written by a RosterImporter-like verb: --json adds imported (updated +
// unchanged when it worked, else 0), `updatedKey` (the updated count) and unchanged.
ImportResult outcomeResult(const ImportOutcome &outcome, int rowsRead, const QList<ImportIssue> &issues,
                           const QString &summary, const QString &updatedKey);

} // namespace gme::cli
