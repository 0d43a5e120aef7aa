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
    const auto mode = request.validOnly ? RosterImporter::Mode::ValidRowsOnly : RosterImporter::Mode::AllOrNothing;
    ImportOutcome outcome;
    if (plan.rowsRead == 0 && plan.issues.isEmpty())
        outcome.error = cliTr("%1 has no data rows below its header.").arg(path);
    else if (!plan.valid.isEmpty() || plan.issues.isEmpty())
        outcome = importer.commit(plan, mode);
    else
        outcome.error = cliTr("No row of %1 can be imported.").arg(path);

    ImportResult result{outcome.ok, outcome.error, plan.issues, {}, {}, {}};
    result.summary = cliTr("%1 rows read: %2 updated, %3 unchanged, %4 rejected.")
                         .arg(plan.rowsRead).arg(outcome.updated).arg(outcome.unchanged).arg(plan.rejectedRows.size());
    result.json = importJson(plan.rowsRead, plan.issues, outcome.ok, outcome.error);
    result.json.insert(QStringLiteral("imported"), outcome.ok ? outcome.updated + outcome.unchanged : 0);
    result.json.insert(QStringLiteral("updated"), outcome.updated);
    result.json.insert(QStringLiteral("unchanged"), outcome.unchanged);
    return finishImport(request, io, result);
}

} // namespace gme::cli
