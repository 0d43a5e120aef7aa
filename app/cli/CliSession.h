#pragma once

#include "auth/User.h"
#include "db/Database.h"

#include <memory>

namespace gme::cli {

// An existing, migrated database; throws DbError with what to do when there is none.
std::unique_ptr<Database> openExistingDatabase(const QString &path);

// The user named by --as, with their organisation (their scope); throws DbError when unknown or disabled.
User actingUser(Database &db, const QString &username);

} // namespace gme::cli
