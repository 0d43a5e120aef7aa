#pragma once

#include "auth/User.h"
#include "db/Database.h"
#include "import/RosterColumns.h"
#include "import/SheetTable.h"

#include <memory>
#include <optional>

class QTextStream;

namespace gme::cli {

// The database named by --db: an SQLite file or a postgresql:// server address, whose password
// comes from PGPASSWORD or, failing that, a prompt on the terminal (never the command line).
std::unique_ptr<Database> openDatabase(const QString &location, QTextStream &err);

// An existing, migrated database; throws DbError with what to do when there is none.
std::unique_ptr<Database> openExistingDatabase(const QString &location, QTextStream &err);

// The user named by --as, with their organisation (their scope); throws DbError when unknown or
// disabled, or, on a central server, when it is not the login the connection signed in as.
User actingUser(Database &db, const QString &username);

// A sheet to import, read and with its header row found; on failure the reason is printed to
// `err` and nothing is returned.
struct SheetToImport
{
    SheetTable table;
    ColumnMapping mapping;
};
std::optional<SheetToImport> readSheetToImport(const QString &path, QTextStream &err);

} // namespace gme::cli
