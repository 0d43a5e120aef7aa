#include "IdNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gme {
namespace {

// Full-width digits/letters (U+FF10…) become ASCII; all kinds of spaces disappear.
QString foldForId(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (QChar c : raw) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        if (c.isSpace())
            continue;
        out.append(c);
    }
    return out.toUpper();
}

} // namespace

QChar residentIdCheckChar(QStringView first17)
{
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char kChars[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * kWeights[i];
    return QLatin1Char(kChars[sum % 11]);
}

IdCheck checkResidentId(const QString &raw)
{
    IdCheck r;
    r.normalized = foldForId(raw);
    const QString &s = r.normalized;
    if (s.isEmpty()) {
        r.problem = IdCheck::Problem::Empty;
        return r;
    }
    static const QRegularExpression sci(QStringLiteral("^[0-9]+(\\.[0-9]+)?E\\+?[0-9]+$"));
    if (sci.match(s).hasMatch()) {
        r.problem = IdCheck::Problem::LooksLikeExcelNumber;
        return r;
    }
    static const QRegularExpression digits15(QStringLiteral("^[0-9]{15}$"));
    if (digits15.match(s).hasMatch()) {
        r.problem = IdCheck::Problem::Legacy15Digit;
        return r;
    }
    if (s.size() != 18) {
        r.problem = IdCheck::Problem::WrongLength;
        return r;
    }
    static const QRegularExpression shape(QStringLiteral("^[0-9]{17}[0-9X]$"));
    if (!shape.match(s).hasMatch()) {
        r.problem = IdCheck::Problem::BadCharacters;
        return r;
    }
    const QDate birth = QDate::fromString(s.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900 || birth > QDate::currentDate()) {
        r.problem = IdCheck::Problem::ImpossibleBirthDate;
        return r;
    }
    if (residentIdCheckChar(QStringView(s).left(17)) != s.at(17)) {
        r.problem = IdCheck::Problem::WrongCheckDigit;
        return r;
    }
    r.birthDate = birth;
    r.male = (s.at(16).unicode() - u'0') % 2 == 1;
    return r;
}

QString idProblemText(IdCheck::Problem p)
{
    const char *text = "";
    switch (p) {
    case IdCheck::Problem::None: return {};
    case IdCheck::Problem::Empty: text = QT_TRANSLATE_NOOP("gme::IdNumber", "The ID number is empty."); break;
    case IdCheck::Problem::LooksLikeExcelNumber:
        text = QT_TRANSLATE_NOOP("gme::IdNumber",
                                 "The ID number was turned into a number by Excel and its digits are lost; "
                                 "format the column as text and type it again.");
        break;
    case IdCheck::Problem::Legacy15Digit:
        text = QT_TRANSLATE_NOOP("gme::IdNumber", "This is an old 15-digit ID number; use the 18-digit number.");
        break;
    case IdCheck::Problem::WrongLength:
        text = QT_TRANSLATE_NOOP("gme::IdNumber", "A resident ID number has 18 characters.");
        break;
    case IdCheck::Problem::BadCharacters:
        text = QT_TRANSLATE_NOOP("gme::IdNumber",
                                 "A resident ID number is 17 digits followed by a digit or X.");
        break;
    case IdCheck::Problem::ImpossibleBirthDate:
        text = QT_TRANSLATE_NOOP("gme::IdNumber", "The birth date inside the ID number is impossible.");
        break;
    case IdCheck::Problem::WrongCheckDigit:
        text = QT_TRANSLATE_NOOP("gme::IdNumber", "The check digit of the ID number is wrong.");
        break;
    }
    return QCoreApplication::translate("gme::IdNumber", text);
}

} // namespace gme
