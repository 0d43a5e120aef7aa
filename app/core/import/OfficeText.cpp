#include "OfficeText.h"

#include <QRegularExpression>

namespace gme {
namespace {

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || c.isSurrogate();
}

// Nothing to fold, no space of any kind: most cells of a real roster.
bool alreadyClean(const QString &raw)
{
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if (u <= 0x20 || u == 0x7F)
                return false;
        } else if ((u >= 0xFF01 && u <= 0xFF5E) || u == 0x3000 || u == 0x00A0 || u == 0xFEFF || u == 0x200B
                   || c.isSpace()) {
            return false;
        }
    }
    return true;
}

} // namespace

QString normalizeOfficeText(const QString &raw)
{
    if (alreadyClean(raw))
        return raw; // shares the data: no copy, no allocation
    QString folded;
    folded.reserve(raw.size());
    bool pendingSpace = false;
    for (QChar c : raw) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            u = char16_t(u - 0xFEE0);
        const QChar ch(u);
        if (ch.isSpace() || u == 0x3000 || u == 0x00A0 || u == 0xFEFF || u == 0x200B) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace && !(isHan(folded.back()) && isHan(ch)))
            folded.append(u' ');
        pendingSpace = false;
        folded.append(ch);
    }
    return folded;
}

std::optional<QDate> parseOfficeDate(const QString &text)
{
    const QString s = normalizeOfficeText(text);
    if (s.isEmpty())
        return std::nullopt;
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(?:[-/.月]\\s*(\\d{1,2})\\s*日?|月)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = ymd.match(s);
    if (!m.hasMatch())
        m = compact.match(s);
    if (m.hasMatch()) {
        const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), day);
        if (d.isValid())
            return d;
        return std::nullopt;
    }
    // A serial that arrived as text, e.g. from a CSV saved by Excel without date formatting.
    bool ok = false;
    const double serial = s.toDouble(&ok);
    if (ok && serial >= 10000 && serial <= 80000) {
        const QDate d = excelSerialToDate(serial);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

std::optional<QDate> parseOfficeDate(const SheetCell &cell)
{
    switch (cell.kind) {
    case SheetCell::Kind::Date:
        return cell.date;
    case SheetCell::Kind::Number:
        // An unformatted date cell: only plausible serials (1927–2119) count as dates.
        if (cell.number >= 10000 && cell.number <= 80000)
            return excelSerialToDate(cell.number);
        return parseOfficeDate(cell.text); // 20210801 typed as a number
    case SheetCell::Kind::Text:
        return parseOfficeDate(cell.text);
    default:
        return std::nullopt;
    }
}

} // namespace gme
