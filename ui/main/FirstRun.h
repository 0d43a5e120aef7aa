#pragma once

class QWidget;

namespace gme {

class Database;

// True when the database holds no organisation yet (a fresh install). Throws DbError.
bool databaseIsEmpty(Database &database);

// Creates the demo province on the database thread behind a cancellable progress dialog.
// Returns false when cancelled or failed (a message has then been shown).
bool createDemoWithProgress(Database &database, int trainees, QWidget *parent = nullptr);

} // namespace gme
