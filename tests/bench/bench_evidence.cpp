// Time from selecting a row to the first page of a 20-page PDF painted in the evidence viewer.
//
//   cold, database     the file read from evidence_blobs (worker thread), checked, loaded, painted
//   warm, prefetched   the file fetched ahead while the reviewer looked at the previous row
//   cold, HTTP         downloaded from an evidence server on loopback, checked, cached, painted
//   warm, disk cache   the HTTP source's local cache holds it (read + hashed on a worker thread)
//
// Each scenario uses distinct files (so no run profits from another's cache), shows the viewer at
// 1000 × 800 and reports the median, minimum and maximum of the runs. Offscreen by default.

#include "evidence/EvidenceViewer.h"

#include "db/Database.h"
#include "evidence/DatabaseEvidenceSource.h"
#include "evidence/EvidencePrefetcher.h"
#include "evidence/HttpEvidenceSource.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace gme;

namespace {

constexpr int Runs = 15;
constexpr int ScannedRuns = 8;

// A 20-page scanned-form-like PDF; `variant` makes each file's bytes differ.
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

// The same, as a scanner makes it: every page a 150 dpi greyscale picture of the form.
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

EvidenceRef refFor(const QByteArray &bytes, int n)
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

// A minimal HTTP/1.1 file server on its own thread (GET /<sha256>).
class FileServer : public QTcpServer
{
public:
    QHash<QString, QByteArray> files;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *s = new QTcpSocket(this);
        s->setSocketDescriptor(handle);
        connect(s, &QTcpSocket::readyRead, this, [this, s] {
            QByteArray &buf = m_buffers[s];
            buf += s->readAll();
            while (buf.contains("\r\n\r\n")) {
                const qsizetype end = buf.indexOf("\r\n\r\n") + 4;
                const QByteArray head = buf.left(end);
                buf.remove(0, end);
                const QByteArray path = head.split(' ').value(1);
                const QByteArray body = files.value(QString::fromLatin1(path.mid(path.lastIndexOf('/') + 1)));
                s->write("HTTP/1.1 " + QByteArray(body.isEmpty() ? "404 Not Found" : "200 OK")
                         + "\r\nContent-Type: application/pdf\r\nContent-Length: " + QByteArray::number(body.size())
                         + "\r\n\r\n" + body);
            }
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }

private:
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

struct Stats
{
    double median = 0, min = 0, max = 0;
};

Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return {v.at(v.size() / 2), v.first(), v.last()};
}

void waitUntil(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

// Shows the file and returns the milliseconds until the first page was painted (-1 on failure).
double timeToFirstPaint(EvidenceViewer &viewer, const EvidenceRef &ref)
{
    QEventLoop loop;
    bool shown = false, ok = false;
    QElapsedTimer t;
    double ms = -1;
    auto c1 = QObject::connect(&viewer, &EvidenceViewer::fileShown, &loop, [&] {
        shown = true;
        if (viewer.mode() != EvidenceViewer::Mode::Pdf)
            loop.quit();
    });
    auto c2 = QObject::connect(&viewer, &EvidenceViewer::pagePainted, &loop, [&] {
        if (shown && viewer.mode() == EvidenceViewer::Mode::Pdf) {
            ms = t.nsecsElapsed() / 1e6;
            ok = true;
            loop.quit();
        }
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    // The reviewer looks at the previous row for a moment: thumbnails and prefetches finish.
    waitUntil([] { return false; }, 400);
    t.start();
    viewer.showRegistration(ref.registrationId, {ref});
    if (!(shown && ok))
        loop.exec();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    if (!ok)
        std::fprintf(stderr, "  run failed: %s\n", qPrintable(viewer.messageText()));
    return ok ? ms : -1;
}


void report(const char *name, const QList<double> &times)
{
    QList<double> good;
    for (double t : times)
        if (t >= 0)
            good.append(t);
    if (good.isEmpty()) {
        std::printf("%-28s  failed\n", name);
        return;
    }
    const Stats s = stats(good);
    std::printf("%-28s  median %7.1f ms   min %7.1f ms   max %7.1f ms   (%lld runs)\n", name, s.median, s.min, s.max,
                qint64(good.size()));
    std::fflush(stdout);
}

void runScenarios(const char *title, const QList<QByteArray> &files, int runs)
{
    std::printf("%s: %.0f KB per file\n", title, files.first().size() / 1024.0);
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("bench.sqlite")));
    database.migrate();
    {
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("INSERT INTO evidence_blobs (sha256, content) VALUES (?, ?)"));
        for (const QByteArray &f : files) {
            q.bindValue(0, sha256Hex(f));
            q.bindValue(1, f);
            q.exec();
        }
    }

    EvidenceViewer viewer;
    viewer.resize(1000, 800);
    viewer.show();
    QCoreApplication::processEvents();
    int next = 0;

    // Warm-up (first use of pdfium, fonts, worker thread) is not measured.
    DatabaseEvidenceSource dbSource(database);
    viewer.setSource(&dbSource);
    timeToFirstPaint(viewer, refFor(files[next], next));
    ++next;

    QList<double> dbCold, warm, httpCold, diskWarm;
    for (int i = 0; i < runs; ++i, ++next)
        dbCold.append(timeToFirstPaint(viewer, refFor(files[next], next)));
    report("cold, database", dbCold);

    for (int i = 0; i < runs; ++i, ++next) {
        const EvidenceRef ref = refFor(files[next], next);
        bool ready = false;
        auto c = QObject::connect(&viewer, &EvidenceViewer::prefetched, &viewer, [&](const QString &sha) { ready |= sha == ref.sha256; });
        viewer.prefetch({ref});
        waitUntil([&] { return ready; }); // the reviewer is still reading the previous row meanwhile
        QObject::disconnect(c);
        warm.append(timeToFirstPaint(viewer, ref));
    }
    report("warm, prefetched", warm);

    QThread serverThread;
    auto *server = new FileServer;
    for (const QByteArray &f : files)
        server->files.insert(sha256Hex(f), f);
    server->listen(QHostAddress::LocalHost, 0);
    server->moveToThread(&serverThread);
    serverThread.start();
    QTemporaryDir cache;
    HttpEvidenceSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/evidence").arg(server->serverPort()));
    settings.bearerToken = QStringLiteral("bench");
    settings.cacheDir = cache.path();
    HttpEvidenceSource http(settings);
    viewer.clear();
    viewer.setSource(&http);
    timeToFirstPaint(viewer, refFor(files.last(), 9999)); // warm-up of the connection
    const int httpFirst = next;
    for (int i = 0; i < runs; ++i, ++next)
        httpCold.append(timeToFirstPaint(viewer, refFor(files[next], next)));
    report("cold, HTTP (loopback)", httpCold);

    // The same files again with an empty memory cache: the disk cache answers.
    viewer.clear();
    viewer.setSource(nullptr);
    viewer.setSource(&http);
    for (int i = 0; i < runs; ++i)
        diskWarm.append(timeToFirstPaint(viewer, refFor(files[httpFirst + i], httpFirst + i)));
    report("warm, HTTP disk cache", diskWarm);
    std::printf("  requests sent to the HTTP server: %d (expected %d)\n\n", http.requestsSent(), runs + 1);

    viewer.clear();
    viewer.setSource(nullptr);
    QMetaObject::invokeMethod(server, [server] { server->close(); server->deleteLater(); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::printf("Evidence viewer: row selected -> first page of a 20-page PDF painted (%d CPU threads, %s)\n\n",
                QThread::idealThreadCount(), qPrintable(QGuiApplication::platformName()));

    QList<QByteArray> forms;
    for (int i = 0; i < 3 * Runs + 2; ++i)
        forms.append(twentyPagePdf(i));
    runScenarios("Generated form (vector text)", forms, Runs);

    QList<QByteArray> scans;
    for (int i = 0; i < 3 * ScannedRuns + 2; ++i)
        scans.append(scannedTwentyPagePdf(i));
    runScenarios("Scanned form (a 150 dpi picture per page)", scans, ScannedRuns);
    return 0;
}
