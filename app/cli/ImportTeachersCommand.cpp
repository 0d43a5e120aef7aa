#include "CliRequest.h"
#include "CliSession.h"
#include "Clock.h"
#include "db/DbError.h"
#include "import/TeacherImport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace gme::cli {
namespace {

QJsonArray issuesJson(const QList<ImportIssue> &issues)
{
    QJsonArray out;
    for (const ImportIssue &i : issues)
        out.append(QJsonObject{{QStringLiteral("row"), i.row},
                               {QStringLiteral("column"), i.column},
                               {QStringLiteral("message"), i.message}});
    return out;
}

void printJson(const TeacherImportPlan &plan, const TeacherImportOutcome &outcome, QTextStream &out)
{
    QJsonObject o{{QStringLiteral("rows_read"), plan.rowsRead},
                  {QStringLiteral("inserted"), outcome.inserted},
                  {QStringLiteral("updated"), outcome.updated},
                  {QStringLiteral("unchanged"), outcome.unchanged},
                  {QStringLiteral("rejected"), issuesJson(plan.issues + outcome.refused)},
                  {QStringLiteral("notices"), QJsonArray::fromStringList(outcome.notices)}};
    if (!outcome.ok)
        o.insert(QStringLiteral("error"), outcome.error);
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
}

} // namespace

// import-teachers FILE --as USER [--valid-only] [--json]
int runImportTeachers(const CliRequest &request, CliIo io)
{
    rejectForeignOptions(request, QStringLiteral("import-teachers"), AllowAs | AllowImport | AllowJson);
    if (request.report)
        throw UsageError{cliTr("--report does not belong to 'import-teachers'; --json lists the problems.")};
    if (request.words.size() != 2)
        throw UsageError{cliTr("'import-teachers' needs exactly one file.")};
    if (!request.as)
        throw UsageError{cliTr("'import-teachers' needs --as USER: the base the teachers belong to.")};
    const QString path = request.words.at(1);
    auto db = openExistingDatabase(request.dbPath, io.err);
    const User user = actingUser(*db, *request.as);

    const SheetReadResult read = readRosterFile(path);
    if (!read.ok) {
        io.err << read.error << "\n";
        return kExitFailed;
    }
    const std::optional<TeacherColumnMapping> mapping = detectTeacherHeader(read.table);
    if (!mapping) {
        io.err << cliTr("%1: no header row with a name or ID number column was found.").arg(path) << "\n";
        return kExitFailed;
    }
    TeacherImporter importer(db->connection(), user, Clock::current());
    const TeacherImportPlan plan = importer.plan(read.table, *mapping, QFileInfo(path).fileName());
    TeacherImportOutcome outcome;
    if (plan.rowsRead == 0 && plan.issues.isEmpty())
        outcome.error = cliTr("%1 has no data rows below its header.").arg(path);
    else
        outcome = importer.commit(plan, request.validOnly ? TeacherImporter::Mode::ValidRowsOnly
                                                          : TeacherImporter::Mode::AllOrNothing);
    if (request.json) {
        printJson(plan, outcome, io.out);
    } else {
        for (const ImportIssue &i : plan.issues + outcome.refused)
            io.err << cliTr("row %1, %2: %3").arg(i.row).arg(i.column, i.message) << "\n";
        for (const QString &n : outcome.notices)
            io.out << n << "\n";
        if (outcome.ok)
            io.out << cliTr("%1 rows read: %2 new, %3 updated, %4 unchanged, %5 rejected.")
                          .arg(plan.rowsRead).arg(outcome.inserted).arg(outcome.updated).arg(outcome.unchanged)
                          .arg(plan.rejectedRows.size() + outcome.refused.size())
                   << "\n";
        else
            io.err << outcome.error << "\n";
    }
    return outcome.ok ? kExitOk : kExitFailed;
}

} // namespace gme::cli
