#pragma once

#include <QByteArray>
#include <QString>

// The SCRAM-SHA-256 verifier of a password (RFC 5802 section 3, RFC 7677), in the form PostgreSQL
// stores for a login role:
//
//   SCRAM-SHA-256$<iterations>:<base64 salt>$<base64 StoredKey>:<base64 ServerKey>
//
// The client computes it so that the clear password never reaches the server (whose statement log
// would record it); the server can check a sign-in against the verifier but not recover the password.
namespace gme::scram {

constexpr int kIterations = 4096; // PostgreSQL's default (scram_iterations)
constexpr int kSaltBytes = 16;

// With an empty salt, a fresh random one of kSaltBytes. A given salt is for tests (known vectors).
QString sha256Verifier(const QString &password, const QByteArray &salt = {}, int iterations = kIterations);

// The password as SCRAM hashes it: SASLprep (RFC 4013) as PostgreSQL applies it, in UTF-8. Where the
// profile refuses the string (control or private-use characters, ...) PostgreSQL and libpq use the
// bytes unchanged, and so does this. Not checked here: unassigned code points and the bidirectional
// rule, which PostgreSQL also treats as "use the bytes unchanged" (such passwords may then differ).
QByteArray preparedPassword(const QString &password);

} // namespace gme::scram
