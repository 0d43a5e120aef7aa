#include "CliRequest.h"
#include "CliSession.h"
#include "db/DbError.h"
#include "export/RosterSheets.h"
#include "import/RosterImport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace gme::cli {
namespace {

void printJson(const ImportPlan &plan, const ImportOutcome &outcome, QTextStream &out)
{
    QJsonArray rejected;
    for (const ImportIssue &i : plan.issues)
        rejected.append(QJsonObject{{QStringLiteral("row"), i.row},
                                    {QStringLiteral("column"), i.column},
                                    {QStringLiteral("message"), i.message}});
    QJsonObject o{{QStringLiteral("rows_read"), plan.rowsRead},
                  {QStringLiteral("imported"), outcome.ok ? outcome.inserted + outcome.updated + outcome.unchanged : 0},
                  {QStringLiteral("inserted"), outcome.inserted},
                  {QStringLiteral("updated"), outcome.updated},
                  {QStringLiteral("unchanged"), outcome.unchanged},
                  {QStringLiteral("registrations_created"), outcome.registrationsCreated},
                  {QStringLiteral("rejected"), rejected}};
    if (!outcome.ok)
        o.insert(QStringLiteral("error"), outcome.error);
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
}

} // namespace

// import-roster FILE --as USER [--batch ID] [--valid-only] [--report OUT.xlsx] [--json]
int runImportRoster(const CliRequest &request, CliIo io)
{
    rejectForeignOptions(request, QStringLiteral("import-roster"), AllowAs | AllowBatch | AllowImport | AllowJson);
    if (request.words.size() != 2)
        throw UsageError{cliTr("'import-roster' needs exactly one file.")};
    if (!request.as)
        throw UsageError{cliTr("'import-roster' needs --as USER: whose scope the rows go into.")};
    std::optional<qint64> batch;
    if (request.batch) {
        bool ok = false;
        batch = request.batch->toLongLong(&ok);
        if (!ok)
            throw UsageError{cliTr("--batch needs the exam batch number.")};
    }
    const QString path = request.words.at(1);
    auto db = openExistingDatabase(request.dbPath, io.err);
    const User user = actingUser(*db, *request.as);

    const std::optional<SheetToImport> sheet = readSheetToImport(path, io.err);
    if (!sheet)
        return kExitFailed;
    RosterImporter importer(db->connection(), user);
    const ImportPlan plan = importer.plan(sheet->table, sheet->mapping, QFileInfo(path).fileName());
    if (request.report) {
        const ExportResult r = exportImportReport(plan, *request.report);
        if (!r.ok)
            io.err << r.error << "\n";
    }
    const auto mode = request.validOnly ? RosterImporter::Mode::ValidRowsOnly : RosterImporter::Mode::AllOrNothing;
    ImportOutcome outcome;
    if (plan.rowsRead == 0)
        outcome.error = cliTr("%1 has no data rows below its header.").arg(path);
    else if (!plan.valid.isEmpty() || plan.issues.isEmpty())
        outcome = importer.commit(plan, mode, batch);
    else
        outcome.error = cliTr("No row of %1 can be imported.").arg(path);
    if (request.json) {
        printJson(plan, outcome, io.out);
    } else {
        for (const ImportIssue &i : plan.issues)
            io.err << cliTr("row %1, %2: %3").arg(i.row).arg(i.column, i.message) << "\n";
        if (outcome.ok)
            io.out << cliTr("%1 rows read: %2 new, %3 updated, %4 unchanged, %5 rejected; %6 registrations created.")
                          .arg(plan.rowsRead).arg(outcome.inserted).arg(outcome.updated).arg(outcome.unchanged)
                          .arg(plan.rejectedRows.size()).arg(outcome.registrationsCreated)
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
