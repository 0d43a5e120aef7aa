#include "ContentSniffer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Evidence)
};

constexpr char JpegMagic[] = "\xFF\xD8\xFF";
constexpr char PngMagic[] = "\x89PNG\r\n\x1A\n";

// PDF readers accept the header anywhere in the first kilobyte (some scanners prepend junk).
qsizetype pdfHeaderAt(const QByteArray &bytes)
{
    const qsizetype at = bytes.indexOf("%PDF-");
    return at >= 0 && at < 1024 ? at : -1;
}

// The bytes with trailing padding (NULs, white space) some scanners and mailers append removed.
QByteArrayView withoutTrailingPadding(const QByteArray &bytes, qsizetype limit = 4096)
{
    qsizetype end = bytes.size();
    const qsizetype floor = qMax<qsizetype>(0, end - limit);
    while (end > floor) {
        const char c = bytes.at(end - 1);
        if (c != '\0' && c != ' ' && c != '\r' && c != '\n' && c != '\t')
            break;
        --end;
    }
    return QByteArrayView(bytes).first(end);
}

bool pdfHasEndMarker(const QByteArray &bytes)
{
    const QByteArrayView body = withoutTrailingPadding(bytes);
    const qsizetype tail = qMin<qsizetype>(body.size(), 1024);
    return body.last(tail).indexOf(QByteArrayView("%%EOF")) >= 0;
}

bool jpegHasEndMarker(const QByteArray &bytes)
{
    const QByteArrayView body = withoutTrailingPadding(bytes);
    return body.size() >= 4 && body.endsWith(QByteArrayView("\xFF\xD9", 2));
}

bool pngHasEndChunk(const QByteArray &bytes)
{
    const QByteArrayView body = withoutTrailingPadding(bytes, 64);
    return body.size() >= 20 && body.last(12).startsWith(QByteArrayView("\0\0\0\0IEND", 8));
}

bool claimsPdf(const QString &fileName, const QString &claimedMime)
{
    return fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
        || claimedMime.compare(QLatin1String("application/pdf"), Qt::CaseInsensitive) == 0;
}

// What the name's extension promises, for "named .jpg but is a PNG".
ContentType typeByName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".pdf")))
        return ContentType::Pdf;
    if (lower.endsWith(QLatin1String(".jpg")) || lower.endsWith(QLatin1String(".jpeg")))
        return ContentType::Jpeg;
    if (lower.endsWith(QLatin1String(".png")))
        return ContentType::Png;
    return ContentType::Unknown;
}

// A guess at what a non-PDF really is, for the message.
QString describeForeign(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(512).toLower();
    if (bytes.startsWith("PK\x03\x04"))
        return Text::tr("a ZIP archive or an Office document (.docx, .xlsx)");
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return Text::tr("an old-format Office document (.doc, .xls)");
    if (head.contains("<html") || head.contains("<!doctype"))
        return Text::tr("a web page");
    if (bytes.startsWith("{\\rtf"))
        return Text::tr("an RTF document");
    if (bytes.startsWith("GIF8"))
        return Text::tr("a GIF image");
    if (bytes.startsWith("BM"))
        return Text::tr("a BMP image");
    return Text::tr("not a file type the viewer knows");
}

EvidenceFinding finding(QLatin1String code, EvidenceFinding::Severity severity, const QString &text)
{
    return EvidenceFinding{QString(code), severity, text};
}

} // namespace

ContentType sniffContentType(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayView(JpegMagic, 3)))
        return ContentType::Jpeg;
    if (bytes.startsWith(QByteArrayView(PngMagic, 8)))
        return ContentType::Png;
    if (pdfHeaderAt(bytes) >= 0)
        return ContentType::Pdf;
    return ContentType::Unknown;
}

QString contentTypeName(ContentType type)
{
    switch (type) {
    case ContentType::Pdf: return QStringLiteral("PDF");
    case ContentType::Jpeg: return QStringLiteral("JPEG");
    case ContentType::Png: return QStringLiteral("PNG");
    case ContentType::Unknown: break;
    }
    return Text::tr("unknown");
}

QSize imageHeaderSize(const QByteArray &bytes)
{
    QByteArray copy = bytes; // shares the data; QBuffer needs a non-const array
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return reader.size();
}

ContentReport inspectContent(const QByteArray &bytes, const QString &fileName, const QString &claimedMime)
{
    using Severity = EvidenceFinding::Severity;
    ContentReport report;
    if (bytes.isEmpty()) {
        report.findings.append(finding(ContentFinding::Empty, Severity::Problem,
                                       Text::tr("The file is empty (0 bytes): the upload did not arrive.")));
        return report;
    }
    report.type = sniffContentType(bytes);
    const bool pdfClaimed = claimsPdf(fileName, claimedMime);

    switch (report.type) {
    case ContentType::Unknown:
        if (pdfClaimed)
            report.findings.append(finding(ContentFinding::NotPdf, Severity::Problem,
                                           Text::tr("This file is named or labelled as a PDF but is not one: it looks like %1.")
                                               .arg(describeForeign(bytes))));
        else
            report.findings.append(finding(ContentFinding::UnknownType, Severity::Problem,
                                           Text::tr("The file is neither a PDF nor a JPEG or PNG image: it looks like %1.")
                                               .arg(describeForeign(bytes))));
        return report;

    case ContentType::Pdf:
        report.showable = true;
        if (!pdfHasEndMarker(bytes))
            report.findings.append(finding(ContentFinding::Truncated, Severity::Problem,
                                           Text::tr("The PDF is truncated (no end-of-file marker): the upload was cut "
                                                    "short, pages may be missing.")));
        if (bytes.contains("/Encrypt"))
            report.findings.append(finding(ContentFinding::Encrypted, Severity::Warning,
                                           Text::tr("The PDF is encrypted and may need a password to open.")));
        break;

    case ContentType::Jpeg:
    case ContentType::Png: {
        if (pdfClaimed)
            report.findings.append(finding(ContentFinding::NotPdf, Severity::Warning,
                                           Text::tr("This file is named or labelled as a PDF but is a %1 image.")
                                               .arg(contentTypeName(report.type))));
        else if (const ContentType named = typeByName(fileName); named != ContentType::Unknown && named != report.type)
            report.findings.append(finding(ContentFinding::TypeMismatch, Severity::Note,
                                           Text::tr("The file name says %1 but the content is %2.")
                                               .arg(contentTypeName(named), contentTypeName(report.type))));
        const bool complete = report.type == ContentType::Jpeg ? jpegHasEndMarker(bytes) : pngHasEndChunk(bytes);
        if (!complete)
            report.findings.append(finding(ContentFinding::Truncated, Severity::Problem,
                                           Text::tr("The image is truncated: the upload was cut short, part of the "
                                                    "picture may be grey or missing.")));
        report.imageSize = imageHeaderSize(bytes);
        if (!report.imageSize.isValid() || report.imageSize.isEmpty()) {
            report.findings.append(finding(ContentFinding::ImageUnreadable, Severity::Problem,
                                           Text::tr("The image header cannot be read.")));
            return report;
        }
        const qint64 pixels = qint64(report.imageSize.width()) * report.imageSize.height();
        if (pixels > MaxImagePixels) {
            report.findings.append(finding(ContentFinding::ImageTooLarge, Severity::Problem,
                                           Text::tr("The image claims %1 × %2 pixels (%3 megapixels), more than the "
                                                    "%4 megapixels the viewer opens; it is not decoded.")
                                               .arg(report.imageSize.width())
                                               .arg(report.imageSize.height())
                                               .arg(pixels / 1'000'000)
                                               .arg(MaxImagePixels / 1'000'000)));
            return report;
        }
        report.showable = true;
        break;
    }
    }
    return report;
}

} // namespace gme
