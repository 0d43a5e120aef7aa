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

} // namespace

QString Authenticator::hashPassword(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
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

} // namespace gme
