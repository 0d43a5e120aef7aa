#pragma once

// Roster files at provincial scale: gmedesk's export of every registrant (25 columns) to .xlsx and
// its import with validation of the same file, and openpyxl doing the same work on the same rows.
#include "BenchClock.h"
#include "auth/User.h"

#include <QString>

namespace gme {
class Database;
}

namespace gme::bench {

struct RosterFileRun
{
    Sample exported;  // export of every registrant the user sees
    Sample imported;  // read + header detection + validation against the database (no commit)
    int rows = 0;     // data rows written
    int columns = 0;
    int validRows = 0;
    int issues = 0;
    QString error;
};

// One export and one import in `dir` (files ours.xlsx). Process CPU time.
RosterFileRun runRosterFiles(Database &db, const User &user, const QString &dir);

// openpyxl (write_only) writing exactly the cells of `xlsx`; they are first read back, untimed, into
// a TSV in `dir`. Returns the peer's wall seconds as it measured them itself, or -1.
double openpyxlWrite(const QString &xlsx, const QString &dir);
// openpyxl (read_only) reading every cell of `xlsx`; wall seconds or -1.
double openpyxlRead(const QString &xlsx);

} // namespace gme::bench
