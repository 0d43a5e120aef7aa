#include "ScramVerifier.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace gme::scram {
namespace {

// RFC 3454 table B.1: characters SASLprep maps to nothing (soft hyphen, joiners, variation selectors ...).
bool mapsToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) || (c >= 0x200B && c <= 0x200D)
        || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

// RFC 3454 table C.1.2: non-ASCII spaces, which SASLprep maps to U+0020.
bool isNonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}

// The prohibited output of RFC 4013 section 2.3 (RFC 3454 C.2 – C.9): control characters, private
// use, non-characters, surrogates, tagging and display-changing characters.
bool isProhibited(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x06DD || c == 0x070F || c == 0x180E
        || (c >= 0x200C && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x2063)
        || (c >= 0x206A && c <= 0x206F) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFD)
        || (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD)
        || (c >= 0x100000 && c <= 0x10FFFD) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE
        || (c >= 0xD800 && c <= 0xDFFF) || c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F)
        || (c >= 0x2FF0 && c <= 0x2FFB) || c == 0x0340 || c == 0x0341;
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

QByteArray preparedPassword(const QString &password)
{
    QString mapped;
    for (const char32_t c : password.toUcs4()) {
        // Spaces first: U+200B is in both tables, and PostgreSQL maps it to a space.
        if (isNonAsciiSpace(c))
            mapped.append(QLatin1Char(' '));
        else if (!mapsToNothing(c))
            mapped.append(QString::fromUcs4(&c, 1));
    }
    const QString normalized = mapped.normalized(QString::NormalizationForm_KC);
    for (const char32_t c : normalized.toUcs4())
        if (isProhibited(c))
            return password.toUtf8();
    return normalized.toUtf8();
}

QString sha256Verifier(const QString &password, const QByteArray &salt, int iterations)
{
    QByteArray useSalt = salt;
    if (useSalt.isEmpty()) {
        quint32 words[kSaltBytes / 4];
        QRandomGenerator::system()->fillRange(words);
        useSalt = QByteArray(reinterpret_cast<const char *>(words), sizeof words);
    }
    // SaltedPassword = Hi(Normalize(password), salt, i), which is PBKDF2 with HMAC-SHA-256 (RFC 5802 §2.2).
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, preparedPassword(password),
                                                                 useSalt, iterations, 32);
    const QByteArray clientKey = hmac(salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(useSalt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace gme::scram
