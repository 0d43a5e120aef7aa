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

#include "EvidenceBench.h"

#include "db/Database.h"
#include "evidence/DatabaseEvidenceSource.h"
#include "evidence/EvidencePrefetcher.h"
#include "evidence/HttpEvidenceSource.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace gme;
using gme::bench::evidenceRefFor;
using gme::bench::scannedTwentyPagePdf;
using gme::bench::twentyPagePdf;

namespace {

constexpr int Runs = 15;
constexpr int ScannedRuns = 8;

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
    return {bench::median(v), v.first(), v.last()};
}

// Milliseconds to the first page painted, or -1.
double msToFirstPaint(EvidenceViewer &viewer, const EvidenceRef &ref)
{
    const auto s = bench::timeToFirstPaint(viewer, ref);
    return s ? s->wall * 1000 : -1;
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
    msToFirstPaint(viewer, evidenceRefFor(files[next], next));
    ++next;

    QList<double> dbCold, warm, httpCold, diskWarm;
    for (int i = 0; i < runs; ++i, ++next)
        dbCold.append(msToFirstPaint(viewer, evidenceRefFor(files[next], next)));
    report("cold, database", dbCold);

    for (int i = 0; i < runs; ++i, ++next) {
        const auto s = bench::prefetchedTimeToFirstPaint(viewer, evidenceRefFor(files[next], next));
        warm.append(s ? s->wall * 1000 : -1);
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
    msToFirstPaint(viewer, evidenceRefFor(files.last(), 9999)); // warm-up of the connection
    const int httpFirst = next;
    for (int i = 0; i < runs; ++i, ++next)
        httpCold.append(msToFirstPaint(viewer, evidenceRefFor(files[next], next)));
    report("cold, HTTP (loopback)", httpCold);

    // The same files again with an empty memory cache: the disk cache answers.
    viewer.clear();
    viewer.setSource(nullptr);
    viewer.setSource(&http);
    for (int i = 0; i < runs; ++i)
        diskWarm.append(msToFirstPaint(viewer, evidenceRefFor(files[httpFirst + i], httpFirst + i)));
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
