#include "CliRequest.h"
#include "CliSession.h"
#include "db/DbError.h"
#include "export/RosterSheets.h"
#include "review/Scope.h"
#include "years/TrainingYearsSheet.h"

#include <QSqlQuery>
#include <QTextStream>

#include <map>

namespace gme::cli {
namespace {

// Without --batch: the newest exam batch that has registrations the user can see.
qint64 latestBatch(Database &db, const User &user)
{
    const ScopeSql scope = scopeSql(user, QStringLiteral("r.base_id"));
    QSqlQuery q(db.connection());
    prepareOrThrow(q, QStringLiteral("SELECT e.id FROM exam_batches e WHERE EXISTS (SELECT 1 FROM registrations r "
                                     "WHERE r.batch_id = e.id AND %1) ORDER BY e.year DESC, e.id DESC LIMIT 1")
                          .arg(scope.clause));
    for (const QVariant &v : scope.binds)
        q.addBindValue(v);
    execOrThrow(q, "latest batch");
    if (!q.next())
        throw DbError(cliTr("No exam batch has registrations that %1 can see.").arg(user.username));
    return q.value(0).toLongLong();
}

// export training-years --as USER -o OUT.xlsx: every trainee in reach, not one exam batch's.
int exportTrainingYears(const CliRequest &request, CliIo io)
{
    rejectForeignOptions(request, QStringLiteral("export training-years"), AllowAs | AllowOutput);
    if (!request.as)
        throw UsageError{cliTr("'export' needs --as USER: whose scope is exported.")};
    if (!request.output)
        throw UsageError{cliTr("'export' needs -o OUT.xlsx.")};
    auto db = openExistingDatabase(request.dbPath, io.err);
    const User user = actingUser(*db, *request.as);
    const ExportResult r = exportTrainingYearsSheet(db->connection(), user, *request.output);
    if (!r.ok) {
        io.err << r.error << "\n";
        return kExitFailed;
    }
    io.out << cliTr("%1 rows written to %2.").arg(r.rowsWritten).arg(*request.output) << "\n";
    return kExitOk;
}

} // namespace

// export registrants|national-roster|summary|returned --as USER [--batch ID] -o OUT.xlsx
// export training-years --as USER -o OUT.xlsx
int runExport(const CliRequest &request, CliIo io)
{
    if (request.words.size() == 2 && request.words.at(1) == QLatin1String("training-years"))
        return exportTrainingYears(request, io);
    rejectForeignOptions(request, QStringLiteral("export"), AllowAs | AllowBatch | AllowOutput);
    static const std::map<QString, RosterSheet> sheets{
        {QStringLiteral("registrants"), RosterSheet::AllRegistrants},
        {QStringLiteral("national-roster"), RosterSheet::NationalRoster},
        {QStringLiteral("summary"), RosterSheet::BaseSummary},
        {QStringLiteral("returned"), RosterSheet::ReturnedList}};
    if (request.words.size() != 2 || !sheets.count(request.words.at(1)))
        throw UsageError{cliTr("'export' needs one of: registrants, national-roster, summary, returned, training-years.")};
    if (!request.as)
        throw UsageError{cliTr("'export' needs --as USER: whose scope is exported.")};
    if (!request.output)
        throw UsageError{cliTr("'export' needs -o OUT.xlsx.")};
    auto db = openExistingDatabase(request.dbPath, io.err);
    const User user = actingUser(*db, *request.as);
    qint64 batch = 0;
    if (request.batch) {
        bool ok = false;
        batch = request.batch->toLongLong(&ok);
        if (!ok)
            throw UsageError{cliTr("--batch needs the exam batch number.")};
    } else {
        batch = latestBatch(*db, user);
    }
    const ExportResult r = exportRosterSheet(db->connection(), user, sheets.at(request.words.at(1)), batch, *request.output);
    if (!r.ok) {
        io.err << r.error << "\n";
        return kExitFailed;
    }
    io.out << cliTr("%1 rows written to %2.").arg(r.rowsWritten).arg(*request.output) << "\n";
    return kExitOk;
}

} // namespace gme::cli
