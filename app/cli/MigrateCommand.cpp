#include "CliRequest.h"
#include "CliSession.h"
#include "db/Database.h"

#include <QTextStream>

namespace gme::cli {

int runMigrate(const CliRequest &request, CliIo io)
{
    if (request.words.size() > 1)
        throw UsageError{cliTr("'migrate' takes no further words, got '%1'.").arg(request.words.at(1))};
    rejectForeignOptions(request, QStringLiteral("migrate"), 0);
    const auto db = openDatabase(request.dbPath, io.err);
    const int before = db->schemaVersion();
    const int after = db->migrate();
    if (after == before)
        io.out << cliTr("%1 is up to date at schema version %2.").arg(db->location()).arg(after) << "\n";
    else
        io.out << cliTr("%1 migrated from schema version %2 to %3.").arg(db->location()).arg(before).arg(after) << "\n";
    return kExitOk;
}

} // namespace gme::cli
