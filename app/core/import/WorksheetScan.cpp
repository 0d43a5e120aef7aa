#include "WorksheetScan.h"

#include "SharedStringsScan.h"
#include "XmlScan.h"

#include <QCoreApplication>
#include <QHash>

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

namespace gme::xlsx {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::XlsxReader)
};

// -?digits(.digits)?([eE][+-]?digits)? — what spreadsheets write for numbers; anything else goes
// through QString::toDouble. Both round correctly, so both give the same double.
bool plainNumber(std::string_view s, double *out)
{
    size_t i = 0;
    const size_t n = s.size();
    if (i < n && s[i] == '-')
        ++i;
    const size_t intStart = i;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        ++i;
    if (i == intStart)
        return false;
    if (i < n && s[i] == '.') {
        const size_t fracStart = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == fracStart)
            return false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            ++i;
        const size_t expStart = i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == expStart)
            return false;
    }
    if (i != n)
        return false;
    const auto r = std::from_chars(s.data(), s.data() + n, *out, std::chars_format::general);
    return r.ec == std::errc() && r.ptr == s.data() + n && std::isfinite(*out);
}

QString numberText(double v)
{
    if (v == std::trunc(v) && std::fabs(v) < 1e15 && !(v == 0 && std::signbit(v)))
        return QString::number(qint64(v)); // what 'g' with 15 digits prints for these
    return QString::number(v, 'g', 15);
}

QString isoDate(const QDate &d)
{
    const int y = d.year();
    if (y < 1000 || y > 9999)
        return d.toString(Qt::ISODate);
    const int m = d.month(), day = d.day();
    const char16_t text[10] = {char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10), u'-', char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'-',
                               char16_t(u'0' + day / 10), char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

// Date texts by day: a roster holds few distinct dates, and cells sharing one text save memory.
using DateTexts = QHash<qint64, QString>;

void finishNumber(double n, int style, const QVector<bool> &dateStyles, SheetCell *cell, DateTexts *dateTexts = nullptr)
{
    cell->number = n;
    const bool isDate = style >= 0 && style < dateStyles.size() && dateStyles[style];
    cell->date = isDate ? excelSerialToDate(n) : QDate();
    if (!cell->date.isValid()) {
        cell->kind = SheetCell::Kind::Number;
        cell->text = numberText(n);
        return;
    }
    cell->kind = SheetCell::Kind::Date;
    if (!dateTexts) {
        cell->text = isoDate(cell->date);
        return;
    }
    auto it = dateTexts->constFind(cell->date.toJulianDay());
    if (it == dateTexts->constEnd())
        it = dateTexts->insert(cell->date.toJulianDay(), isoDate(cell->date));
    cell->text = *it;
}

} // namespace

static CellType cellTypeOf(std::string_view t)
{
    if (t == "s")
        return CellType::Shared;
    if (t == "inlineStr")
        return CellType::InlineString;
    if (t == "str")
        return CellType::FormulaString;
    if (t == "b")
        return CellType::Boolean;
    if (t == "e")
        return CellType::Error;
    return CellType::Number;
}

CellType cellTypeOf(QStringView t)
{
    if (t == u"s")
        return CellType::Shared;
    if (t == u"inlineStr")
        return CellType::InlineString;
    if (t == u"str")
        return CellType::FormulaString;
    if (t == u"b")
        return CellType::Boolean;
    if (t == u"e")
        return CellType::Error;
    return CellType::Number;
}

bool makeCell(CellType type, int style, const QString &value, bool valueUnescaped, const QStringList &shared,
              const QVector<bool> &dateStyles, SheetCell *cell)
{
    switch (type) {
    case CellType::Shared:
        cell->kind = SheetCell::Kind::Text;
        cell->text = shared.value(value.toInt());
        return true;
    case CellType::InlineString:
    case CellType::FormulaString:
        cell->kind = SheetCell::Kind::Text;
        cell->text = valueUnescaped ? value : unescapeOoxml(value);
        return true;
    case CellType::Boolean:
        cell->kind = SheetCell::Kind::Boolean;
        cell->number = value.toInt();
        cell->text = cell->number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return true;
    case CellType::Error:
        cell->kind = SheetCell::Kind::Text;
        cell->text = value;
        return true;
    case CellType::Number: {
        bool ok = false;
        const double n = value.toDouble(&ok);
        if (!ok)
            return false;
        finishNumber(n, style, dateStyles, cell);
        return true;
    }
    }
    return false;
}

// "BC12" → column 54 (0-based), row 11 (0-based).
bool parseReference(QStringView ref, int *column, int *row)
{
    int c = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i)
        c = c * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok)
        return false;
    *column = c - 1;
    *row = r - 1;
    return true;
}

struct WorksheetScan::State
{
    State(const QStringList &shared, const QVector<bool> &dateStyles, const QString &fileName,
          const std::function<bool(int)> &progress, SheetReadResult *result, qint64 totalSize)
        : shared(shared), dateStyles(dateStyles), fileName(fileName), progress(progress), result(result), totalSize(totalSize)
    {
    }

    const QStringList &shared;
    const QVector<bool> &dateStyles;
    const QString &fileName;
    const std::function<bool(int)> &progress;
    SheetReadResult *result;
    qint64 totalSize;

    bool started = false;
    bool inSheetData = false;
    qint64 consumed = 0; // bytes of earlier pieces
    qint64 lastReport = 0;
    int rowIndex = -1;
    int nextColumn = 0;
    int widest = 0;
    std::string storage, typeStorage, value;
    Tag tag, child;
    DateTexts dateTexts;
};

WorksheetScan::WorksheetScan(const QStringList &shared, const QVector<bool> &dateStyles, const QString &fileName,
                             const std::function<bool(int)> &progress, SheetReadResult *result, qint64 totalSize)
    : m_state(std::make_unique<State>(shared, dateStyles, fileName, progress, result, totalSize))
{
}

WorksheetScan::~WorksheetScan() = default;

Outcome WorksheetScan::feed(QByteArrayView piece, bool last)
{
    State &st = *m_state;
    auto &rows = st.result->table.rows;
    if (!st.started) {
        st.started = true;
        if (!declaredUtf8(piece))
            return Outcome::General;
    }
    Scanner in(piece);
    Tag &tag = st.tag;
    const auto more = [&] {
        st.consumed += piece.size();
        return last ? Outcome::General : Outcome::More; // the document ended before </sheetData>
    };
    // Up to the rows: the dimension tells how many to expect.
    while (!st.inSheetData) {
        const Scanner::Next n = in.next(tag, nullptr);
        if (n == Scanner::Next::End)
            return more();
        if (n == Scanner::Next::Bad)
            return Outcome::General;
        if (tag.closing)
            continue;
        if (tag.local == "dimension") {
            const std::string_view ref = tag.attribute("ref");
            size_t digits = ref.size();
            while (digits > 0 && ref[digits - 1] >= '0' && ref[digits - 1] <= '9')
                --digits;
            bool ok = false;
            const int lastRow = toInt(ref.substr(digits), &ok);
            if (ok && lastRow > 0 && lastRow <= 1048576)
                rows.reserve(lastRow);
        } else if (tag.local == "sheetData") {
            if (tag.empty)
                return Outcome::Read;
            st.inSheetData = true;
        }
    }

    const QStringList &shared = st.shared;
    const QVector<bool> &dateStyles = st.dateStyles;
    for (;;) {
        const Scanner::Next n = in.next(tag, nullptr);
        if (n == Scanner::Next::End)
            return more();
        if (n == Scanner::Next::Bad)
            return Outcome::General; // not XML this scanner reads: let the general reader say why
        if (tag.closing) {
            if (tag.local == "sheetData")
                return Outcome::Read;
            continue;
        }
        if (tag.local == "row") {
            const std::string_view r = decodedAttribute(tag.attribute("r"), &st.storage);
            st.rowIndex = r.empty() ? st.rowIndex + 1 : toInt(r) - 1;
            st.nextColumn = 0;
            if (st.rowIndex < 0 || st.rowIndex > 1048575) {
                st.result->error = Text::tr("%1: row number %2 is out of range.").arg(st.fileName, fromUtf8(r));
                return Outcome::Failed;
            }
            if (rows.size() <= st.rowIndex)
                rows.resize(st.rowIndex + 1);
            const qint64 offset = st.consumed + in.offset();
            if (st.progress && offset - st.lastReport > 1 << 20) {
                st.lastReport = offset;
                if (!st.progress(int(100 * offset / qMax<qint64>(1, st.totalSize))))
                    return Outcome::Cancelled;
            }
            continue;
        }
        if (tag.local != "c" || st.rowIndex < 0)
            continue;

        int column = st.nextColumn, refRow = st.rowIndex;
        const std::string_view ref = decodedAttribute(tag.attribute("r"), &st.storage);
        if (!ref.empty()) {
            // Letters then digits, the usual case, without a QString.
            size_t letters = 0;
            int c = 0;
            while (letters < ref.size() && letters < 4
                   && ((ref[letters] >= 'A' && ref[letters] <= 'Z') || (ref[letters] >= 'a' && ref[letters] <= 'z'))) {
                c = c * 26 + ((ref[letters] & ~0x20) - 'A' + 1);
                ++letters;
            }
            const std::string_view digits = ref.substr(letters);
            if (letters > 0 && letters < 4 && allDigits(digits) && digits.size() <= 9) {
                column = c - 1;
            } else {
                const QString refText = fromUtf8(ref);
                if (!parseReference(refText, &column, &refRow)) {
                    st.result->error = Text::tr("%1: bad cell reference %2.").arg(st.fileName, refText);
                    return Outcome::Failed;
                }
            }
        }
        st.nextColumn = column + 1;
        const CellType type = cellTypeOf(decodedAttribute(tag.attribute("t"), &st.typeStorage));
        const int style = toInt(decodedAttribute(tag.attribute("s"), &st.storage));
        if (tag.empty)
            continue;

        bool haveValue = false, fromStringItem = false;
        std::string &value = st.value;
        for (;;) {
            if (in.next(st.child, nullptr) != Scanner::Next::Tag)
                return Outcome::General; // a cell cut in two is no worksheet this scanner reads
            const Tag &child = st.child;
            if (child.closing) {
                if (child.local == "c")
                    break;
                continue;
            }
            if (child.local == "v") {
                value.clear();
                if (!child.empty && !in.elementText("v", &value))
                    return Outcome::General;
                haveValue = true;
                fromStringItem = false;
            } else if (child.local == "is") {
                if (child.empty)
                    value.clear();
                else if (!readStringItem(in, st.child, "is", &value))
                    return Outcome::General;
                haveValue = true;
                fromStringItem = true;
            }
        }
        if (!haveValue)
            continue;
        if (column > 16383) {
            st.result->error = Text::tr("%1: column %2 is out of range.").arg(st.fileName).arg(column + 1);
            return Outcome::Failed;
        }
        SheetCell cell;
        bool ok = false;
        double number = 0;
        if (type == CellType::Shared && allDigits(value) && value.size() <= 9) {
            cell.kind = SheetCell::Kind::Text;
            cell.text = shared.value(toInt(value));
            ok = true;
        } else if (type == CellType::Number && plainNumber(value, &number)) {
            finishNumber(number, style, dateStyles, &cell, &st.dateTexts);
            ok = true;
        } else if (!validXmlText(value)) {
            return Outcome::General;
        } else if (fromStringItem) {
            ok = makeCell(type, style, stringItemText(value), true, shared, dateStyles, &cell);
        } else {
            ok = makeCell(type, style, fromUtf8(value), false, shared, dateStyles, &cell);
        }
        if (!ok)
            continue;
        auto &row = rows[st.rowIndex];
        if (row.size() <= column) {
            st.widest = qMax(st.widest, column + 1);
            if (row.capacity() < st.widest)
                row.reserve(st.widest);
            row.resize(column + 1);
        }
        row[column] = std::move(cell);
    }
}

} // namespace gme::xlsx
