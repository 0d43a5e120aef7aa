#include "evidence/PdfOpenCheck.h"

#include <QBuffer>
#include <QPdfDocument>

namespace gme {

PdfOpenResult openPdf(const QByteArray &bytes)
{
    QByteArray copy = bytes; // shares the data; QBuffer needs a non-const array
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    PdfOpenResult out;
    switch (document.error()) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        out.outcome = PdfOpenResult::Outcome::NeedsPassword;
        return out;
    default:
        return out;
    }
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1)
        return out;
    out.outcome = PdfOpenResult::Outcome::Opens;
    out.pageCount = document.pageCount();
    return out;
}

} // namespace gme
