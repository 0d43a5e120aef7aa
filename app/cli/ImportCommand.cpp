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
    ImportOutcome outcome;
    outcome.error = nothingToImport(path, plan.rowsRead == 0, plan.valid.isEmpty() && !plan.issues.isEmpty());
    if (outcome.error.isEmpty())
        outcome = importer.commit(plan, importMode(request), batch);

    const QString summary =
        cliTr("%1 rows read: %2 new, %3 updated, %4 unchanged, %5 rejected; %6 registrations created.")
            .arg(plan.rowsRead).arg(outcome.inserted).arg(outcome.updated).arg(outcome.unchanged)
            .arg(plan.rejectedRows.size()).arg(outcome.registrationsCreated);
    ImportResult result = outcomeResult(outcome, plan.rowsRead, plan.issues, summary, QStringLiteral("updated"));
    // The roster also inserts trainees: they count as imported too.
    result.json.insert(QStringLiteral("imported"),
                       outcome.ok ? outcome.inserted + outcome.updated + outcome.unchanged : 0);
    result.json.insert(QStringLiteral("inserted"), outcome.inserted);
    result.json.insert(QStringLiteral("registrations_created"), outcome.registrationsCreated);
    return finishImport(request, io, result);
}

} // namespace gme::cli
