#include "IdNumber.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace gme {
namespace {

// Full-width digits/letters (U+FF10…) become ASCII; all kinds of spaces disappear.
QString foldForId(const QString &raw)
{
    // The usual case: ASCII letters and digits only, nothing to fold, at most an x to raise.
    bool plain = true, lower = false;
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if ((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z'))
            continue;
        if (u >= u'a' && u <= u'z') {
            lower = true;
            continue;
        }
        plain = false;
        break;
    }
    if (plain)
        return lower ? raw.toUpper() : raw;

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

bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), isDigit);
}

// ^[0-9]+(\.[0-9]+)?E\+?[0-9]+$ — the way Excel shows an 18-digit number it has rounded.
bool looksLikeExcelNumber(QStringView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    const auto digits = [&] {
        const qsizetype start = i;
        while (i < n && isDigit(s[i]))
            ++i;
        return i > start;
    };
    if (!digits())
        return false;
    if (i < n && s[i] == u'.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i >= n || s[i] != u'E')
        return false;
    ++i;
    if (i < n && s[i] == u'+')
        ++i;
    return digits() && i == n;
}

// QDate::currentDate() reads the time zone file on every call; a roster checks thousands of IDs.
QDate today()
{
    thread_local qint64 checkedAt = -1;
    thread_local QDate cached;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (checkedAt < 0 || now < checkedAt || now - checkedAt >= 1000) {
        cached = QDate::currentDate();
        checkedAt = now;
    }
    return cached;
}

int number(QStringView digits)
{
    int v = 0;
    for (QChar c : digits)
        v = v * 10 + (c.unicode() - u'0');
    return v;
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
    if (looksLikeExcelNumber(s)) {
        r.problem = IdCheck::Problem::LooksLikeExcelNumber;
        return r;
    }
    if (s.size() == 15 && allDigits(s)) {
        r.problem = IdCheck::Problem::Legacy15Digit;
        return r;
    }
    if (s.size() != 18) {
        r.problem = IdCheck::Problem::WrongLength;
        return r;
    }
    if (!allDigits(QStringView(s).left(17)) || !(isDigit(s.at(17)) || s.at(17) == u'X')) {
        r.problem = IdCheck::Problem::BadCharacters;
        return r;
    }
    const QStringView birthText = QStringView(s).mid(6, 8);
    const QDate birth(number(birthText.left(4)), number(birthText.mid(4, 2)), number(birthText.mid(6, 2)));
    if (!birth.isValid() || birth.year() < 1900 || birth > today()) {
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
