#include "XlsxReader.h"

#include "WorksheetScan.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cstring>
#include <memory>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::XlsxReader)
};

// A part larger than this is refused: real rosters are far smaller, zip bombs are not.
constexpr qint64 kMaxPartBytes = 1024LL * 1024 * 1024;

// The zip container, through the same minizip library libxlsxwriter uses (QuaZip bundles its own
// copy of minizip's symbols, which clash with libxlsxwriter's in one process).
class Package
{
public:
    explicit Package(const QString &path) : m_path(QFile::encodeName(path)) {}
    ~Package()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Package(const Package &) = delete;
    Package &operator=(const Package &) = delete;

    bool open()
    {
        m_zip = unzOpen64(m_path.constData());
        return m_zip != nullptr;
    }

    // Part names are case-insensitive in OPC and may be written with a leading slash.
    bool read(QString name, QByteArray *out, QString *error)
    {
        qint64 size = 0;
        if (!locate(&name, error, &size))
            return false;
        out->resize(qsizetype(size));
        qint64 done = 0;
        int n = 0;
        // Read until the stream ends; never past the declared size, so a lying header cannot grow it.
        while (done < out->size() && (n = unzReadCurrentFile(m_zip, out->data() + done, unsigned(qMin<qint64>(out->size() - done, 1 << 20)))) > 0)
            done += n;
        const int closed = unzCloseCurrentFile(m_zip); // checks the CRC
        if (n < 0 || done != out->size() || closed != UNZ_OK) {
            *error = Text::tr("The part %1 is damaged.").arg(name);
            return false;
        }
        return true;
    }

    // Unpacks a part piece by piece, each piece ending just after a closing tag named `local`
    // (the rest waits for the next piece), and hands the pieces to `consume` until it returns
    // false. Returns false when the part is missing or damaged (with *error set when damaged).
    bool stream(QString name, std::string_view local, const std::function<bool(QByteArrayView, bool last)> &consume,
                QString *error, qint64 *size = nullptr)
    {
        if (!locate(&name, error, size))
            return false;
        constexpr qsizetype kPiece = 1 << 20;
        QByteArray buffer;
        qsizetype filled = 0;
        bool last = false, wanted = true;
        int n = 0;
        while (wanted && !last) {
            if (buffer.size() < filled + kPiece)
                buffer.resize(filled + kPiece);
            n = unzReadCurrentFile(m_zip, buffer.data() + filled, unsigned(kPiece));
            if (n < 0)
                break;
            filled += n;
            last = n == 0;
            const QByteArrayView data(buffer.constData(), filled);
            const qsizetype cut = last ? filled : qsizetype(xlsx::endOfLastClosingTag(data, local));
            if (cut == 0)
                continue; // no complete element yet: read on
            wanted = consume(data.first(cut), last);
            std::memmove(buffer.data(), buffer.constData() + cut, size_t(filled - cut));
            filled -= cut;
        }
        const int closed = unzCloseCurrentFile(m_zip); // checks the CRC when everything was read
        if (n < 0 || (last && closed != UNZ_OK)) {
            *error = Text::tr("The part %1 is damaged.").arg(name);
            return false;
        }
        return true;
    }

private:
    bool locate(QString *name, QString *error, qint64 *size)
    {
        if (name->startsWith(QLatin1Char('/')))
            name->remove(0, 1);
        constexpr int kCaseInsensitive = 2;
        if (unzLocateFile(m_zip, name->toUtf8().constData(), kCaseInsensitive) != UNZ_OK)
            return false;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
            || qint64(info.uncompressed_size) > kMaxPartBytes) {
            *error = Text::tr("The part %1 is too large to be a roster.").arg(*name);
            return false;
        }
        if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
            *error = Text::tr("The part %1 cannot be unpacked.").arg(*name);
            return false;
        }
        if (size)
            *size = qint64(info.uncompressed_size);
        return true;
    }

    QByteArray m_path;
    unzFile m_zip = nullptr;
};

QString attr(const QXmlStreamReader &x, QLatin1StringView name)
{
    // Match on the local name so any namespace prefix (r:id, x:id) works.
    for (const QXmlStreamAttribute &a : x.attributes())
        if (a.name() == name)
            return a.value().toString();
    return {};
}

// Text of an <si> or <is> element: plain <t> or rich-text runs, never the phonetic <rPh> guide.
QString readStringItem(QXmlStreamReader &x)
{
    const QStringView end = x.name();
    const QString endName = end.toString();
    QString text;
    int phonetic = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (x.name() == QLatin1String("t") && phonetic == 0)
                text += x.readElementText();
        } else if (x.isEndElement()) {
            if (x.name() == QLatin1String("rPh"))
                --phonetic;
            else if (x.name() == endName)
                break;
        }
    }
    return xlsx::unescapeOoxml(text);
}

bool isDateFormatCode(const QString &code)
{
    // Drop quoted literals, escapes and [colour]/[locale] sections before looking for date letters.
    QString c = code;
    static const QRegularExpression noise(QStringLiteral("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]"));
    c.remove(noise);
    c = c.toLower();
    if (c.contains(QLatin1String("general")))
        return false;
    return c.contains(QLatin1Char('y')) || c.contains(QLatin1Char('d'))
           || (c.contains(QLatin1Char('m')) && !c.contains(QLatin1Char('h'))) || c.contains(QStringLiteral("年"));
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// Which cell style indexes (the s attribute) show dates.
QVector<bool> readDateStyles(const QByteArray &xml)
{
    QHash<int, bool> customIsDate;
    QVector<bool> styles;
    QXmlStreamReader x(xml);
    bool inCellXfs = false;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("numFmt"))
                customIsDate.insert(attr(x, QLatin1String("numFmtId")).toInt(),
                                    isDateFormatCode(attr(x, QLatin1String("formatCode"))));
            else if (x.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && x.name() == QLatin1String("xf")) {
                const int id = attr(x, QLatin1String("numFmtId")).toInt();
                styles.append(customIsDate.contains(id) ? customIsDate.value(id) : isBuiltInDateFormat(id));
            }
        } else if (x.isEndElement() && x.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return styles;
}

QStringList readSharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader x(xml);
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("si"))
            strings.append(readStringItem(x));
    }
    return strings;
}

} // namespace

SheetReadResult readXlsx(const QString &path, const std::function<bool(int)> &progress)
{
    SheetReadResult result;
    const QString fileName = QFileInfo(path).fileName();
    Package pkg(path);
    if (!pkg.open()) {
        result.error = Text::tr("%1 is not an .xlsx workbook (it cannot be opened as one).").arg(fileName);
        return result;
    }
    QString error;
    QByteArray workbook, rels;
    if (!pkg.read(QStringLiteral("xl/workbook.xml"), &workbook, &error)
        || !pkg.read(QStringLiteral("xl/_rels/workbook.xml.rels"), &rels, &error)) {
        result.error = error.isEmpty() ? Text::tr("%1 has no workbook inside; is it really an .xlsx file?").arg(fileName)
                                       : error;
        return result;
    }

    QString firstSheetRel;
    {
        QXmlStreamReader x(workbook);
        while (!x.atEnd() && firstSheetRel.isEmpty()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("sheet")) {
                firstSheetRel = attr(x, QLatin1String("id"));
                result.table.sheetName = attr(x, QLatin1String("name"));
            }
        }
    }
    QString sheetPart, sharedPart, stylesPart;
    {
        QXmlStreamReader x(rels);
        while (!x.atEnd()) {
            x.readNext();
            if (!x.isStartElement() || x.name() != QLatin1String("Relationship"))
                continue;
            QString target = attr(x, QLatin1String("Target"));
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            const QString type = attr(x, QLatin1String("Type"));
            if (attr(x, QLatin1String("Id")) == firstSheetRel)
                sheetPart = target;
            else if (type.endsWith(QLatin1String("/sharedStrings")))
                sharedPart = target;
            else if (type.endsWith(QLatin1String("/styles")))
                stylesPart = target;
        }
    }
    if (sheetPart.isEmpty()) {
        result.error = Text::tr("%1 has no worksheet.").arg(fileName);
        return result;
    }

    QStringList shared;
    QVector<bool> dateStyles;
    QByteArray part;
    if (!sharedPart.isEmpty()) {
        xlsx::SharedStringsScan scan;
        bool general = false;
        const bool found = pkg.stream(sharedPart, "si", [&](QByteArrayView piece, bool last) {
            general = !scan.feed(piece, last);
            return !general;
        }, &error);
        if (found && !general)
            shared = scan.take();
        else if (found && pkg.read(sharedPart, &part, &error))
            shared = readSharedStrings(part); // another encoding, a DTD, or damaged: the general reader
    }
    if (!stylesPart.isEmpty() && error.isEmpty() && pkg.read(stylesPart, &part, &error))
        dateStyles = readDateStyles(part);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }

    xlsx::Outcome outcome = xlsx::Outcome::More;
    {
        qint64 size = 0;
        std::unique_ptr<xlsx::WorksheetScan> scan;
        const bool found = pkg.stream(sheetPart, "row", [&](QByteArrayView piece, bool last) {
            if (outcome == xlsx::Outcome::Read)
                return true; // the rest after </sheetData> is only read for the CRC check
            if (!scan)
                scan = std::make_unique<xlsx::WorksheetScan>(shared, dateStyles, fileName, progress, &result, size);
            outcome = scan->feed(piece, last);
            return outcome == xlsx::Outcome::More || outcome == xlsx::Outcome::Read;
        }, &error, &size);
        if (!found) {
            result.table.rows.clear();
            result.error = error.isEmpty() ? Text::tr("%1: the worksheet %2 is missing.").arg(fileName, sheetPart) : error;
            return result;
        }
    }
    switch (outcome) {
    case xlsx::Outcome::Read:
        result.ok = true;
        return result;
    case xlsx::Outcome::Failed:
        return result;
    case xlsx::Outcome::Cancelled:
        result.cancelled = true;
        return result;
    case xlsx::Outcome::More:
    case xlsx::Outcome::General:
        result.table.rows.clear();
        result.error.clear();
        break;
    }
    if (!pkg.read(sheetPart, &part, &error)) {
        result.error = error.isEmpty() ? Text::tr("%1: the worksheet %2 is missing.").arg(fileName, sheetPart) : error;
        return result;
    }

    auto &rows = result.table.rows;
    QXmlStreamReader x(part);
    int rowIndex = -1;
    int nextColumn = 0;
    qint64 lastReport = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (x.name() == QLatin1String("row")) {
            const QString r = attr(x, QLatin1String("r"));
            rowIndex = r.isEmpty() ? rowIndex + 1 : r.toInt() - 1;
            nextColumn = 0;
            if (rowIndex < 0 || rowIndex > 1048575) {
                result.error = Text::tr("%1: row number %2 is out of range.").arg(fileName, r);
                return result;
            }
            if (rows.size() <= rowIndex)
                rows.resize(rowIndex + 1);
            if (progress && x.characterOffset() - lastReport > 1 << 20) {
                lastReport = x.characterOffset();
                if (!progress(int(100 * lastReport / qMax<qint64>(1, part.size())))) {
                    result.cancelled = true;
                    return result;
                }
            }
            continue;
        }
        if (x.name() != QLatin1String("c") || rowIndex < 0)
            continue;
        int column = nextColumn, refRow = rowIndex;
        const QString ref = attr(x, QLatin1String("r"));
        if (!ref.isEmpty() && !xlsx::parseReference(ref, &column, &refRow)) {
            result.error = Text::tr("%1: bad cell reference %2.").arg(fileName, ref);
            return result;
        }
        nextColumn = column + 1;
        const xlsx::CellType type = xlsx::cellTypeOf(attr(x, QLatin1String("t")));
        const int style = attr(x, QLatin1String("s")).toInt();
        QString value;
        bool haveValue = false, fromStringItem = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isEndElement() && x.name() == QLatin1String("c"))
                break;
            if (!x.isStartElement())
                continue;
            if (x.name() == QLatin1String("v")) {
                value = x.readElementText();
                haveValue = true;
                fromStringItem = false;
            } else if (x.name() == QLatin1String("is")) {
                value = readStringItem(x);
                haveValue = true;
                fromStringItem = true;
            }
        }
        if (!haveValue)
            continue;
        if (column > 16383) {
            result.error = Text::tr("%1: column %2 is out of range.").arg(fileName).arg(column + 1);
            return result;
        }
        SheetCell cell;
        if (!xlsx::makeCell(type, style, value, fromStringItem, shared, dateStyles, &cell))
            continue;
        auto &row = rows[rowIndex];
        if (row.size() <= column)
            row.resize(column + 1);
        row[column] = std::move(cell);
    }
    if (x.hasError()) {
        result.error = Text::tr("%1: the worksheet is damaged (%2).").arg(fileName, x.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace gme
