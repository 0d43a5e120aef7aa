#include "ImportVerb.h"

#include <QFileInfo>

namespace gme::cli {

// import-roster FILE --as USER [--batch ID] [--valid-only] [--report OUT.xlsx] [--json]
int runImportRoster(const CliRequest &request, CliIo io)
{
    const QString path = checkImportRequest(request, QStringLiteral("import-roster"),
                                            AllowAs | AllowBatch | AllowImport | AllowJson,
                                            cliTr("'import-roster' needs --as USER: whose scope the rows go into."));
    std::optional<qint64> batch;
    if (request.batch) {
        bool ok = false;
        batch = request.batch->toLongLong(&ok);
        if (!ok)
            throw UsageError{cliTr("--batch needs the exam batch number.")};
    }
    const ImportTarget target = openImportTarget(request, io.err);

    const std::optional<SheetToImport> sheet = readSheetToImport(path, io.err);
    if (!sheet)
        return kExitFailed;
    RosterImporter importer(target.db->connection(), target.user);
    const ImportPlan plan = importer.plan(sheet->table, sheet->mapping, QFileInfo(path).fileName());
    writeReportIfAsked(request, plan, io.err);
    const auto mode = request.validOnly ? RosterImporter::Mode::ValidRowsOnly : RosterImporter::Mode::AllOrNothing;
    ImportOutcome outcome;
    if (plan.rowsRead == 0)
        outcome.error = cliTr("%1 has no data rows below its header.").arg(path);
    else if (!plan.valid.isEmpty() || plan.issues.isEmpty())
        outcome = importer.commit(plan, mode, batch);
    else
        outcome.error = cliTr("No row of %1 can be imported.").arg(path);

    ImportResult result{outcome.ok, outcome.error, plan.issues, {}, {}, {}};
    result.summary = cliTr("%1 rows read: %2 new, %3 updated, %4 unchanged, %5 rejected; %6 registrations created.")
                         .arg(plan.rowsRead).arg(outcome.inserted).arg(outcome.updated).arg(outcome.unchanged)
                         .arg(plan.rejectedRows.size()).arg(outcome.registrationsCreated);
    result.json = importJson(plan.rowsRead, plan.issues, outcome.ok, outcome.error);
    result.json.insert(QStringLiteral("imported"),
                       outcome.ok ? outcome.inserted + outcome.updated + outcome.unchanged : 0);
    result.json.insert(QStringLiteral("inserted"), outcome.inserted);
    result.json.insert(QStringLiteral("updated"), outcome.updated);
    result.json.insert(QStringLiteral("unchanged"), outcome.unchanged);
    result.json.insert(QStringLiteral("registrations_created"), outcome.registrationsCreated);
    return finishImport(request, io, result);
}

} // namespace gme::cli
