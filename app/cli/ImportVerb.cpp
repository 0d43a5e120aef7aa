#include "ImportVerb.h"

#include "export/RosterSheets.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gme::cli {

QString checkImportRequest(const CliRequest &request, const QString &verb, int allowed, const QString &needsAs,
                           const QString &noReport)
{
    rejectForeignOptions(request, verb, allowed);
    if (!noReport.isEmpty() && request.report)
        throw UsageError{noReport};
    if (request.words.size() != 2)
        throw UsageError{cliTr("'%1' needs exactly one file.").arg(verb)};
    if (!request.as)
        throw UsageError{needsAs};
    return request.words.at(1);
}

ImportTarget openImportTarget(const CliRequest &request, QTextStream &err)
{
    ImportTarget target;
    target.db = openExistingDatabase(request.dbPath, err);
    target.user = actingUser(*target.db, *request.as);
    return target;
}

RosterImporter::Mode importMode(const CliRequest &request)
{
    return request.validOnly ? RosterImporter::Mode::ValidRowsOnly : RosterImporter::Mode::AllOrNothing;
}

QString nothingToImport(const QString &path, bool noRows, bool nothingWritable)
{
    if (noRows)
        return cliTr("%1 has no data rows below its header.").arg(path);
    if (nothingWritable)
        return cliTr("No row of %1 can be imported.").arg(path);
    return {};
}

void writeReportIfAsked(const CliRequest &request, const ImportPlan &report, QTextStream &err)
{
    if (!request.report)
        return;
    const ExportResult r = exportImportReport(report, *request.report);
    if (!r.ok)
        err << r.error << "\n";
}

QJsonObject importJson(int rowsRead, const QList<ImportIssue> &issues, bool ok, const QString &error)
{
    QJsonArray rejected;
    for (const ImportIssue &i : issues)
        rejected.append(QJsonObject{{QStringLiteral("row"), i.row},
                                    {QStringLiteral("column"), i.column},
                                    {QStringLiteral("message"), i.message}});
    QJsonObject o{{QStringLiteral("rows_read"), rowsRead}, {QStringLiteral("rejected"), rejected}};
    if (!ok)
        o.insert(QStringLiteral("error"), error);
    return o;
}

int finishImport(const CliRequest &request, CliIo io, const ImportResult &result)
{
    if (request.json) {
        io.out << QString::fromUtf8(QJsonDocument(result.json).toJson(QJsonDocument::Compact)) << "\n";
    } else {
        for (const ImportIssue &i : result.issues)
            io.err << cliTr("row %1, %2: %3").arg(i.row).arg(i.column, i.message) << "\n";
        for (const QString &n : result.notices)
            io.out << n << "\n";
        if (result.ok)
            io.out << result.summary << "\n";
        else
            io.err << result.error << "\n";
    }
    return result.ok ? kExitOk : kExitFailed;
}

ImportResult outcomeResult(const ImportOutcome &outcome, int rowsRead, const QList<ImportIssue> &issues,
                           const QString &summary, const QString &updatedKey)
{
    ImportResult result{outcome.ok, outcome.error, issues, {}, summary, {}};
    result.json = importJson(rowsRead, issues, outcome.ok, outcome.error);
    result.json.insert(QStringLiteral("imported"), outcome.ok ? outcome.updated + outcome.unchanged : 0);
    result.json.insert(updatedKey, outcome.updated);
    result.json.insert(QStringLiteral("unchanged"), outcome.unchanged);
    return result;
}

} // namespace gme::cli
