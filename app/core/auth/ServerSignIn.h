#pragma once

#include "Authenticator.h"

namespace gme {

class Database;

// Sign-in to a central PostgreSQL server: the user's own database login checks the password
// (SCRAM) and the server keeps the lockout; the app then reads the user's row for role and scope.
// Sets `database`'s login and password; on success its connection on this thread is the user's.
// A server whose schema is older than this app's is refused with what to do.
SignInResult signInToServer(Database &database, const QString &username, const QString &password);

// The highest migration this build carries for the database's dialect.
int bundledSchemaVersion(const Database &database);

} // namespace gme
