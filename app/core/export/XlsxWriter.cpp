// A streaming one-sheet SpreadsheetML writer. libxlsxwriter (constant_memory mode) was used here
// first; at 100,000 rows × 25 columns it spent about 2.5 s of CPU of its own (fprintf per cell, the
// sheet written to one temporary file, copied to a second and read back, then deflated at level 6),
// more than the whole budget for the export. This writer produces the same kind of file (shared
// strings as Excel and WPS write them, Text format on every text cell, real date cells, frozen
// header, column widths) with one pass over the data: rows become XML in a buffer that is deflated
// as it fills, and the package is assembled at commit().
#include "XlsxWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHashFunctions>
#include <QUuid>

#include <minizip/zip.h>
#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::XlsxWriter)
};

// Excel refuses longer cell strings; cutting is better than losing the whole file.
constexpr qsizetype kMaxCellChars = 32767;
constexpr int kMaxRow = 1048575;
constexpr int kMaxColumn = 16383;
// zlib level 1: on a 100,000-row sheet about a third larger than level 6, in less than half the time.
constexpr int kDeflateLevel = 1;
constexpr size_t kXmlChunk = 1 << 20;

enum Style : quint8 { Default = 0, TextStyle = 1, DateStyle = 2, HeaderStyle = 3, TitleStyle = 4 };

bool isHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// "_x0041_" in the text itself would be read back as "A": protect it by escaping its "_".
bool looksLikeEscape(const char16_t *p, const char16_t *end)
{
    return end - p >= 6 && (p[0] == u'x' || p[0] == u'X') && isHex(p[1]) && isHex(p[2]) && isHex(p[3]) && isHex(p[4])
           && p[5] == u'_';
}

void appendHexEscape(std::string &out, unsigned u)
{
    static const char digits[] = "0123456789ABCDEF";
    const char buf[7] = {'_', 'x', digits[(u >> 12) & 15], digits[(u >> 8) & 15], digits[(u >> 4) & 15], digits[u & 15], '_'};
    out.append(buf, 7);
}

// Appends text as UTF-8 XML character data: & < > (and " in attributes) as entities, characters XML
// cannot carry as _xHHHH_ (ECMA-376 ST_Xstring), and a literal _xHHHH_ protected as _x005F_xHHHH_.
void appendXml(std::string &out, QStringView s, bool attribute = false)
{
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    for (; p < end; ++p) {
        const char16_t u = *p;
        if (u < 0x80) {
            switch (u) {
            case u'&': out.append("&amp;", 5); continue;
            case u'<': out.append("&lt;", 4); continue;
            case u'>': out.append("&gt;", 4); continue;
            case u'"':
                if (attribute) {
                    out.append("&quot;", 6);
                    continue;
                }
                break;
            case u'_':
                if (looksLikeEscape(p + 1, end)) {
                    out.append("_x005F_", 7);
                    continue;
                }
                break;
            default:
                if (u < 0x20 && u != u'\t' && u != u'\n') {
                    appendHexEscape(out, u);
                    continue;
                }
            }
            out.push_back(char(u));
        } else if (u < 0x800) {
            const char b[2] = {char(0xC0 | (u >> 6)), char(0x80 | (u & 0x3F))};
            out.append(b, 2);
        } else if (QChar::isHighSurrogate(u) && p + 1 < end && QChar::isLowSurrogate(p[1])) {
            const char32_t c = QChar::surrogateToUcs4(u, p[1]);
            ++p;
            const char b[4] = {char(0xF0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3F)), char(0x80 | ((c >> 6) & 0x3F)),
                               char(0x80 | (c & 0x3F))};
            out.append(b, 4);
        } else if (QChar::isSurrogate(u) || u == 0xFFFE || u == 0xFFFF) {
            appendHexEscape(out, u); // not a character XML allows
        } else {
            const char b[3] = {char(0xE0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3F)), char(0x80 | (u & 0x3F))};
            out.append(b, 3);
        }
    }
}

std::string xmlOf(QStringView s, bool attribute = false)
{
    std::string out;
    appendXml(out, s, attribute);
    return out;
}

void appendUInt(std::string &out, quint64 v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(r.ptr - buf));
}

// 0 → "A", 25 → "Z", 26 → "AA".
void appendColumnName(std::string &out, int column)
{
    char buf[4];
    int n = 0;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        buf[n++] = char('A' + (c - 1) % 26);
    while (n > 0)
        out.push_back(buf[--n]);
}

// The shared-string table: each distinct text once, as escaped UTF-8, in order of first use.
class SharedStrings
{
public:
    quint32 indexOf(const char *data, size_t size)
    {
        const quint32 h = quint32(qHashBits(data, size, 0));
        if ((m_hashes.size() + 1) * 2 > m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            const quint32 slot = m_slots[i];
            if (slot == 0) {
                const quint32 index = quint32(m_hashes.size());
                m_slots[i] = index + 1;
                m_hashes.push_back(h);
                m_arena.append(data, size);
                m_ends.push_back(m_arena.size());
                return index;
            }
            const quint32 index = slot - 1;
            if (m_hashes[index] == h) {
                const size_t begin = index == 0 ? 0 : m_ends[index - 1];
                if (m_ends[index] - begin == size && std::memcmp(m_arena.data() + begin, data, size) == 0)
                    return index;
            }
        }
    }

    size_t size() const { return m_hashes.size(); }
    std::string_view at(size_t index) const
    {
        const size_t begin = index == 0 ? 0 : m_ends[index - 1];
        return std::string_view(m_arena).substr(begin, m_ends[index] - begin);
    }

private:
    void grow()
    {
        std::vector<quint32> table(std::max<size_t>(1024, m_slots.size() * 2), 0);
        const size_t mask = table.size() - 1;
        for (quint32 index = 0; index < m_hashes.size(); ++index) {
            size_t i = m_hashes[index] & mask;
            while (table[i] != 0)
                i = (i + 1) & mask;
            table[i] = index + 1;
        }
        m_slots.swap(table);
    }

    std::string m_arena;
    std::vector<size_t> m_ends;
    std::vector<quint32> m_hashes;
    std::vector<quint32> m_slots;
};

// A raw deflate stream appended to a string, with the CRC-32 and length of what went in.
class Deflater
{
public:
    Deflater() { m_ok = deflateInit2(&m_z, kDeflateLevel, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK; }
    ~Deflater() { deflateEnd(&m_z); }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    bool ok() const { return m_ok; }
    // Z_NO_FLUSH while streaming; Z_SYNC_FLUSH ends on a byte boundary without a final block, so
    // another raw stream may follow it; Z_FINISH writes the final block.
    bool add(std::string_view in, int flush, std::string *out)
    {
        if (!m_ok)
            return false;
        m_crc = crc32_z(m_crc, reinterpret_cast<const Bytef *>(in.data()), in.size());
        m_length += in.size();
        m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
        m_z.avail_in = uInt(in.size());
        for (;;) {
            const size_t before = out->size();
            const size_t room = std::max<size_t>(64 * 1024, in.size() / 4);
            out->resize(before + room);
            m_z.next_out = reinterpret_cast<Bytef *>(out->data() + before);
            m_z.avail_out = uInt(room);
            const int rc = deflate(&m_z, flush);
            out->resize(before + room - m_z.avail_out);
            if (rc == Z_STREAM_ERROR) {
                m_ok = false;
                return false;
            }
            if (rc == Z_BUF_ERROR && m_z.avail_out != 0)
                return true; // nothing left to do
            if (m_z.avail_out != 0 && m_z.avail_in == 0 && (flush == Z_NO_FLUSH || rc == Z_STREAM_END || flush == Z_SYNC_FLUSH))
                return true;
        }
    }
    uLong crc() const { return m_crc; }
    quint64 length() const { return m_length; }

private:
    z_stream m_z{};
    bool m_ok = false;
    uLong m_crc = crc32(0, nullptr, 0);
    quint64 m_length = 0;
};

struct Cell
{
    int column;
    quint8 style;
    enum Kind : quint8 { Blank, Number, Shared } kind;
    double number;
    quint32 shared;
};

const char kStyles[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>)"
    R"(<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>)"
    R"(<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>)"
    R"(<font><b/><sz val="16"/><name val="Calibri"/><family val="2"/></font></fonts>)"
    R"(<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>)"
    R"(<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>)"
    R"(<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>)"
    R"(<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>)"
    R"(<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/>)"
    R"(<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="centerContinuous"/></xf>)"
    R"(</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/>)"
    R"(</styleSheet>)";

const char kXmlHead[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// Excel's rules for sheet names: at most 31 characters, none of []:*?/\, no apostrophe at the ends.
QString sheetNameFrom(const QString &requested)
{
    QString name = requested;
    for (QChar &c : name) {
        if (QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20)
            c = u'_';
    }
    name = name.left(31);
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    return name.trimmed().isEmpty() ? QStringLiteral("Sheet1") : name;
}

} // namespace

struct XlsxWriter::Sheet
{
    zipFile zip = nullptr;
    QString name;
    SharedStrings strings;
    quint64 stringCells = 0;
    std::vector<std::pair<int, double>> widths;
    int frozenRows = 0;

    int currentRow = -1;
    std::vector<Cell> cells; // of the current row
    bool cellsSorted = true;
    int minRow = -1, maxRow = -1, minColumn = -1, maxColumn = -1;
    std::string xml;  // rows not yet compressed
    std::string body; // the compressed rows
    Deflater deflater;
    std::string scratch;

    ~Sheet()
    {
        if (zip)
            zipClose(zip, nullptr);
    }

    // False when the row lies before the current one (rows stream in order).
    bool moveTo(int row)
    {
        if (row == currentRow)
            return true;
        if (row < currentRow)
            return false;
        flushRow();
        currentRow = row;
        return true;
    }

    void add(int column, quint8 style, Cell::Kind kind, double number = 0, quint32 shared = 0)
    {
        if (!cells.empty() && cells.back().column >= column)
            cellsSorted = false;
        cells.push_back({column, style, kind, number, shared});
    }

    quint32 share(QStringView text)
    {
        scratch.clear();
        appendXml(scratch, text);
        ++stringCells;
        return strings.indexOf(scratch.data(), scratch.size());
    }

    void flushRow()
    {
        if (cells.empty())
            return;
        if (!cellsSorted) {
            // The last write to a cell wins, as in Excel's own object model.
            std::stable_sort(cells.begin(), cells.end(), [](const Cell &a, const Cell &b) { return a.column < b.column; });
            std::vector<Cell> unique;
            for (size_t i = 0; i < cells.size(); ++i) {
                if (i + 1 < cells.size() && cells[i + 1].column == cells[i].column)
                    continue;
                unique.push_back(cells[i]);
            }
            cells.swap(unique);
        }
        char rowDigits[16];
        const auto r = std::to_chars(rowDigits, rowDigits + sizeof rowDigits, currentRow + 1);
        const std::string_view rowText(rowDigits, size_t(r.ptr - rowDigits));
        xml.append("<row r=\"").append(rowText).append("\">");
        for (const Cell &c : cells) {
            xml.append("<c r=\"");
            appendColumnName(xml, c.column);
            xml.append(rowText).push_back('"');
            if (c.style != Default) {
                xml.append(" s=\"");
                xml.push_back(char('0' + c.style));
                xml.push_back('"');
            }
            switch (c.kind) {
            case Cell::Blank:
                xml.append("/>");
                break;
            case Cell::Shared:
                xml.append(" t=\"s\"><v>");
                appendUInt(xml, c.shared);
                xml.append("</v></c>");
                break;
            case Cell::Number: {
                char buf[32];
                const auto n = std::to_chars(buf, buf + sizeof buf, c.number); // shortest exact form
                xml.append("><v>").append(buf, size_t(n.ptr - buf)).append("</v></c>");
                break;
            }
            }
        }
        xml.append("</row>");
        if (minRow < 0)
            minRow = currentRow;
        maxRow = currentRow;
        minColumn = minColumn < 0 ? cells.front().column : std::min(minColumn, cells.front().column);
        maxColumn = std::max(maxColumn, cells.back().column);
        cells.clear();
        cellsSorted = true;
        if (xml.size() >= kXmlChunk)
            compress(Z_NO_FLUSH);
    }

    void compress(int flush)
    {
        deflater.add(xml, flush, &body);
        xml.clear();
    }
};

XlsxWriter::XlsxWriter(QString targetPath, const QString &sheetName) : m_target(std::move(targetPath))
{
    const QFileInfo info(m_target);
    if (!info.absoluteDir().exists()) {
        fail(Text::tr("The folder %1 does not exist.").arg(info.absolutePath()));
        return;
    }
    m_tempPath = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QLatin1Char('.')
                 + QUuid::createUuid().toString(QUuid::Id128).left(8) + QStringLiteral(".part");
    auto sheet = std::make_unique<Sheet>();
    sheet->zip = zipOpen64(QFile::encodeName(m_tempPath).constData(), APPEND_STATUS_CREATE);
    if (!sheet->zip || !sheet->deflater.ok()) {
        if (sheet->zip) {
            sheet.reset();
            QFile::remove(m_tempPath);
        }
        fail(Text::tr("Cannot create %1.").arg(m_tempPath));
        return;
    }
    sheet->name = sheetNameFrom(sheetName);
    sheet->xml.reserve(kXmlChunk + 64 * 1024);
    m_sheet = std::move(sheet);
}

XlsxWriter::~XlsxWriter()
{
    if (m_sheet && !m_committed) {
        m_sheet.reset(); // closes the zip
        QFile::remove(m_tempPath);
    }
}

bool XlsxWriter::isOpen() const { return m_sheet != nullptr && !m_committed; }

void XlsxWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

void XlsxWriter::setColumnWidth(int column, double width)
{
    if (!isOpen() || column < 0 || column > kMaxColumn)
        return;
    auto &w = m_sheet->widths;
    const auto it = std::find_if(w.begin(), w.end(), [&](const auto &p) { return p.first == column; });
    if (it != w.end())
        it->second = width;
    else
        w.emplace_back(column, width);
}

void XlsxWriter::writeTitle(int row, int columns, const QString &text)
{
    if (!isOpen())
        return;
    if (row < 0 || row > kMaxRow || !m_sheet->moveTo(row)) {
        fail(Text::tr("Cannot write row %1: rows are written in order.").arg(row + 1));
        return;
    }
    if (text.isEmpty())
        m_sheet->add(0, TitleStyle, Cell::Blank);
    else
        m_sheet->add(0, TitleStyle, Cell::Shared, 0, m_sheet->share(QStringView(text).left(kMaxCellChars)));
    // A centred-across-selection format over blank cells gives a merged look and keeps rows streaming.
    for (int c = 1; c < std::min(columns, kMaxColumn + 1); ++c)
        m_sheet->add(c, TitleStyle, Cell::Blank);
}

void XlsxWriter::writeHeader(int row, const QStringList &labels)
{
    if (!isOpen())
        return;
    if (row < 0 || row > kMaxRow || !m_sheet->moveTo(row)) {
        fail(Text::tr("Cannot write row %1: rows are written in order.").arg(row + 1));
        return;
    }
    for (int c = 0; c < std::min<int>(int(labels.size()), kMaxColumn + 1); ++c) {
        if (labels[c].isEmpty())
            m_sheet->add(c, HeaderStyle, Cell::Blank);
        else
            m_sheet->add(c, HeaderStyle, Cell::Shared, 0, m_sheet->share(QStringView(labels[c]).left(kMaxCellChars)));
    }
}

void XlsxWriter::writeText(int row, int column, const QString &text)
{
    if (!isOpen() || text.isEmpty())
        return;
    if (row < 0 || row > kMaxRow || column < 0 || column > kMaxColumn || !m_sheet->moveTo(row)) {
        fail(Text::tr("Cannot write row %1: rows are written in order.").arg(row + 1));
        return;
    }
    m_sheet->add(column, TextStyle, Cell::Shared, 0, m_sheet->share(QStringView(text).left(kMaxCellChars)));
}

void XlsxWriter::writeDate(int row, int column, const QDate &date)
{
    if (!isOpen() || !date.isValid())
        return;
    if (row < 0 || row > kMaxRow || column < 0 || column > kMaxColumn || !m_sheet->moveTo(row)) {
        fail(Text::tr("Cannot write row %1: rows are written in order.").arg(row + 1));
        return;
    }
    // Excel's 1900 date system counts a 1900-02-29 that never was; it cannot show earlier years.
    static const qint64 epoch = QDate(1899, 12, 30).toJulianDay();
    qint64 serial = date.toJulianDay() - epoch;
    if (date < QDate(1900, 3, 1))
        --serial;
    if (serial < 1 || date.year() > 9999)
        m_sheet->add(column, TextStyle, Cell::Shared, 0, m_sheet->share(date.toString(Qt::ISODate)));
    else
        m_sheet->add(column, DateStyle, Cell::Number, double(serial));
}

void XlsxWriter::writeNumber(int row, int column, double value)
{
    if (!isOpen() || !std::isfinite(value))
        return;
    if (row < 0 || row > kMaxRow || column < 0 || column > kMaxColumn || !m_sheet->moveTo(row)) {
        fail(Text::tr("Cannot write row %1: rows are written in order.").arg(row + 1));
        return;
    }
    m_sheet->add(column, Default, Cell::Number, value);
}

void XlsxWriter::freezeRowsAbove(int row)
{
    if (isOpen() && row >= 0 && row <= kMaxRow)
        m_sheet->frozenRows = row;
}

namespace {

// Writes one small part, deflated by minizip.
bool addPart(zipFile zip, const char *name, std::string_view data)
{
    zip_fileinfo info{};
    info.tmz_date.tm_mday = 1;
    info.tmz_date.tm_year = 1980; // as Excel stamps its parts
    if (zipOpenNewFileInZip64(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 0) != ZIP_OK)
        return false;
    bool ok = true;
    for (size_t done = 0; ok && done < data.size();) {
        const unsigned n = unsigned(std::min<size_t>(data.size() - done, 1 << 24));
        ok = zipWriteInFileInZip(zip, data.data() + done, n) == ZIP_OK;
        done += n;
    }
    return zipCloseFileInZip(zip) == ZIP_OK && ok;
}

double excelColumnWidth(double width)
{
    // What Excel stores for a width typed in characters: 7-pixel digits plus 5 pixels of padding.
    if (width <= 0)
        return 0;
    if (width < 1)
        return std::floor(width * 12 * 256 / 7) / 256;
    return std::floor((width * 7 + 5) / 7 * 256) / 256;
}

} // namespace

bool XlsxWriter::commit()
{
    if (!m_sheet || m_committed)
        return false;
    Sheet &s = *m_sheet;
    s.flushRow();

    // The worksheet: its head (dimension, pane, widths) is known only now, the rows are already
    // deflated. Two raw deflate streams make one when the first ends with a sync flush.
    std::string head = kXmlHead;
    head += R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
            R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref=")";
    if (s.minRow < 0) {
        head += "A1";
    } else {
        appendColumnName(head, s.minColumn);
        appendUInt(head, quint64(s.minRow) + 1);
        if (s.maxRow != s.minRow || s.maxColumn != s.minColumn) {
            head += ':';
            appendColumnName(head, s.maxColumn);
            appendUInt(head, quint64(s.maxRow) + 1);
        }
    }
    head += R"("/><sheetViews><sheetView tabSelected="1" workbookViewId="0">)";
    if (s.frozenRows > 0) {
        head += R"(<pane ySplit=")";
        appendUInt(head, quint64(s.frozenRows));
        head += R"(" topLeftCell="A)";
        appendUInt(head, quint64(s.frozenRows) + 1);
        head += R"(" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>)";
    }
    head += R"(</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>)";
    if (!s.widths.empty()) {
        std::sort(s.widths.begin(), s.widths.end());
        head += "<cols>";
        for (const auto &[column, width] : s.widths) {
            char buf[32];
            const auto n = std::to_chars(buf, buf + sizeof buf, excelColumnWidth(width));
            head += "<col min=\"";
            appendUInt(head, quint64(column) + 1);
            head += "\" max=\"";
            appendUInt(head, quint64(column) + 1);
            head.append("\" width=\"").append(buf, size_t(n.ptr - buf)).append("\" customWidth=\"1\"/>");
        }
        head += "</cols>";
    }
    head += "<sheetData>";
    s.xml += R"(</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>)";
    s.compress(Z_FINISH);
    std::string headDeflated;
    Deflater headDeflater;
    headDeflater.add(head, Z_SYNC_FLUSH, &headDeflated);
    if (!s.deflater.ok() || !headDeflater.ok())
        fail(Text::tr("Cannot write %1: %2").arg(m_tempPath, QStringLiteral("zlib")));

    const bool haveStrings = s.strings.size() > 0;
    std::string sst;
    if (haveStrings) {
        sst = kXmlHead;
        sst += R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count=")";
        appendUInt(sst, s.stringCells);
        sst += R"(" uniqueCount=")";
        appendUInt(sst, s.strings.size());
        sst += "\">";
        for (size_t i = 0; i < s.strings.size(); ++i) {
            const std::string_view t = s.strings.at(i);
            const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
            if (!t.empty() && (isSpace(t.front()) || isSpace(t.back())))
                sst.append("<si><t xml:space=\"preserve\">").append(t).append("</t></si>");
            else
                sst.append("<si><t>").append(t).append("</t></si>");
        }
        sst += "</sst>";
    }

    std::string types = kXmlHead;
    types += R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
             R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
             R"(<Default Extension="xml" ContentType="application/xml"/>)"
             R"(<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>)"
             R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
             R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
             R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
             R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)";
    if (haveStrings)
        types += R"(<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>)";
    types += "</Types>";

    std::string rootRels = kXmlHead;
    rootRels += R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
                R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)"
                R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>)"
                R"(</Relationships>)";

    const std::string now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    std::string core = kXmlHead;
    core += R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
            R"(xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" )"
            R"(xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">)"
            R"(<dc:creator>gmedesk</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">)"
            + now + R"(</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">)" + now
            + R"(</dcterms:modified></cp:coreProperties>)";

    std::string app = kXmlHead;
    app += R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" )"
           R"(xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>gmedesk</Application>)"
           R"(<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant">)"
           R"(<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector>)"
           R"(</HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>)"
           + xmlOf(s.name) + R"(</vt:lpstr></vt:vector></TitlesOfParts></Properties>)";

    std::string workbook = kXmlHead;
    workbook += R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                R"(<bookViews><workbookView xWindow="240" yWindow="15" windowWidth="16095" windowHeight="9660"/></bookViews>)"
                R"(<sheets><sheet name=")"
                + xmlOf(s.name, true) + R"(" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>)";

    std::string workbookRels = kXmlHead;
    workbookRels += R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
                    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)";
    if (haveStrings)
        workbookRels += R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)";
    workbookRels += "</Relationships>";

    bool ok = m_error.isEmpty() && addPart(s.zip, "[Content_Types].xml", types) && addPart(s.zip, "_rels/.rels", rootRels)
              && addPart(s.zip, "docProps/app.xml", app) && addPart(s.zip, "docProps/core.xml", core)
              && addPart(s.zip, "xl/workbook.xml", workbook) && addPart(s.zip, "xl/_rels/workbook.xml.rels", workbookRels)
              && addPart(s.zip, "xl/styles.xml", kStyles) && (!haveStrings || addPart(s.zip, "xl/sharedStrings.xml", sst));
    if (ok) {
        const quint64 length = headDeflater.length() + s.deflater.length();
        const uLong crc = crc32_combine64(headDeflater.crc(), s.deflater.crc(), z_off64_t(s.deflater.length()));
        const int zip64 = length >= 0xFFFFFFFFull || headDeflated.size() + s.body.size() >= 0xFFFFFFFFull ? 1 : 0;
        zip_fileinfo info{};
        info.tmz_date.tm_mday = 1;
        info.tmz_date.tm_year = 1980;
        ok = zipOpenNewFileInZip2_64(s.zip, "xl/worksheets/sheet1.xml", &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                     kDeflateLevel, 1 /* raw */, zip64)
             == ZIP_OK;
        for (const std::string *part : {&headDeflated, &s.body}) {
            for (size_t done = 0; ok && done < part->size();) {
                const unsigned n = unsigned(std::min<size_t>(part->size() - done, 1 << 24));
                ok = zipWriteInFileInZip(s.zip, part->data() + done, n) == ZIP_OK;
                done += n;
            }
        }
        ok = zipCloseFileInZipRaw64(s.zip, length, crc) == ZIP_OK && ok;
    }
    const int closed = zipClose(s.zip, nullptr);
    s.zip = nullptr;
    m_committed = true;
    if (!ok || closed != ZIP_OK)
        fail(Text::tr("Cannot write %1: %2").arg(m_tempPath, Text::tr("the disk may be full.")));
    if (!m_error.isEmpty()) {
        QFile::remove(m_tempPath);
        return false;
    }
    // std::filesystem::rename replaces an older export atomically (POSIX rename, MoveFileEx on Windows).
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(m_tempPath.toStdU16String()),
                            std::filesystem::path(m_target.toStdU16String()), ec);
    if (ec) {
        QFile::remove(m_tempPath);
        fail(Text::tr("Cannot move the finished file to %1: %2").arg(m_target, QString::fromLocal8Bit(ec.message())));
        return false;
    }
    return true;
}

} // namespace gme
