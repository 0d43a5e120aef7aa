#pragma once

#include "User.h"

#include <QSqlDatabase>

#include <optional>

namespace gme {

class Clock;

struct SignInResult
{
    // Unreachable: a central server could not be reached or is not ready (detail says why).
    enum class Outcome { SignedIn, WrongCredentials, Disabled, TooManyAttempts, Unreachable };
    Outcome outcome = Outcome::WrongCredentials;
    std::optional<User> user;
    int retryAfterSecs = 0; // for TooManyAttempts
    QString detail;         // for Unreachable
    QString message() const; // translated
};

// Local sign-in for the embedded database: Argon2id hashes (libsodium), and after three failures
// in a row a wait that doubles with each further failure (capped at 60 s).
class Authenticator
{
public:
    Authenticator(QSqlDatabase db, const Clock &clock);
    SignInResult signIn(const QString &username, const QString &password);

    static QString hashPassword(const QString &password); // Argon2id, see PasswordHash.cpp
    static bool verifyPassword(const QString &hash, const QString &password);
    // True when `hash` was made with other limits than hashPassword uses now (an older build's):
    // the sign-in then stores a new hash, so every account costs the same to check.
    static bool needsRehash(const QString &hash);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace gme
