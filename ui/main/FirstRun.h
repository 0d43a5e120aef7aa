#pragma once

class QWidget;

namespace gme {

class Database;

// Creates the demo province on the database thread behind a cancellable progress dialog.
// Returns false when cancelled or failed (a message has then been shown).
bool createDemoWithProgress(Database &database, int trainees, QWidget *parent = nullptr);

} // namespace gme
