#pragma once

#include <QByteArray>

namespace gme {

// What opening a PDF with Qt PDF (the viewer's engine) finds. Implemented in app/pdfcheck.
struct PdfOpenResult
{
    enum class Outcome { Opens, NeedsPassword, Damaged };
    Outcome outcome = Outcome::Damaged;
    int pageCount = 0;
};

// Loads the document from memory; safe on a worker thread.
PdfOpenResult openPdf(const QByteArray &bytes);

} // namespace gme
