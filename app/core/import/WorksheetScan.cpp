#include "WorksheetScan.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

namespace gme::xlsx {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::XlsxReader)
};

bool isXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// QString::toInt's answer for a value, without a QString for the usual plain digits.
int toInt(std::string_view s, bool *ok = nullptr)
{
    if (allDigits(s) && s.size() <= 9) {
        int v = 0;
        for (char c : s)
            v = v * 10 + (c - '0');
        if (ok)
            *ok = true;
        return v;
    }
    return QString::fromUtf8(s.data(), qsizetype(s.size())).toInt(ok);
}

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

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
           || (c >= 0x10000 && c <= 0x10FFFF);
}

// Character data between tags: entities and character references decoded, line ends
// normalised as XML requires. False on an entity XML does not define without a DTD.
bool appendCharacterData(std::string &out, const char *p, const char *end)
{
    while (p < end) {
        const char *stop = p;
        while (stop < end && *stop != '&' && *stop != '\r')
            ++stop;
        out.append(p, size_t(stop - p));
        if (stop == end)
            return true;
        if (*stop == '\r') {
            out.push_back('\n');
            p = stop + 1;
            if (p < end && *p == '\n')
                ++p;
            continue;
        }
        const char *semi = static_cast<const char *>(std::memchr(stop, ';', size_t(end - stop)));
        if (!semi)
            return false;
        const std::string_view name(stop + 1, size_t(semi - stop - 1));
        if (name == "lt")
            out.push_back('<');
        else if (name == "gt")
            out.push_back('>');
        else if (name == "amp")
            out.push_back('&');
        else if (name == "quot")
            out.push_back('"');
        else if (name == "apos")
            out.push_back('\'');
        else if (name.size() >= 2 && name[0] == '#') {
            const bool hex = name[1] == 'x';
            const std::string_view digits = name.substr(hex ? 2 : 1);
            unsigned long long c = 0;
            const auto r = std::from_chars(digits.data(), digits.data() + digits.size(), c, hex ? 16 : 10);
            if (digits.empty() || r.ec != std::errc() || r.ptr != digits.data() + digits.size() || c > 0x10FFFF
                || !isXmlChar(char32_t(c)))
                return false;
            appendUtf8(out, char32_t(c));
        } else {
            return false;
        }
        p = semi + 1;
    }
    return true;
}

bool declaredUtf8(QByteArrayView xml)
{
    std::string_view s(xml.data(), size_t(xml.size()));
    if (s.substr(0, 3) == "\xEF\xBB\xBF")
        s.remove_prefix(3);
    if (s.empty() || s[0] == '\0' || s[0] == '\xFE' || s[0] == '\xFF')
        return false;
    if (s.substr(0, 5) != "<?xml")
        return true; // no declaration: UTF-8 by definition
    const size_t close = s.find("?>");
    if (close == std::string_view::npos)
        return false;
    const std::string_view decl = s.substr(0, close);
    const size_t at = decl.find("encoding");
    if (at == std::string_view::npos)
        return true;
    size_t i = at + 8;
    while (i < decl.size() && (isXmlSpace(decl[i]) || decl[i] == '='))
        ++i;
    if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\''))
        return false;
    const size_t endQuote = decl.find(decl[i], i + 1);
    if (endQuote == std::string_view::npos)
        return false;
    const QByteArray name = QByteArray(decl.data() + i + 1, qsizetype(endQuote - i - 1)).toLower();
    return name == "utf-8" || name == "utf8";
}

struct Attribute
{
    std::string_view local;
    std::string_view value; // as written, entities not yet decoded
};

struct Tag
{
    std::string_view local;
    bool closing = false; // </x>
    bool empty = false;   // <x/>
    static constexpr int kMaxAttributes = 16;
    Attribute attributes[kMaxAttributes];
    int attributeCount = 0;

    std::string_view attribute(std::string_view name) const
    {
        for (int i = 0; i < attributeCount; ++i) {
            if (attributes[i].local == name)
                return attributes[i].value;
        }
        return {};
    }
};

std::string_view localName(std::string_view name)
{
    const size_t colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

class Scanner
{
public:
    explicit Scanner(QByteArrayView xml) : m_begin(xml.data()), m_p(xml.data()), m_end(xml.data() + xml.size()) {}

    enum class Next { Tag, End, Bad };

    // Moves to the next element tag. Character data on the way goes to `text` when given
    // (decoded), and is skipped otherwise; comments and processing instructions are skipped.
    Next next(Tag &tag, std::string *text)
    {
        for (;;) {
            const char *lt = static_cast<const char *>(std::memchr(m_p, '<', size_t(m_end - m_p)));
            if (!lt) {
                if (text && !appendCharacterData(*text, m_p, m_end))
                    return Next::Bad;
                m_p = m_end;
                return Next::End;
            }
            if (text && lt > m_p && !appendCharacterData(*text, m_p, lt))
                return Next::Bad;
            m_p = lt;
            if (m_end - m_p < 2)
                return Next::Bad;
            const char kind = m_p[1];
            if (kind == '?') {
                if (!skipPast("?>"))
                    return Next::Bad;
                continue;
            }
            if (kind == '!') {
                const std::string_view rest(m_p, size_t(m_end - m_p));
                if (rest.substr(0, 4) == "<!--") {
                    if (!skipPast("-->"))
                        return Next::Bad;
                    continue;
                }
                if (rest.substr(0, 9) == "<![CDATA[") {
                    const size_t close = rest.find("]]>", 9);
                    if (close == std::string_view::npos)
                        return Next::Bad;
                    if (text)
                        text->append(rest.substr(9, close - 9));
                    m_p += close + 3;
                    continue;
                }
                return Next::Bad; // a DOCTYPE may declare entities: the general reader's job
            }
            return readTag(tag) ? Next::Tag : Next::Bad;
        }
    }

    // The text of an element whose start tag was just read, up to its end tag. False when
    // markup other than comments and CDATA sits inside (QXmlStreamReader calls that an error).
    bool elementText(std::string_view local, std::string *text)
    {
        return next(m_scratch, text) == Next::Tag && m_scratch.closing && m_scratch.local == local;
    }

    qint64 offset() const { return m_p - m_begin; }

private:
    bool skipPast(std::string_view marker)
    {
        const std::string_view rest(m_p, size_t(m_end - m_p));
        const size_t at = rest.find(marker, 2);
        if (at == std::string_view::npos)
            return false;
        m_p += at + marker.size();
        return true;
    }

    static bool nameEnds(char c) { return isXmlSpace(c) || c == '/' || c == '>' || c == '='; }

    bool readTag(Tag &tag)
    {
        const char *p = m_p + 1;
        tag.closing = *p == '/';
        tag.empty = false;
        tag.attributeCount = 0;
        if (tag.closing)
            ++p;
        const char *name = p;
        while (p < m_end && !nameEnds(*p))
            ++p;
        if (p == name || p >= m_end)
            return false;
        tag.local = localName(std::string_view(name, size_t(p - name)));
        for (;;) {
            while (p < m_end && isXmlSpace(*p))
                ++p;
            if (p >= m_end)
                return false;
            if (*p == '>') {
                m_p = p + 1;
                return true;
            }
            if (*p == '/') {
                if (tag.closing || p + 1 >= m_end || p[1] != '>')
                    return false;
                tag.empty = true;
                m_p = p + 2;
                return true;
            }
            if (tag.closing)
                return false;
            const char *attrName = p;
            while (p < m_end && !nameEnds(*p))
                ++p;
            if (p == attrName)
                return false;
            const std::string_view attrLocal = localName(std::string_view(attrName, size_t(p - attrName)));
            while (p < m_end && isXmlSpace(*p))
                ++p;
            if (p >= m_end || *p != '=')
                return false;
            ++p;
            while (p < m_end && isXmlSpace(*p))
                ++p;
            if (p >= m_end || (*p != '"' && *p != '\''))
                return false;
            const char quote = *p++;
            const char *close = static_cast<const char *>(std::memchr(p, quote, size_t(m_end - p)));
            if (!close || std::memchr(p, '<', size_t(close - p)))
                return false;
            if (tag.attributeCount == Tag::kMaxAttributes)
                return false;
            tag.attributes[tag.attributeCount++] = {attrLocal, std::string_view(p, size_t(close - p))};
            p = close + 1;
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    Tag m_scratch;
};

// An attribute value with its entities decoded (they almost never occur in r, t or s).
std::string_view decodedAttribute(std::string_view raw, std::string *storage)
{
    if (raw.find('&') == std::string_view::npos)
        return raw;
    storage->clear();
    if (!appendCharacterData(*storage, raw.data(), raw.data() + raw.size()))
        return raw;
    return *storage;
}

QString fromUtf8(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// Well-formed UTF-8 of characters XML allows. QXmlStreamReader calls anything else a damaged
// document; the scanner leaves such text to it, so both readers answer the same.
bool validXmlText(std::string_view text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *const end = p + text.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return false;
            ++p;
            continue;
        }
        int follow = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            follow = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            follow = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            follow = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= follow)
            return false;
        for (int i = 1; i <= follow; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((follow == 2 && cp < 0x800) || (follow == 3 && cp < 0x10000) || !isXmlChar(cp))
            return false;
        p += follow + 1;
    }
    return true;
}

// The text of an <si> or <is> whose start tag was just read: plain <t> or rich-text runs,
// never the phonetic <rPh> guide. False when the general reader has to look.
bool readStringItem(Scanner &in, Tag &tag, std::string_view endLocal, std::string *text)
{
    text->clear();
    int phonetic = 0;
    for (;;) {
        if (in.next(tag, nullptr) != Scanner::Next::Tag)
            return false;
        if (tag.closing) {
            if (tag.local == "rPh")
                --phonetic;
            else if (tag.local == endLocal)
                return true;
            continue;
        }
        if (tag.local == "rPh") {
            if (!tag.empty)
                ++phonetic;
        } else if (tag.local == "t" && phonetic == 0 && !tag.empty) {
            if (!in.elementText("t", text))
                return false;
        }
    }
}

QString stringItemText(const std::string &utf8)
{
    QString s = fromUtf8(utf8);
    return utf8.find("_x") == std::string::npos ? s : unescapeOoxml(std::move(s));
}

} // namespace

QString unescapeOoxml(QString s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    static const QRegularExpression esc(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    for (auto it = esc.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

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

size_t endOfLastClosingTag(QByteArrayView buffer, std::string_view local)
{
    const std::string_view b(buffer.data(), size_t(buffer.size()));
    const std::string needle = std::string(local) + '>';
    size_t at = b.size();
    while (at > 0) {
        at = b.rfind(needle, at - 1);
        if (at == std::string_view::npos || at < 2)
            return 0;
        size_t i = at;
        if (b[i - 1] == ':') { // a namespace prefix: </x:row>
            --i;
            while (i > 0 && b[i - 1] != '<' && b[i - 1] != '/' && !isXmlSpace(b[i - 1]) && b[i - 1] != '>')
                --i;
        }
        if (i >= 2 && b[i - 1] == '/' && b[i - 2] == '<')
            return at + needle.size();
    }
    return 0;
}

struct SharedStringsScan::State
{
    QStringList strings;
    std::string text;
    bool started = false;
};

SharedStringsScan::SharedStringsScan() : m_state(std::make_unique<State>()) {}
SharedStringsScan::~SharedStringsScan() = default;

bool SharedStringsScan::feed(QByteArrayView piece, bool last)
{
    Q_UNUSED(last); // an item is never cut: each piece ends after </si>
    State &st = *m_state;
    if (!st.started) {
        st.started = true;
        if (!declaredUtf8(piece))
            return false;
    }
    Scanner in(piece);
    Tag tag;
    for (;;) {
        const Scanner::Next n = in.next(tag, nullptr);
        if (n == Scanner::Next::End)
            return true;
        if (n == Scanner::Next::Bad)
            return false;
        if (tag.closing)
            continue;
        if (tag.local == "sst") {
            bool ok = false;
            const int count = toInt(tag.attribute("uniqueCount"), &ok);
            if (ok && count > 0 && count < (1 << 24))
                st.strings.reserve(count);
        }
        if (tag.local != "si")
            continue;
        if (tag.empty) {
            st.strings.append(QString());
            continue;
        }
        if (!readStringItem(in, tag, "si", &st.text) || !validXmlText(st.text))
            return false; // includes an item cut off at the end of the last piece
        st.strings.append(stringItemText(st.text));
    }
}

QStringList SharedStringsScan::take() { return std::move(m_state->strings); }

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
