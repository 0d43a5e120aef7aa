#include "EvidenceBench.h"

#include "db/Database.h"
#include "evidence/DatabaseEvidenceSource.h"
#include "evidence/EvidenceViewer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace gme::bench {

QByteArray twentyPagePdf(int variant)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(QStringLiteral("bench %1").arg(variant));
    QPainter p(&pdf);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(28);
    p.setFont(font);
    for (int page = 0; page < 20; ++page) {
        if (page)
            pdf.newPage();
        p.drawText(QRect(0, 80, pdf.width(), 60), Qt::AlignCenter,
                   QStringLiteral(u"住院医师规范化培训过程考核登记表 — 第 %1 页 (%2)").arg(page + 1).arg(variant));
        for (int row = 0; row < 24; ++row) {
            const int y = 200 + row * 60;
            p.drawRect(90, y, pdf.width() - 180, 60);
            p.drawText(QRect(100, y, 600, 60), Qt::AlignVCenter, QStringLiteral(u"轮转科室 %1 · 出科考核 合格").arg(row + 1));
        }
        p.setPen(QPen(QColor(200, 30, 30), 5));
        p.drawEllipse(QPoint(pdf.width() - 300, 1750), 110, 110);
        p.setPen(Qt::black);
    }
    p.end();
    return bytes;
}

QByteArray scannedTwentyPagePdf(int variant)
{
    QImage scan(1240, 1754, QImage::Format_Grayscale8);
    scan.fill(235);
    {
        QPainter p(&scan);
        p.setPen(QPen(Qt::black, 3));
        for (int row = 0; row < 24; ++row)
            p.drawRect(90, 200 + row * 60, 1060, 60);
        p.fillRect(QRect(300, 80, 640, 50), QColor(60, 60, 60));
        p.fillRect(QRect(40 + variant, 40, 20, 20), Qt::black);
    }
    quint32 seed = 12345u + quint32(variant);
    for (int y = 0; y < scan.height(); y += 2) { // paper grain
        uchar *line = scan.scanLine(y);
        for (int x = 0; x < scan.width(); ++x) {
            seed = seed * 1103515245u + 12345u;
            line[x] = uchar(qBound(0, int(line[x]) + int((seed >> 16) % 17) - 8, 255));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    QPainter p(&pdf);
    for (int page = 0; page < 20; ++page) {
        if (page)
            pdf.newPage();
        p.drawImage(QRect(0, 0, pdf.width(), pdf.height()), scan);
    }
    p.end();
    return bytes;
}

EvidenceRef evidenceRefFor(const QByteArray &bytes, int n)
{
    EvidenceRef r;
    r.id = n;
    r.registrationId = n;
    r.kind = QStringLiteral("process_register");
    r.fileName = QStringLiteral("register-%1.pdf").arg(n);
    r.mimeType = QStringLiteral("application/pdf");
    r.sizeBytes = bytes.size();
    r.sha256 = sha256Hex(bytes);
    return r;
}

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

std::optional<Sample> timeToFirstPaint(EvidenceViewer &viewer, const EvidenceRef &ref)
{
    QEventLoop loop;
    bool shown = false, ok = false;
    QElapsedTimer t;
    double cpu0 = 0;
    Sample sample;
    auto c1 = QObject::connect(&viewer, &EvidenceViewer::fileShown, &loop, [&] {
        shown = true;
        if (viewer.mode() != EvidenceViewer::Mode::Pdf)
            loop.quit();
    });
    auto c2 = QObject::connect(&viewer, &EvidenceViewer::pagePainted, &loop, [&] {
        if (shown && viewer.mode() == EvidenceViewer::Mode::Pdf && !ok) {
            sample = {double(t.nsecsElapsed()) / 1e9, processCpuSeconds() - cpu0};
            ok = true;
            loop.quit();
        }
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    waitUntil([] { return false; }, 400); // thumbnails and prefetches of the previous row finish
    cpu0 = processCpuSeconds();
    t.start();
    viewer.showRegistration(ref.registrationId, {ref});
    if (!(shown && ok))
        loop.exec();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    if (!ok) {
        std::fprintf(stderr, "  run failed: %s\n", qPrintable(viewer.messageText()));
        return std::nullopt;
    }
    return sample;
}

std::optional<Sample> prefetchedTimeToFirstPaint(EvidenceViewer &viewer, const EvidenceRef &ref)
{
    bool ready = false;
    auto c = QObject::connect(&viewer, &EvidenceViewer::prefetched, &viewer,
                              [&](const QString &sha) { ready |= sha == ref.sha256; });
    viewer.prefetch({ref});
    waitUntil([&] { return ready; });
    QObject::disconnect(c);
    return timeToFirstPaint(viewer, ref);
}

QList<Sample> warmFirstPageRuns(int runs)
{
    QList<QByteArray> files;
    for (int i = 0; i <= runs; ++i)
        files.append(twentyPagePdf(i));
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("evidence.sqlite")));
    database.migrate();
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT INTO evidence_blobs (sha256, content) VALUES (?, ?)"));
    for (const QByteArray &f : std::as_const(files)) {
        q.bindValue(0, sha256Hex(f));
        q.bindValue(1, f);
        q.exec();
    }
    QList<Sample> out;
    {
        DatabaseEvidenceSource source(database);
        EvidenceViewer viewer;
        viewer.resize(1000, 800);
        viewer.show();
        viewer.setSource(&source);
        QCoreApplication::processEvents();
        timeToFirstPaint(viewer, evidenceRefFor(files.at(0), 1)); // first use of pdfium, fonts, threads
        for (int i = 1; i <= runs; ++i)
            if (const auto s = prefetchedTimeToFirstPaint(viewer, evidenceRefFor(files.at(i), i + 1)))
                out.append(*s);
        viewer.clear();
        viewer.setSource(nullptr);
    }
    return out;
}

} // namespace gme::bench
