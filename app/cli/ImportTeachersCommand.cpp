#include "Clock.h"
#include "ImportVerb.h"
#include "import/TeacherImport.h"

#include <QFileInfo>
#include <QJsonArray>

namespace gme::cli {

// import-teachers FILE --as USER [--valid-only] [--json]
int runImportTeachers(const CliRequest &request, CliIo io)
{
    const QString path = checkImportRequest(request, QStringLiteral("import-teachers"),
                                            AllowAs | AllowImport | AllowJson,
                                            cliTr("'import-teachers' needs --as USER: the base the teachers belong to."),
                                            cliTr("--report does not belong to 'import-teachers'; --json lists the problems."));
    const ImportTarget target = openImportTarget(request, io.err);

    const auto sheet = readSheetWith<TeacherColumnMapping>(
        path, io.err, [](const SheetTable &table) { return detectTeacherHeader(table); },
        cliTr("%1: no header row with a name or ID number column was found."));
    if (!sheet)
        return kExitFailed;
    TeacherImporter importer(target.db->connection(), target.user, Clock::current());
    const TeacherImportPlan plan = importer.plan(sheet->table, sheet->mapping, QFileInfo(path).fileName());
    TeacherImportOutcome outcome;
    outcome.error = nothingToImport(path, plan.rowsRead == 0 && plan.issues.isEmpty(), false);
    if (outcome.error.isEmpty())
        outcome = importer.commit(plan, request.validOnly ? TeacherImporter::Mode::ValidRowsOnly
                                                          : TeacherImporter::Mode::AllOrNothing);

    // Rows the plan accepted may still be refused while writing; both count as rejected.
    const QList<ImportIssue> rejected = plan.issues + outcome.refused;
    ImportResult result{outcome.ok, outcome.error, rejected, outcome.notices, {}, {}};
    result.summary = cliTr("%1 rows read: %2 new, %3 updated, %4 unchanged, %5 rejected.")
                         .arg(plan.rowsRead).arg(outcome.inserted).arg(outcome.updated).arg(outcome.unchanged)
                         .arg(plan.rejectedRows.size() + outcome.refused.size());
    result.json = importJson(plan.rowsRead, rejected, outcome.ok, outcome.error);
    result.json.insert(QStringLiteral("inserted"), outcome.inserted);
    result.json.insert(QStringLiteral("updated"), outcome.updated);
    result.json.insert(QStringLiteral("unchanged"), outcome.unchanged);
    result.json.insert(QStringLiteral("notices"), QJsonArray::fromStringList(outcome.notices));
    return finishImport(request, io, result);
}

} // namespace gme::cli
