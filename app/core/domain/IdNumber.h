#pragma once

#include <QDate>
#include <QString>

namespace gme {

// Checks of a 居民身份证 number (GB 11643-1999): 6-digit area, 8-digit birth date,
// 3-digit sequence (odd = male) and an ISO 7064 MOD 11-2 check character.
struct IdCheck
{
    enum class Problem {
        None,
        Empty,
        LooksLikeExcelNumber, // "4.40106E+17": Excel already destroyed the digits
        Legacy15Digit,        // pre-1999 numbers; must be re-issued as 18 digits
        WrongLength,
        BadCharacters,
        ImpossibleBirthDate,
        WrongCheckDigit,
    };
    Problem problem = Problem::None;
    QString normalized; // trimmed, full-width folded, upper-case X
    QDate birthDate;
    bool male = false;

    bool ok() const { return problem == Problem::None; }
};

IdCheck checkResidentId(const QString &raw);
QChar residentIdCheckChar(QStringView first17);
QString idProblemText(IdCheck::Problem p); // translated, for messages

} // namespace gme
