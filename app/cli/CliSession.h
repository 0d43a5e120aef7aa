#pragma once

#include "auth/User.h"
#include "db/Database.h"
#include "import/RosterColumns.h"
#include "import/RosterImport.h"
#include "import/SheetTable.h"

#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace gme::cli {

// The database named by --db: an SQLite file or a postgresql:// server address, whose password
// comes from PGPASSWORD or, failing that, a prompt on the terminal (never the command line).
std::unique_ptr<Database> openDatabase(const QString &location, QTextStream &err);

// An existing, migrated database; throws DbError with what to do when there is none.
std::unique_ptr<Database> openExistingDatabase(const QString &location, QTextStream &err);

// The user named by --as, with their organisation (their scope); throws DbError when unknown or
// disabled, or, on a central server, when it is not the login the connection signed in as.
User actingUser(Database &db, const QString &username);

// Reads the sheet at `path` and finds its header with detect(table); on failure prints the reason
// (`noHeader` names the columns the header needs) to `err` and returns nothing.
template <typename Mapping>
struct ReadSheet
{
    SheetTable table;
    Mapping mapping;
};
template <typename Mapping>
std::optional<ReadSheet<Mapping>> readSheetWith(const QString &path, QTextStream &err,
                                                const std::function<std::optional<Mapping>(const SheetTable &)> &detect,
                                                const QString &noHeader)
{
    SheetReadResult read = readRosterFile(path);
    if (!read.ok) {
        err << read.error << "\n";
        return std::nullopt;
    }
    const std::optional<Mapping> mapping = detect(read.table);
    if (!mapping) {
        err << noHeader.arg(path) << "\n";
        return std::nullopt;
    }
    return ReadSheet<Mapping>{std::move(read.table), *mapping};
}

// A roster sheet to import (the header readRosterFile's columns describe).
using SheetToImport = ReadSheet<ColumnMapping>;
std::optional<SheetToImport> readSheetToImport(const QString &path, QTextStream &err);

} // namespace gme::cli
