#pragma once

// Evidence files for tests, made here: PDFs (also password-protected), portraits and JPEGs of a
// chosen size, and real PDFs from Debian packages on the machine.

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QList>

namespace gme::test {

QByteArray samplePdf(int pages = 2);
// A one-page PDF with a user password (standard security handler, revision 2, RC4 40-bit).
QByteArray passwordPdf();
// Up to `max` PDFs under /usr/share/doc (documentation of Debian packages), smaller than 16 MB.
QList<QByteArray> debianPdfs(int max = 3);

// A head-and-shoulders portrait on `background`, with grain so JPEG sizes are realistic.
QImage samplePortrait(int width, int height, QColor background, int grain = 20);
QByteArray encodeImage(const QImage &image, const char *format, int quality = -1);
// A JPEG of the image whose size falls in [minBytes, maxBytes] (searching the quality), or the
// closest one found.
QByteArray jpegSized(const QImage &image, qint64 minBytes, qint64 maxBytes);
// A certificate photo that keeps every photo rule (JPG, 150–300 KB, 2-inch portrait, white background).
QByteArray goodCertificatePhoto();

} // namespace gme::test
