#include "Clock.h"
#include "CliRequest.h"
#include "CliSession.h"
#include "export/RosterSheets.h"
#include "recruitment/AcceptanceImport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace gme::cli {
namespace {

void printJson(const recruit::AcceptancePlan &plan, const ImportOutcome &outcome, QTextStream &out)
{
    QJsonArray rejected;
    for (const ImportIssue &i : plan.issues)
        rejected.append(QJsonObject{{QStringLiteral("row"), i.row},
                                    {QStringLiteral("column"), i.column},
                                    {QStringLiteral("message"), i.message}});
    QJsonObject o{{QStringLiteral("rows_read"), plan.rowsRead},
                  {QStringLiteral("imported"), outcome.ok ? outcome.updated + outcome.unchanged : 0},
                  {QStringLiteral("recorded"), outcome.updated},
                  {QStringLiteral("unchanged"), outcome.unchanged},
                  {QStringLiteral("rejected"), rejected}};
    if (!outcome.ok)
        o.insert(QStringLiteral("error"), outcome.error);
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
}

} // namespace

// import-acceptance FILE --as USER [--valid-only] [--report OUT.xlsx] [--json]
int runImportAcceptance(const CliRequest &request, CliIo io)
{
    rejectForeignOptions(request, QStringLiteral("import-acceptance"), AllowAs | AllowImport | AllowJson);
    if (request.words.size() != 2)
        throw UsageError{cliTr("'import-acceptance' needs exactly one file.")};
    if (!request.as)
        throw UsageError{cliTr("'import-acceptance' needs --as USER: the base that records its applicants' answers.")};
    const QString path = request.words.at(1);
    auto db = openExistingDatabase(request.dbPath, io.err);
    const User user = actingUser(*db, *request.as);

    SheetReadResult read = readRosterFile(path);
    if (!read.ok) {
        io.err << read.error << "\n";
        return kExitFailed;
    }
    const std::optional<ColumnMapping> mapping = recruit::detectAcceptanceHeader(read.table);
    if (!mapping) {
        io.err << cliTr("%1: no header row with an ID number column was found.").arg(path) << "\n";
        return kExitFailed;
    }
    recruit::AcceptanceImporter importer(db->connection(), user, Clock::current());
    const recruit::AcceptancePlan plan = importer.plan(read.table, *mapping, QFileInfo(path).fileName());
    if (request.report) {
        const ExportResult r = exportImportReport(plan.asReport(), *request.report);
        if (!r.ok)
            io.err << r.error << "\n";
    }
    const auto mode = request.validOnly ? RosterImporter::Mode::ValidRowsOnly : RosterImporter::Mode::AllOrNothing;
    ImportOutcome outcome;
    if (plan.rowsRead == 0 && plan.issues.isEmpty())
        outcome.error = cliTr("%1 has no data rows below its header.").arg(path);
    else if (!plan.valid.isEmpty() || plan.alreadyAnswered > 0 || plan.issues.isEmpty())
        outcome = importer.commit(plan, mode); // rows already answered count as done, not as failed
    else
        outcome.error = cliTr("No row of %1 can be imported.").arg(path);
    if (request.json) {
        printJson(plan, outcome, io.out);
    } else {
        for (const ImportIssue &i : plan.issues)
            io.err << cliTr("row %1, %2: %3").arg(i.row).arg(i.column, i.message) << "\n";
        if (outcome.ok)
            io.out << cliTr("%1 rows read: %2 answers recorded, %3 already recorded, %4 rejected.")
                          .arg(plan.rowsRead).arg(outcome.updated).arg(outcome.unchanged).arg(plan.rejectedRows.size())
                   << "\n";
    }
    if (!outcome.ok) {
        if (!request.json)
            io.err << outcome.error << "\n";
        return kExitFailed;
    }
    return kExitOk;
}

} // namespace gme::cli
