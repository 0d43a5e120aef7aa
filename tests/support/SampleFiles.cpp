#include "SampleFiles.h"

#include "evidence/PhotoRules.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

namespace gme::test {
namespace {

QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    quint8 s[256];
    for (int i = 0; i < 256; ++i)
        s[i] = quint8(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + quint8(key[i % key.size()])) & 0xFF;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), Qt::Uninitialized);
    for (int n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) & 0xFF;
        j = (j + s[i]) & 0xFF;
        std::swap(s[i], s[j]);
        out[n] = char(quint8(data[n]) ^ s[(s[i] + s[j]) & 0xFF]);
    }
    return out;
}

} // namespace

QByteArray samplePdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    QPainter p(&pdf);
    for (int i = 0; i < pages; ++i) {
        if (i)
            pdf.newPage();
        p.drawRect(100, 100, 2000, 1000 + 100 * i);
    }
    p.end();
    return bytes;
}

QByteArray passwordPdf()
{
    const QByteArray pad = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    auto padded = [&](const QByteArray &pw) { return (pw + pad).left(32); };
    auto md5 = [](const QByteArray &b) { return QCryptographicHash::hash(b, QCryptographicHash::Md5); };
    const QByteArray id = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    const QByteArray ownerKey = md5(padded("owner")).left(5);
    const QByteArray O = rc4(ownerKey, padded("user-secret"));
    const QByteArray P = QByteArray::fromHex("fcffffff"); // -4
    const QByteArray key = md5(padded("user-secret") + O + P + id).left(5);
    const QByteArray U = rc4(key, pad);
    const QByteArray content = rc4(md5(key + QByteArray::fromHex("0400000000")).left(10), "0 0 0 rg 20 20 100 100 re f\n");

    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    auto obj = [&](const QByteArray &body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    obj("<< /Type /Catalog /Pages 2 0 R >>");
    obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>");
    obj("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    obj("<< /Filter /Standard /V 1 /R 2 /O <" + O.toHex() + "> /U <" + U.toHex() + "> /P -4 >>");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 6\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 6 /Root 1 0 R /Encrypt 5 0 R /ID [<" + id.toHex() + "> <" + id.toHex() + ">] >>\n";
    pdf += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QList<QByteArray> debianPdfs(int max)
{
    QList<QByteArray> out;
    QDirIterator it(QStringLiteral("/usr/share/doc"), {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext() && out.size() < max) {
        QFile f(it.next());
        if (f.size() > 0 && f.size() < 16 * 1024 * 1024 && f.open(QIODevice::ReadOnly))
            out.append(f.readAll());
    }
    return out;
}

QImage samplePortrait(int w, int h, QColor background, int grain)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(background);
    {
        QPainter p(&img);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(40, 60, 120));
        p.drawEllipse(QRect(w / 14, h * 72 / 100, w - w / 7, h / 2));
        p.setBrush(QColor(230, 195, 165));
        p.drawEllipse(QRect(w * 28 / 100, h * 22 / 100, w * 44 / 100, h * 40 / 100));
    }
    QRandomGenerator rng(42);
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int n = int(rng.bounded(2 * grain + 1)) - grain;
            const QRgb c = line[x];
            line[x] = qRgb(qBound(0, qRed(c) + n, 255), qBound(0, qGreen(c) + n, 255), qBound(0, qBlue(c) + n, 255));
        }
    }
    return img;
}

QByteArray encodeImage(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

QByteArray jpegSized(const QImage &image, qint64 minBytes, qint64 maxBytes)
{
    int lo = 5, hi = 100;
    QByteArray best;
    while (lo <= hi) {
        const int q = (lo + hi) / 2;
        QByteArray b = encodeImage(image, "JPG", q);
        best = b;
        if (b.size() < minBytes)
            lo = q + 1;
        else if (b.size() > maxBytes)
            hi = q - 1;
        else
            return b;
    }
    return best;
}

QByteArray goodCertificatePhoto()
{
    return jpegSized(samplePortrait(413, 579, Qt::white), PhotoRule::MinBytes + 20'000, PhotoRule::MaxBytes - 20'000);
}

} // namespace gme::test
