#include "PhotoRules.h"

#include "ContentSniffer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Evidence)
};

bool nearWhite(QRgb c)
{
    const int r = qRed(c), g = qGreen(c), b = qBlue(c);
    return qMin(r, qMin(g, b)) >= 205 && qMax(r, qMax(g, b)) - qMin(r, qMin(g, b)) <= 30;
}

EvidenceFinding warning(QLatin1String code, const QString &text)
{
    return EvidenceFinding{QString(code), EvidenceFinding::Severity::Warning, text};
}

} // namespace

double backgroundWhiteShare(const QImage &source)
{
    if (source.isNull())
        return 0;
    const QImage image = source.convertToFormat(QImage::Format_RGB32);
    const int w = image.width(), h = image.height();
    const int topBand = qMax(1, h / 12);
    const int sideBand = qMax(1, w / 14);
    const int sideDepth = h * 55 / 100; // shoulders start lower down
    qint64 white = 0, total = 0;
    for (int y = 0; y < sideDepth; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            if (y >= topBand && x >= sideBand && x < w - sideBand)
                continue;
            ++total;
            white += nearWhite(line[x]) ? 1 : 0;
        }
    }
    return total ? double(white) / double(total) : 0;
}

EvidenceFindings checkPhotoMetadata(const QString &fileName, qint64 sizeBytes, const QString &idNumber)
{
    EvidenceFindings out;
    const QFileInfo name(fileName);
    const QString suffix = name.suffix().toLower();
    if (suffix != QLatin1String("jpg") && suffix != QLatin1String("jpeg"))
        out.append(warning(PhotoRule::NotJpeg, Text::tr("The photo must be a JPG file; this one is named \"%1\".").arg(fileName)));
    if (sizeBytes < PhotoRule::MinBytes || sizeBytes > PhotoRule::MaxBytes)
        out.append(warning(PhotoRule::FileSize,
                           Text::tr("The photo must be 150–300 KB; this one is %1 KB.").arg((sizeBytes + 512) / 1024)));
    if (!idNumber.isEmpty() && name.completeBaseName().compare(idNumber, Qt::CaseInsensitive) != 0)
        out.append(warning(PhotoRule::FileName,
                           Text::tr("The photo must be named by the ID number (%1.jpg); it is named \"%2\".")
                               .arg(idNumber, fileName)));
    return out;
}

EvidenceFindings checkCertificatePhoto(const QByteArray &bytes, const QString &fileName, const QString &idNumber)
{
    EvidenceFindings out = checkPhotoMetadata(fileName, bytes.size(), idNumber);
    const ContentReport content = inspectContent(bytes, fileName, {});
    if (content.type != ContentType::Jpeg && !hasFinding(out, PhotoRule::NotJpeg))
        out.prepend(warning(PhotoRule::NotJpeg,
                            Text::tr("The photo must be a JPG file; this one is %1 named \"%2\".")
                                .arg(contentTypeName(content.type), fileName)));
    else if (content.type != ContentType::Jpeg) // named .png and is one: say what it is
        out.first().text = Text::tr("The photo must be a JPG file; this one is %1 named \"%2\".")
                               .arg(contentTypeName(content.type), fileName);

    // Problems that stop decoding (empty, image bomb, unreadable header) are reported as they are.
    for (const EvidenceFinding &f : content.findings)
        if (f.severity == EvidenceFinding::Severity::Problem)
            out.append(f);
    if (!content.showable || content.imageSize.isEmpty())
        return out;

    const QSize size = content.imageSize;
    const double ratio = double(size.width()) / double(size.height());
    if (qAbs(ratio - PhotoRule::Ratio) > PhotoRule::RatioTolerance)
        out.append(warning(PhotoRule::Proportions,
                           Text::tr("The photo must be a portrait in 2-inch proportions (35 × 49 mm, width/height "
                                    "0.71); this one is %1 × %2 pixels (%3).")
                               .arg(size.width())
                               .arg(size.height())
                               .arg(ratio, 0, 'f', 2)));

    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize scaled = size.scaled(QSize(240, 240), Qt::KeepAspectRatio);
    reader.setScaledSize(scaled.isEmpty() ? size : scaled);
    const QImage image = reader.read();
    if (image.isNull()) {
        out.append(EvidenceFinding{QString(PhotoRule::Unreadable), EvidenceFinding::Severity::Problem,
                                   Text::tr("The photo cannot be decoded: %1").arg(reader.errorString())});
        return out;
    }
    const double share = backgroundWhiteShare(image);
    if (share < PhotoRule::MinWhiteShare)
        out.append(warning(PhotoRule::Background,
                           Text::tr("The photo background must be white; only %1% of the background is near-white.")
                               .arg(qRound(share * 100))));
    return out;
}

} // namespace gme
