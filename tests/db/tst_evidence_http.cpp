// HttpEvidenceSource against real parts: nginx from Debian (started here on a free loopback port,
// as the current user, in a temporary prefix) serving and accepting evidence, and a small
// fault-injecting server that stalls, resets, answers 404/500 and sends short bodies.

#include "NginxServer.h"
#include "evidence/EvidenceRef.h"
#include "evidence/HttpEvidenceSource.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace gme;
using namespace gme::test;

namespace {

const QByteArray Token = "evidence-t0ken";

QByteArray generatedPdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    QPainter p(&pdf);
    for (int i = 0; i < pages; ++i) {
        if (i)
            pdf.newPage();
        p.drawEllipse(200, 200, 1500 + 50 * i, 900);
    }
    p.end();
    return bytes;
}

// Real PDFs from Debian packages on this machine (documentation), else generated ones.
QList<QByteArray> samplePdfs()
{
    QList<QByteArray> out;
    QDirIterator it(QStringLiteral("/usr/share/doc"), {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext() && out.size() < 2) {
        QFile f(it.next());
        if (f.size() > 0 && f.size() < 8 * 1024 * 1024 && f.open(QIODevice::ReadOnly))
            out.append(f.readAll());
    }
    if (out.isEmpty())
        qInfo("No PDF from a Debian package found under /usr/share/doc; using generated PDFs");
    while (out.size() < 2)
        out.append(generatedPdf(3 + int(out.size())));
    return out;
}

EvidenceRef refFor(const QByteArray &bytes, const QString &name = QStringLiteral("scan.pdf"))
{
    EvidenceRef r;
    r.id = 1;
    r.registrationId = 1;
    r.kind = QStringLiteral("process_register");
    r.fileName = name;
    r.mimeType = QStringLiteral("application/pdf");
    r.sizeBytes = bytes.size();
    r.sha256 = sha256Hex(bytes);
    return r;
}

// Answers GET /<mode>/<sha256> according to mode:
//   ok     the file;   wrong  other bytes;   stall  nothing, ever;   reset  a TCP reset;
//   404 / 500          that status;          short  200 promising 1000 bytes, sending 10, closing;
//   flaky  500 the first time, then the file.
class FaultServer : public QTcpServer
{
public:
    FaultServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                m_sockets.append(s);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRequest(s); });
            }
        });
    }

    QUrl url(const QString &mode) const { return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(serverPort()).arg(mode)); }
    void add(const QByteArray &bytes) { m_files.insert(sha256Hex(bytes), bytes); }
    int hits(const QString &mode) const { return m_hits.value(mode); }
    QByteArray lastAuthorization() const { return m_lastAuthorization; }
    int openConnections() const
    {
        int n = 0;
        for (const QPointer<QTcpSocket> &s : m_sockets)
            n += s && s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        return n;
    }

private:
    void onRequest(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> lines = buffer.split('\n');
        buffer.clear();
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        const QList<QByteArray> parts = requestLine.value(1).split('/');
        const QString mode = QString::fromLatin1(parts.value(1));
        const QString sha = QString::fromLatin1(parts.value(2));
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("authorization:"))
                m_lastAuthorization = line.mid(14).trimmed();
        const int hit = ++m_hits[mode];

        if (mode == QLatin1String("stall"))
            return;
        if (mode == QLatin1String("reset")) {
#ifdef Q_OS_UNIX
            const linger l{1, 0}; // close with RST
            ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
#endif
            s->abort();
            return;
        }
        if (mode == QLatin1String("404") || mode == QLatin1String("500") || (mode == QLatin1String("flaky") && hit == 1)) {
            const QByteArray status = mode == QLatin1String("404") ? "404 Not Found" : "500 Internal Server Error";
            s->write("HTTP/1.1 " + status + "\r\nContent-Length: 5\r\nConnection: close\r\n\r\noops\n");
            s->disconnectFromHost();
            return;
        }
        if (mode == QLatin1String("short")) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n0123456789");
            s->flush();
            s->disconnectFromHost();
            return;
        }
        QByteArray body = m_files.value(sha);
        if (mode == QLatin1String("wrong"))
            body = "not what was uploaded";
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\nConnection: close\r\n\r\n" + body);
        s->disconnectFromHost();
    }

    QHash<QString, QByteArray> m_files;
    QHash<QString, int> m_hits;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_sockets;
    QByteArray m_lastAuthorization;
};

struct Outcome
{
    QString kind; // finished, failed, damaged, none
    QByteArray bytes;
    QString message;
};

// Waits for the request's end (it deletes itself afterwards).
Outcome waitFor(EvidenceRequest *request, int timeoutMs = 15000)
{
    Outcome out{QStringLiteral("none"), {}, {}};
    QEventLoop loop;
    QObject::connect(request, &EvidenceRequest::finished, &loop, [&](const QByteArray &b) {
        out = {QStringLiteral("finished"), b, {}};
        loop.quit();
    });
    QObject::connect(request, &EvidenceRequest::failed, &loop, [&](const QString &m) {
        out = {QStringLiteral("failed"), {}, m};
        loop.quit();
    });
    QObject::connect(request, &EvidenceRequest::damaged, &loop, [&](const QString &expected, const QString &actual) {
        out = {QStringLiteral("damaged"), {}, expected + QLatin1Char(' ') + actual};
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return out;
}

} // namespace

class TestEvidenceHttp : public QObject
{
    Q_OBJECT

    NginxServer m_nginx{Token};
    QList<QByteArray> m_pdfs;
    FaultServer m_faults;

    HttpEvidenceSettings nginxSettings(const QString &cacheDir, const QString &token = QString::fromLatin1(Token)) const
    {
        HttpEvidenceSettings s;
        s.baseUrl = m_nginx.baseUrl();
        s.bearerToken = token;
        s.cacheDir = cacheDir;
        s.transferTimeoutMs = 5000;
        s.maxAttempts = 3;
        s.firstBackoffMs = 20;
        return s;
    }

    HttpEvidenceSettings faultSettings(const QString &mode, int attempts = 3, int timeoutMs = 5000) const
    {
        HttpEvidenceSettings s;
        s.baseUrl = m_faults.url(mode);
        s.bearerToken = QString::fromLatin1(Token);
        s.transferTimeoutMs = timeoutMs;
        s.maxAttempts = attempts;
        s.firstBackoffMs = 30;
        return s;
    }

    int logLinesFor(const QString &sha, const QString &method = QStringLiteral("GET")) const
    {
        int n = 0;
        for (const QString &line : m_nginx.accessLog())
            n += line.startsWith(method + QStringLiteral(" /evidence/") + sha) ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_nginx.start();
        if (!problem.isEmpty())
            QSKIP(qPrintable(problem));
        m_pdfs = samplePdfs();
        for (const QByteArray &pdf : std::as_const(m_pdfs)) {
            QVERIFY(m_nginx.put(pdf));
            m_faults.add(pdf);
        }
        QVERIFY(m_faults.isListening());
    }

    void getFromNginxWithBearerToken()
    {
        QTemporaryDir cache;
        HttpEvidenceSource source(nginxSettings(cache.path()));
        const EvidenceRef ref = refFor(m_pdfs[0]);
        QVERIFY(!source.isCached(ref));
        QPointer<EvidenceRequest> request = source.fetch(ref);
        QSignalSpy progress(request, &EvidenceRequest::progress);
        const Outcome o = waitFor(request);
        QCOMPARE(o.kind, QStringLiteral("finished"));
        QCOMPARE(o.bytes, m_pdfs[0]);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(m_pdfs[0].size()));
        QCOMPARE(source.requestsSent(), 1);
        QTRY_VERIFY(request.isNull()); // deletes itself once done
        // The bearer token reached nginx (its access log records the header).
        QVERIFY(m_nginx.accessLog().contains(QStringLiteral("GET /evidence/%1 200 \"Bearer %2\"")
                                                 .arg(ref.sha256, QString::fromLatin1(Token))));
        // Cached (written on the disk thread) under <cache>/<first 2 hex>/<sha256>, nothing else left
        // behind (atomic write).
        QTRY_VERIFY(source.isCached(ref));
        QCOMPARE(source.cachePath(ref.sha256), cache.path() + QLatin1Char('/') + ref.sha256.left(2) + QLatin1Char('/') + ref.sha256);
        QFile cached(source.cachePath(ref.sha256));
        QVERIFY(cached.open(QIODevice::ReadOnly));
        QCOMPARE(cached.readAll(), m_pdfs[0]);
        QCOMPARE(QDir(cache.path() + QLatin1Char('/') + ref.sha256.left(2)).entryList(QDir::Files).size(), 1);
    }

    void secondFetchIsACacheHit()
    {
        QTemporaryDir cache;
        const EvidenceRef ref = refFor(m_pdfs[1]);
        {
            HttpEvidenceSource first(nginxSettings(cache.path()));
            QCOMPARE(waitFor(first.fetch(ref)).kind, QStringLiteral("finished"));
        }
        const int before = logLinesFor(ref.sha256);
        QCOMPARE(before, 1);
        HttpEvidenceSource second(nginxSettings(cache.path()));
        QVERIFY(second.isCached(ref));
        QPointer<EvidenceRequest> request = second.fetch(ref);
        bool fromCache = false;
        connect(request, &EvidenceRequest::finished, this, [&] { fromCache = request->fromCache(); });
        const Outcome o = waitFor(request);
        QCOMPARE(o.kind, QStringLiteral("finished"));
        QCOMPARE(o.bytes, m_pdfs[1]);
        QVERIFY(fromCache);
        QCOMPARE(second.requestsSent(), 0);
        QTest::qWait(100);
        QCOMPARE(logLinesFor(ref.sha256), before); // nginx saw no request
    }

    void tamperedCacheIsDamagedThenRefetched()
    {
        QTemporaryDir cache;
        HttpEvidenceSource source(nginxSettings(cache.path()));
        const EvidenceRef ref = refFor(m_pdfs[0]);
        QCOMPARE(waitFor(source.fetch(ref)).kind, QStringLiteral("finished"));
        const int before = logLinesFor(ref.sha256);
        QTRY_VERIFY(source.isCached(ref));

        // Someone edits the cached copy: one byte changed in the middle.
        {
            QFile f(source.cachePath(ref.sha256));
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            const char c = f.peek(1).at(0);
            f.write(QByteArray(1, char(c ^ 0x20)));
        }
        QPointer<EvidenceRequest> request = source.fetch(ref);
        QSignalSpy finished(request, &EvidenceRequest::finished);
        QSignalSpy damaged(request, &EvidenceRequest::damaged);
        const Outcome o = waitFor(request);
        QCOMPARE(o.kind, QStringLiteral("damaged"));
        QVERIFY(finished.isEmpty()); // never handed over as good
        QCOMPARE(damaged.size(), 1);
        QCOMPARE(damaged.first().at(0).toString(), ref.sha256);
        QVERIFY(damaged.first().at(1).toString() != ref.sha256);
        QVERIFY(!source.isCached(ref)); // the bad copy is gone
        QCOMPARE(logLinesFor(ref.sha256), before);

        // The next fetch goes to the server and gets the good bytes again.
        const Outcome again = waitFor(source.fetch(ref));
        QCOMPARE(again.kind, QStringLiteral("finished"));
        QCOMPARE(again.bytes, m_pdfs[0]);
        QCOMPARE(logLinesFor(ref.sha256), before + 1);
    }

    void serverCopyNotMatchingIsDamagedAndNotCached()
    {
        QTemporaryDir cache;
        const QByteArray real = generatedPdf(1);
        const QByteArray other = generatedPdf(2);
        QVERIFY(m_nginx.put(other, sha256Hex(real))); // stored under the wrong name
        HttpEvidenceSource source(nginxSettings(cache.path()));
        const EvidenceRef ref = refFor(real);
        const Outcome o = waitFor(source.fetch(ref));
        QCOMPARE(o.kind, QStringLiteral("damaged"));
        QVERIFY(o.message.endsWith(sha256Hex(other)));
        QVERIFY(!source.isCached(ref));
    }

    void wrongTokenIsRefusedWithoutRetry()
    {
        HttpEvidenceSource source(nginxSettings({}, QStringLiteral("wrong")));
        const EvidenceRef ref = refFor(m_pdfs[0]);
        const int before = m_nginx.accessLog().size();
        const Outcome o = waitFor(source.fetch(ref));
        QCOMPARE(o.kind, QStringLiteral("failed"));
        QVERIFY2(o.message.contains(QStringLiteral("401")), qPrintable(o.message));
        QCOMPARE(source.requestsSent(), 1);
        QTest::qWait(150);
        QCOMPARE(m_nginx.accessLog().size(), before + 1);
    }

    void uploadWithPut()
    {
        QTemporaryDir cache;
        HttpEvidenceSource source(nginxSettings(cache.path()));
        const QByteArray pdf = generatedPdf(4);
        EvidenceRef ref = refFor(pdf);
        QPointer<EvidenceRequest> request = source.upload(ref, pdf);
        QSignalSpy progress(request, &EvidenceRequest::progress);
        const Outcome o = waitFor(request);
        QCOMPARE(o.kind, QStringLiteral("finished"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(logLinesFor(ref.sha256, QStringLiteral("PUT")), 1);
        QFile stored(m_nginx.path(QStringLiteral("root/evidence/")) + ref.sha256);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), pdf);
        QTRY_VERIFY(source.isCached(ref));

        // Another reviewer without a cache gets it from the server.
        HttpEvidenceSource other(nginxSettings({}));
        QCOMPARE(waitFor(other.fetch(ref)).bytes, pdf);

        // Bytes that do not match the recorded hash are not uploaded.
        ref.sha256 = sha256Hex("something else");
        QCOMPARE(waitFor(source.upload(ref, pdf)).kind, QStringLiteral("damaged"));
        QCOMPARE(logLinesFor(ref.sha256, QStringLiteral("PUT")), 0);
    }

    void invalidShaIsRefused()
    {
        HttpEvidenceSource source(nginxSettings({}));
        EvidenceRef ref = refFor(m_pdfs[0]);
        ref.sha256 = QStringLiteral("../../etc/passwd");
        QCOMPARE(waitFor(source.fetch(ref)).kind, QStringLiteral("failed"));
        QCOMPARE(source.requestsSent(), 0);
    }

    // --- the fault server ---

    void retriesServerErrorsWithBackoff()
    {
        HttpEvidenceSource source(faultSettings(QStringLiteral("500"), 3));
        QElapsedTimer t;
        t.start();
        const Outcome o = waitFor(source.fetch(refFor(m_pdfs[0])));
        QCOMPARE(o.kind, QStringLiteral("failed"));
        QVERIFY2(o.message.contains(QStringLiteral("3")), qPrintable(o.message));
        QCOMPARE(m_faults.hits(QStringLiteral("500")), 3);
        QCOMPARE(source.requestsSent(), 3);
        QVERIFY(t.elapsed() >= 30 + 60); // backoff 30 ms, then 60 ms
    }

    void recoversAfterOneServerError()
    {
        HttpEvidenceSource source(faultSettings(QStringLiteral("flaky"), 3));
        const Outcome o = waitFor(source.fetch(refFor(m_pdfs[0])));
        QCOMPARE(o.kind, QStringLiteral("finished"));
        QCOMPARE(o.bytes, m_pdfs[0]);
        QCOMPARE(m_faults.hits(QStringLiteral("flaky")), 2);
    }

    void doesNotRetryNotFound()
    {
        HttpEvidenceSource source(faultSettings(QStringLiteral("404"), 4));
        const Outcome o = waitFor(source.fetch(refFor(m_pdfs[0])));
        QCOMPARE(o.kind, QStringLiteral("failed"));
        QVERIFY(o.message.contains(QStringLiteral("404")));
        QTest::qWait(200);
        QCOMPARE(m_faults.hits(QStringLiteral("404")), 1);
    }

    void retriesStallsUntilTheBound()
    {
        HttpEvidenceSource source(faultSettings(QStringLiteral("stall"), 2, 300));
        QElapsedTimer t;
        t.start();
        const Outcome o = waitFor(source.fetch(refFor(m_pdfs[0])));
        QCOMPARE(o.kind, QStringLiteral("failed"));
        QCOMPARE(m_faults.hits(QStringLiteral("stall")), 2);
        QVERIFY(t.elapsed() >= 2 * 300);
        QVERIFY(t.elapsed() < 5000);
    }

    void retriesResets()
    {
        HttpEvidenceSource source(faultSettings(QStringLiteral("reset"), 3));
        const Outcome o = waitFor(source.fetch(refFor(m_pdfs[0])));
        QCOMPARE(o.kind, QStringLiteral("failed"));
        QCOMPARE(source.requestsSent(), 3);
        // Qt Network itself resends a GET once when a connection is reset before any answer;
        // either way the number of tries stays bounded.
        const int hits = m_faults.hits(QStringLiteral("reset"));
        QVERIFY2(hits >= 3 && hits <= 6, QByteArray::number(hits));
    }

    void shortBodyIsRetriedNeverHandedOver()
    {
        HttpEvidenceSource source(faultSettings(QStringLiteral("short"), 2));
        QPointer<EvidenceRequest> request = source.fetch(refFor(m_pdfs[0]));
        QSignalSpy finished(request, &EvidenceRequest::finished);
        const Outcome o = waitFor(request);
        QCOMPARE(o.kind, QStringLiteral("failed"));
        QVERIFY(finished.isEmpty());
        QCOMPARE(m_faults.hits(QStringLiteral("short")), 2);
    }

    void wrongBytesAreDamaged()
    {
        HttpEvidenceSource source(faultSettings(QStringLiteral("wrong"), 3));
        QCOMPARE(waitFor(source.fetch(refFor(m_pdfs[0]))).kind, QStringLiteral("damaged"));
        QCOMPARE(m_faults.hits(QStringLiteral("wrong")), 1); // a wrong file is not retried
    }

    void basicAuthHeader()
    {
        HttpEvidenceSettings s = faultSettings(QStringLiteral("ok"));
        s.bearerToken.clear();
        s.userName = QStringLiteral("base01");
        s.password = QStringLiteral("pa:ss");
        HttpEvidenceSource source(s);
        QCOMPARE(waitFor(source.fetch(refFor(m_pdfs[1]))).bytes, m_pdfs[1]);
        QCOMPARE(m_faults.lastAuthorization(), "Basic " + QByteArray("base01:pa:ss").toBase64());
    }

    void cancelStopsEverything()
    {
        HttpEvidenceSource source(faultSettings(QStringLiteral("stall"), 5, 400));
        const int before = m_faults.hits(QStringLiteral("stall"));
        QPointer<EvidenceRequest> request = source.fetch(refFor(m_pdfs[0]));
        QSignalSpy finished(request, &EvidenceRequest::finished);
        QSignalSpy failed(request, &EvidenceRequest::failed);
        QSignalSpy damaged(request, &EvidenceRequest::damaged);
        QTRY_COMPARE(m_faults.hits(QStringLiteral("stall")), before + 1);
        request->cancel();
        QCOMPARE(request->status(), EvidenceRequest::Status::Cancelled);
        QTRY_VERIFY(request.isNull());
        QTest::qWait(1500); // well past the timeout and any backoff
        QCOMPARE(m_faults.hits(QStringLiteral("stall")), before + 1);
        QVERIFY(finished.isEmpty() && failed.isEmpty() && damaged.isEmpty());
        QTRY_COMPARE(m_faults.openConnections(), 0); // the connection was closed
    }

    void deletingTheRequestCancels()
    {
        HttpEvidenceSource source(faultSettings(QStringLiteral("stall"), 5, 400));
        const int before = m_faults.hits(QStringLiteral("stall"));
        EvidenceRequest *request = source.fetch(refFor(m_pdfs[1]));
        QTRY_COMPARE(m_faults.hits(QStringLiteral("stall")), before + 1);
        delete request;
        QTest::qWait(1200);
        QCOMPARE(m_faults.hits(QStringLiteral("stall")), before + 1);
    }

    void sourceDestroyedMidTransfer()
    {
        auto *source = new HttpEvidenceSource(faultSettings(QStringLiteral("stall"), 5, 400));
        const int before = m_faults.hits(QStringLiteral("stall"));
        QPointer<EvidenceRequest> request = source->fetch(refFor(m_pdfs[0]));
        QSignalSpy failed(request, &EvidenceRequest::failed);
        QTRY_COMPARE(m_faults.hits(QStringLiteral("stall")), before + 1);
        delete source; // requests and their transfers go with it, quietly
        QVERIFY(request.isNull());
        QTest::qWait(600);
        QVERIFY(failed.isEmpty());
        QCOMPARE(m_faults.hits(QStringLiteral("stall")), before + 1);
    }

    void cleanupTestCase() { m_nginx.stop(); }
};

QTEST_MAIN(TestEvidenceHttp)
#include "tst_evidence_http.moc"
