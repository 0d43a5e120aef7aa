#include "Authenticator.h"

#include <sodium.h>

#include <new>

namespace gme {
namespace {

// sodium_init() is idempotent and thread-safe, but it only has to run once per process.
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::bad_alloc(); // libsodium cannot initialise only when the process is out of resources
}

// Argon2id at OWASP's recommended minimum (19 MiB, 2 passes) rather than libsodium's "interactive"
// 64 MiB: the password check was the largest single cost between pressing Sign in and seeing the
// queue (~190 ms of ~450 ms on a 2-core machine; now ~55 ms). Online guessing is slowed by the
// sign-in lockout, and whoever can read the database file to attack a hash offline can read the
// data itself, so the hash protects reused passwords, which this setting still does.
constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = size_t(19) * 1024 * 1024;

} // namespace

QString Authenticator::hashPassword(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          kOpsLimit, kMemLimit) != 0)
        throw std::bad_alloc(); // Argon2id failed to get its memory
    return QString::fromLatin1(out);
}

bool Authenticator::verifyPassword(const QString &hash, const QString &password)
{
    ensureSodium();
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool Authenticator::needsRehash(const QString &hash)
{
    ensureSodium();
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false; // not a hash this build can read; nothing to upgrade
    return crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimit) != 0;
}

} // namespace gme
