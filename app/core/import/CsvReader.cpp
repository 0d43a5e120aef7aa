#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::CsvReader)
};

constexpr qint64 kMaxCsvBytes = 512LL * 1024 * 1024;

QChar guessSeparator(QStringView firstLine)
{
    const qsizetype commas = firstLine.count(u','), semis = firstLine.count(u';'), tabs = firstLine.count(u'\t');
    if (tabs > commas && tabs >= semis)
        return u'\t';
    if (semis > commas)
        return u';';
    return u',';
}

} // namespace

QString detectCsvEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    // Valid UTF-8 that is not plain ASCII is almost never GB18030 text by accident; the reverse
    // is common, so UTF-8 wins only when it decodes without a single error.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString probe = utf8.decode(bytes);
    Q_UNUSED(probe);
    return utf8.hasError() ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
}

SheetReadResult readCsv(const QString &path)
{
    SheetReadResult result;
    const QString fileName = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        result.error = Text::tr("Cannot open %1: %2").arg(fileName, f.errorString());
        return result;
    }
    if (f.size() > kMaxCsvBytes) {
        result.error = Text::tr("%1 is too large to be a roster.").arg(fileName);
        return result;
    }
    QByteArray bytes = f.readAll();
    const QString encoding = detectCsvEncoding(bytes);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(encoding.toLatin1().constData());
    if (!decoder.isValid()) {
        result.error = Text::tr("This system cannot decode %1 text.").arg(encoding);
        return result;
    }
    const QString text = decoder.decode(bytes);

    const QChar sep = guessSeparator(QStringView(text).left(text.indexOf(u'\n')));
    auto &rows = result.table.rows;
    QVector<SheetCell> row;
    QString field;
    bool quoted = false, fieldStarted = false;
    auto endField = [&] {
        SheetCell c;
        if (!field.isEmpty()) {
            c.kind = SheetCell::Kind::Text;
            c.text = field;
        }
        row.append(std::move(c));
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        if (row.size() == 1 && row[0].isEmpty())
            row.clear(); // a blank line is a blank row
        rows.append(std::move(row));
        row = {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == sep) {
            endField();
        } else if (c == u'\r') {
            continue; // CRLF and lone CR line ends are handled by the \n branch or ignored
        } else if (c == u'\n') {
            endRow();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        result.error = Text::tr("%1: a quoted field starting on line %2 is never closed.").arg(fileName).arg(rows.size() + 1);
        return result;
    }
    if (fieldStarted || !row.isEmpty())
        endRow();
    result.ok = true;
    return result;
}

} // namespace gme
