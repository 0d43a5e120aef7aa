#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

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
        if (name.startsWith(QLatin1Char('/')))
            name.remove(0, 1);
        constexpr int kCaseInsensitive = 2;
        if (unzLocateFile(m_zip, name.toUtf8().constData(), kCaseInsensitive) != UNZ_OK)
            return false;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
            || qint64(info.uncompressed_size) > kMaxPartBytes) {
            *error = Text::tr("The part %1 is too large to be a roster.").arg(name);
            return false;
        }
        if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
            *error = Text::tr("The part %1 cannot be unpacked.").arg(name);
            return false;
        }
        out->resize(qsizetype(info.uncompressed_size));
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

private:
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

// "_x000D_" and friends: OOXML's escape for characters XML cannot carry.
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
    return unescapeOoxml(text);
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

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
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
    if (!sharedPart.isEmpty() && pkg.read(sharedPart, &part, &error))
        shared = readSharedStrings(part);
    if (!stylesPart.isEmpty() && pkg.read(stylesPart, &part, &error))
        dateStyles = readDateStyles(part);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
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
        if (!ref.isEmpty() && !parseReference(ref, &column, &refRow)) {
            result.error = Text::tr("%1: bad cell reference %2.").arg(fileName, ref);
            return result;
        }
        nextColumn = column + 1;
        const QString type = attr(x, QLatin1String("t"));
        const int style = attr(x, QLatin1String("s")).toInt();
        QString value;
        bool haveValue = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isEndElement() && x.name() == QLatin1String("c"))
                break;
            if (!x.isStartElement())
                continue;
            if (x.name() == QLatin1String("v")) {
                value = x.readElementText();
                haveValue = true;
            } else if (x.name() == QLatin1String("is")) {
                value = readStringItem(x);
                haveValue = true;
            }
        }
        if (!haveValue)
            continue;
        if (column > 16383) {
            result.error = Text::tr("%1: column %2 is out of range.").arg(fileName).arg(column + 1);
            return result;
        }
        SheetCell cell;
        if (type == QLatin1String("s")) {
            const int i = value.toInt();
            cell.kind = SheetCell::Kind::Text;
            cell.text = shared.value(i);
        } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str")) {
            cell.kind = SheetCell::Kind::Text;
            cell.text = unescapeOoxml(value);
        } else if (type == QLatin1String("b")) {
            cell.kind = SheetCell::Kind::Boolean;
            cell.number = value.toInt();
            cell.text = cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == QLatin1String("e")) {
            cell.kind = SheetCell::Kind::Text;
            cell.text = value;
        } else {
            bool ok = false;
            cell.number = value.toDouble(&ok);
            if (!ok)
                continue;
            const bool isDate = style >= 0 && style < dateStyles.size() && dateStyles[style];
            cell.date = isDate ? excelSerialToDate(cell.number) : QDate();
            cell.kind = cell.date.isValid() ? SheetCell::Kind::Date : SheetCell::Kind::Number;
            cell.text = cell.date.isValid() ? cell.date.toString(Qt::ISODate) : numberText(cell.number);
        }
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
