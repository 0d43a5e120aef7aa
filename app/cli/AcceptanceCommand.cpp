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
    ImportOutcome outcome;
    // Rows already answered count as done, not as failed.
    outcome.error = nothingToImport(path, plan.rowsRead == 0 && plan.issues.isEmpty(),
                                    plan.valid.isEmpty() && plan.alreadyAnswered <= 0 && !plan.issues.isEmpty());
    if (outcome.error.isEmpty())
        outcome = importer.commit(plan, importMode(request));

    const QString summary = cliTr("%1 rows read: %2 answers recorded, %3 already recorded, %4 rejected.")
                                .arg(plan.rowsRead).arg(outcome.updated).arg(outcome.unchanged)
                                .arg(plan.rejectedRows.size());
    return finishImport(request, io,
                        outcomeResult(outcome, plan.rowsRead, plan.issues, summary, QStringLiteral("recorded")));
}

} // namespace gme::cli
