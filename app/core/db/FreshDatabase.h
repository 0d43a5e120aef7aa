#pragma once

namespace gme {

class Database;

// True when a migrated database holds no organisation yet (a fresh install, where the first run
// offers the demo province). Throws DbError.
bool databaseIsEmpty(Database &database);

} // namespace gme
