#include "Clock.h"
#include "ImportVerb.h"
#include "recruitment/AcceptanceImport.h"

#include <QFileInfo>

namespace gme::cli {

// import-acceptance FILE --as USER [--valid-only] [--report OUT.xlsx] [--json]
int runImportAcceptance(const CliRequest &request, CliIo io)
{
    const QString path = checkImportRequest(
        request, QStringLiteral("import-acceptance"), AllowAs | AllowImport | AllowJson,
        cliTr("'import-acceptance' needs --as USER: the base that records its applicants' answers."));
    const ImportTarget target = openImportTarget(request, io.err);

    const auto sheet = readSheetWith<ColumnMapping>(
        path, io.err, recruit::detectAcceptanceHeader, cliTr("%1: no header row with an ID number column was found."));
    if (!sheet)
        return kExitFailed;
    recruit::AcceptanceImporter importer(target.db->connection(), target.user, Clock::current());
    const recruit::AcceptancePlan plan = importer.plan(sheet->table, sheet->mapping, QFileInfo(path).fileName());
    writeReportIfAsked(request, plan.asReport(), io.err);
    const auto mode = request.validOnly ? RosterImporter::Mode::ValidRowsOnly : RosterImporter::Mode::AllOrNothing;
    ImportOutcome outcome;
    if (plan.rowsRead == 0 && plan.issues.isEmpty())
        outcome.error = cliTr("%1 has no data rows below its header.").arg(path);
    else if (!plan.valid.isEmpty() || plan.alreadyAnswered > 0 || plan.issues.isEmpty())
        outcome = importer.commit(plan, mode); // rows already answered count as done, not as failed
    else
        outcome.error = cliTr("No row of %1 can be imported.").arg(path);

    ImportResult result{outcome.ok, outcome.error, plan.issues, {}, {}, {}};
    result.summary = cliTr("%1 rows read: %2 answers recorded, %3 already recorded, %4 rejected.")
                         .arg(plan.rowsRead).arg(outcome.updated).arg(outcome.unchanged).arg(plan.rejectedRows.size());
    result.json = importJson(plan.rowsRead, plan.issues, outcome.ok, outcome.error);
    result.json.insert(QStringLiteral("imported"), outcome.ok ? outcome.updated + outcome.unchanged : 0);
    result.json.insert(QStringLiteral("recorded"), outcome.updated);
    result.json.insert(QStringLiteral("unchanged"), outcome.unchanged);
    return finishImport(request, io, result);
}

} // namespace gme::cli
