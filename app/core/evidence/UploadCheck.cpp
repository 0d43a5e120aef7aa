#include "UploadCheck.h"

#include "EvidenceRef.h"
#include "PdfOpenCheck.h"
#include "PhotoRules.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::EvidenceUpload)
};

QString pdfOpenProblem(const QByteArray &bytes)
{
    const PdfOpenResult pdf = openPdf(bytes);
    switch (pdf.outcome) {
    case PdfOpenResult::Outcome::NeedsPassword:
        return Text::tr("The PDF is password-protected; upload a copy without a password.");
    case PdfOpenResult::Outcome::Damaged:
        return Text::tr("The PDF cannot be opened: it is damaged or has no pages.");
    case PdfOpenResult::Outcome::Opens:
        break;
    }
    if (pdf.pageCount > UploadLimit::MaxPdfPages)
        return Text::tr("The PDF has %1 pages; at most %2 are accepted. Upload only the pages needed.")
            .arg(pdf.pageCount)
            .arg(UploadLimit::MaxPdfPages);
    return {};
}

// Decodes a small copy: enough to find a broken image without paying for a full decode.
QString imageDecodeProblem(const QByteArray &bytes, const QSize &size)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize scaled = size.scaled(QSize(320, 320), Qt::KeepAspectRatio);
    if (!scaled.isEmpty())
        reader.setScaledSize(scaled);
    if (reader.read().isNull())
        return Text::tr("The image cannot be decoded: %1").arg(reader.errorString());
    return {};
}

} // namespace

QStringList uploadableEvidenceKinds()
{
    return {QString(EvidenceKind::ProcessRegister), QString(EvidenceKind::ReductionProof), QString(EvidenceKind::Licence),
            QString(EvidenceKind::Diploma), QString(EvidenceKind::Photo)};
}

QString UploadCheck::mimeType() const
{
    switch (type) {
    case ContentType::Pdf: return QStringLiteral("application/pdf");
    case ContentType::Jpeg: return QStringLiteral("image/jpeg");
    case ContentType::Png: return QStringLiteral("image/png");
    case ContentType::Unknown: break;
    }
    return QStringLiteral("application/octet-stream");
}

UploadCheck checkUpload(const QByteArray &bytes, const QString &fileName, const QString &kind, const QString &idNumber)
{
    UploadCheck out;
    if (!uploadableEvidenceKinds().contains(kind)) {
        out.problems.append(Text::tr("\"%1\" is not a kind of evidence a base uploads.").arg(kind));
        return out;
    }
    if (bytes.size() > UploadLimit::MaxBytes) {
        out.problems.append(Text::tr("The file is %1; at most %2 are accepted.")
                                .arg(formatFileSize(bytes.size()), formatFileSize(UploadLimit::MaxBytes)));
        return out;
    }
    const ContentReport content = inspectContent(bytes, fileName, {});
    out.type = content.type;
    // What stops a file from being shown, and a password, refuse it; notes (a .jpg name on a PNG) do not.
    for (const EvidenceFinding &f : content.findings)
        if (f.severity == EvidenceFinding::Severity::Problem || f.code == ContentFinding::Encrypted)
            out.problems.append(f.text);
    if (!out.problems.isEmpty())
        return out;

    if (kind == EvidenceKind::Photo) {
        // The photo rules include JPG and 150–300 KB; every one of them must hold.
        for (const EvidenceFinding &f : checkCertificatePhoto(bytes, fileName, idNumber))
            out.problems.append(f.text);
        return out;
    }
    if (content.type == ContentType::Pdf) {
        if (const QString problem = pdfOpenProblem(bytes); !problem.isEmpty())
            out.problems.append(problem);
    } else if (const QString problem = imageDecodeProblem(bytes, content.imageSize); !problem.isEmpty()) {
        out.problems.append(problem);
    }
    return out;
}

QString uploadRefusal(const QString &fileName, const QStringList &problems)
{
    QString text = Text::tr("The file \"%1\" cannot be uploaded:").arg(fileName);
    for (const QString &p : problems)
        text += QStringLiteral("\n• ") + p;
    return text;
}

} // namespace gme
