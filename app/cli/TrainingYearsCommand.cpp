#include "ImportVerb.h"
#include "years/TrainingYearsImport.h"

#include <QFileInfo>

namespace gme::cli {

// import-training-years FILE --as USER [--valid-only] [--report OUT.xlsx] [--json]
int runImportTrainingYears(const CliRequest &request, CliIo io)
{
    const QString path = checkImportRequest(
        request, QStringLiteral("import-training-years"), AllowAs | AllowImport | AllowJson,
        cliTr("'import-training-years' needs --as USER: whose trainees the sheet may change."));
    const ImportTarget target = openImportTarget(request, io.err);

    const std::optional<SheetToImport> sheet = readSheetToImport(path, io.err);
    if (!sheet)
        return kExitFailed;
    TrainingYearsImporter importer(target.db->connection(), target.user);
    const TrainingYearsPlan plan = importer.plan(sheet->table, sheet->mapping, QFileInfo(path).fileName());
    writeReportIfAsked(request, plan.asReport(), io.err);
    ImportOutcome outcome;
    outcome.error = nothingToImport(path, plan.rowsRead == 0 && plan.issues.isEmpty(),
                                    plan.valid.isEmpty() && !plan.issues.isEmpty());
    if (outcome.error.isEmpty())
        outcome = importer.commit(plan, importMode(request));

    const QString summary = cliTr("%1 rows read: %2 updated, %3 unchanged, %4 rejected.")
                                .arg(plan.rowsRead).arg(outcome.updated).arg(outcome.unchanged)
                                .arg(plan.rejectedRows.size());
    return finishImport(request, io,
                        outcomeResult(outcome, plan.rowsRead, plan.issues, summary, QStringLiteral("updated")));
}

} // namespace gme::cli
