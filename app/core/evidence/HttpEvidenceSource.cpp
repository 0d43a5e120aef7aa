#include "HttpEvidenceSource.h"

#include "ContentSniffer.h"
#include "EvidenceRecords.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPromise>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QTimer>

#include <memory>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Evidence)
};

struct CacheRead
{
    bool present = false;
    QByteArray bytes;
    QString actualSha;
};

CacheRead readCacheFile(const QString &path)
{
    CacheRead out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    out.present = true;
    out.bytes = f.readAll();
    out.actualSha = sha256Hex(out.bytes);
    return out;
}

bool writeCacheFile(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return false;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(bytes);
    return f.commit();
}

bool isRetryableNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

} // namespace

// One GET or PUT with its attempts; a child of the request, so it dies with it.
class HttpTransfer : public QObject
{
public:
    enum class Method { Get, Put };

    HttpTransfer(HttpEvidenceSource *source, EvidenceRequest *request, Method method, QByteArray upload = {})
        : QObject(request), m_source(source), m_request(request), m_method(method), m_upload(std::move(upload))
    {
        request->setCancelHandler([this] { stop(); });
    }

    void start()
    {
        if (m_stopped)
            return;
        ++m_attempt;
        m_body.clear();
        m_tooLarge = false;
        const HttpEvidenceSettings &s = m_source->settings();
        QNetworkRequest nr(m_source->fileUrl(m_request->ref().sha256));
        nr.setTransferTimeout(s.transferTimeoutMs);
        nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        if (!s.bearerToken.isEmpty())
            nr.setRawHeader("Authorization", "Bearer " + s.bearerToken.toUtf8());
        else if (!s.userName.isEmpty())
            nr.setRawHeader("Authorization",
                            "Basic " + (s.userName + QLatin1Char(':') + s.password).toUtf8().toBase64());
        ++m_source->m_requestsSent;
        if (m_method == Method::Get) {
            m_reply = m_source->m_network->get(nr);
            connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
                m_request->reportProgress(received, total > 0 ? total : m_request->ref().sizeBytes);
            });
            connect(m_reply, &QIODevice::readyRead, this, [this] { readSome(); });
        } else {
            const ContentType type = sniffContentType(m_upload);
            nr.setHeader(QNetworkRequest::ContentTypeHeader,
                         type == ContentType::Pdf    ? QStringLiteral("application/pdf")
                         : type == ContentType::Jpeg ? QStringLiteral("image/jpeg")
                         : type == ContentType::Png  ? QStringLiteral("image/png")
                                                     : QStringLiteral("application/octet-stream"));
            m_reply = m_source->m_network->put(nr, m_upload);
            connect(m_reply, &QNetworkReply::uploadProgress, this,
                    [this](qint64 sent, qint64 total) { m_request->reportProgress(sent, total); });
        }
        connect(m_reply, &QNetworkReply::finished, this, [this] { onFinished(); });
    }

private:
    void readSome()
    {
        m_body.append(m_reply->readAll());
        if (m_body.size() > m_source->settings().maxBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    }

    void stop()
    {
        m_stopped = true;
        m_retryTimer.reset();
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
            m_reply = nullptr;
        }
    }

    void onFinished()
    {
        QNetworkReply *reply = m_reply.data();
        m_reply = nullptr;
        if (!reply)
            return;
        reply->deleteLater();
        if (m_stopped)
            return;
        if (m_method == Method::Get && reply->isOpen())
            m_body.append(reply->readAll());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = reply->error();
        const QString url = reply->url().toDisplayString();

        if (m_tooLarge) {
            m_request->reportFailed(Text::tr("The evidence server sent more than %1; the download was stopped.")
                                        .arg(formatFileSize(m_source->settings().maxBytes)));
            return;
        }
        if (error == QNetworkReply::NoError && status >= 200 && status < 300) {
            if (m_method == Method::Put) {
                m_source->storeInCache(m_request->ref().sha256, m_upload);
                m_request->reportFinished(m_upload);
                return;
            }
            // A short body (connection dropped mid-file) is retried; with a Content-Encoding the
            // length counts compressed bytes, and the hash check below decides alone.
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && !reply->hasRawHeader("Content-Encoding") && length.toLongLong() != m_body.size()) {
                retryOrFail(Text::tr("The evidence server sent %1 of %2 bytes.")
                                .arg(m_body.size())
                                .arg(length.toLongLong()));
                return;
            }
            const QString actual = sha256Hex(m_body);
            if (actual.compare(m_request->ref().sha256, Qt::CaseInsensitive) != 0) {
                m_request->reportDamaged(actual);
                return;
            }
            m_source->storeInCache(m_request->ref().sha256, m_body);
            m_request->reportFinished(m_body);
            return;
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            QString message;
            if (status == 401 || status == 403)
                message = Text::tr("The evidence server refused access (HTTP %1): the sign-in token or password "
                                   "is not accepted.").arg(status);
            else if (status == 404)
                message = Text::tr("The evidence server does not have this file (HTTP 404).");
            else
                message = Text::tr("The evidence server refused the request (HTTP %1).").arg(status);
            m_request->reportFailed(message);
            return;
        }
        if (status >= 500 || status == 408 || status == 429 || isRetryableNetworkError(error)) {
            const QString why = status > 0 ? Text::tr("HTTP %1").arg(status)
                              : error == QNetworkReply::OperationCanceledError
                                  ? Text::tr("no data for %1 seconds").arg(m_source->settings().transferTimeoutMs / 1000.0)
                                  : reply->errorString();
            retryOrFail(why);
            return;
        }
        m_request->reportFailed(Text::tr("The evidence server cannot be reached at %1: %2").arg(url, reply->errorString()));
    }

    void retryOrFail(const QString &why)
    {
        const HttpEvidenceSettings &s = m_source->settings();
        if (m_attempt >= s.maxAttempts) {
            m_request->reportFailed(Text::tr("The file could not be downloaded after %n attempt(s): %1", nullptr, m_attempt)
                                        .arg(why));
            return;
        }
        const int delay = s.firstBackoffMs * (1 << qMin(m_attempt - 1, 10));
        m_retryTimer = std::make_unique<QTimer>();
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer.get(), &QTimer::timeout, this, [this] { start(); });
        m_retryTimer->start(delay);
    }

    HttpEvidenceSource *m_source;
    EvidenceRequest *m_request;
    Method m_method;
    QByteArray m_upload;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply; // owned by the access manager, which may go first
    std::unique_ptr<QTimer> m_retryTimer;
    int m_attempt = 0;
    bool m_stopped = false;
    bool m_tooLarge = false;
};

HttpEvidenceSource::HttpEvidenceSource(HttpEvidenceSettings settings, QObject *parent)
    : EvidenceSource(parent), m_settings(std::move(settings)), m_network(new QNetworkAccessManager(this))
{
    m_diskPool.setMaxThreadCount(1);
    m_recordPool.setMaxThreadCount(1);
    m_recordPool.setExpiryTimeout(-1);
}

HttpEvidenceSource::~HttpEvidenceSource()
{
    // Requests still running stop their transfers now, while the access manager exists.
    qDeleteAll(findChildren<EvidenceRequest *>(Qt::FindDirectChildrenOnly));
    m_diskPool.waitForDone();
    if (m_recordsUsed && m_records) {
        // The record thread's connection is removed on that thread, as Qt SQL requires.
        Database *records = m_records;
        m_recordPool.start([records] {
            QString name;
            try {
                name = records->connection().connectionName();
            } catch (const DbError &) {
                return;
            }
            QSqlDatabase::removeDatabase(name);
        });
    }
    m_recordPool.waitForDone();
}

QString HttpEvidenceSource::cachePath(const QString &sha256) const
{
    if (m_settings.cacheDir.isEmpty() || !isSha256Hex(sha256))
        return {};
    const QString sha = sha256.toLower();
    return m_settings.cacheDir + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha;
}

QUrl HttpEvidenceSource::fileUrl(const QString &sha256) const
{
    QUrl url = m_settings.baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + sha256.toLower());
    return url;
}

bool HttpEvidenceSource::isCached(const EvidenceRef &ref) const
{
    const QString path = cachePath(ref.sha256);
    return !path.isEmpty() && QFileInfo::exists(path);
}

EvidenceRequest *HttpEvidenceSource::fetch(const EvidenceRef &ref)
{
    auto *request = new EvidenceRequest(ref, this);
    if (!isSha256Hex(ref.sha256)) {
        QMetaObject::invokeMethod(request, [request] {
            request->reportFailed(Text::tr("The file has no valid SHA-256 in the database; it cannot be fetched."));
        }, Qt::QueuedConnection);
        return request;
    }
    const QString path = cachePath(ref.sha256);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        startDownload(request);
        return request;
    }
    // Read and hash the cached copy off the GUI thread.
    auto promise = std::make_shared<QPromise<CacheRead>>();
    auto *watcher = new QFutureWatcher<CacheRead>(request);
    watcher->setFuture(promise->future());
    promise->start();
    connect(watcher, &QFutureWatcherBase::finished, request, [this, request, watcher, path] {
        if (watcher->future().isCanceled() || watcher->future().resultCount() == 0)
            return;
        const CacheRead r = watcher->future().result();
        if (!r.present) {
            startDownload(request);
        } else if (r.actualSha.compare(request->ref().sha256, Qt::CaseInsensitive) != 0) {
            QFile::remove(path); // never trusted again; the next fetch asks the server
            request->reportDamaged(r.actualSha);
        } else {
            request->reportProgress(r.bytes.size(), r.bytes.size());
            request->reportFinished(r.bytes, true);
        }
    });
    request->setCancelHandler([promise] { promise->future().cancel(); });
    m_diskPool.start([promise, path] {
        if (!promise->isCanceled())
            promise->addResult(readCacheFile(path));
        promise->finish();
    });
    return request;
}

void HttpEvidenceSource::storeInCache(const QString &sha256, const QByteArray &bytes)
{
    const QString path = cachePath(sha256);
    if (path.isEmpty())
        return;
    // QSaveFile syncs to disk before renaming: worth keeping off the GUI thread.
    m_diskPool.start([path, bytes] { writeCacheFile(path, bytes); });
}

void HttpEvidenceSource::startDownload(EvidenceRequest *request)
{
    auto *transfer = new HttpTransfer(this, request, HttpTransfer::Method::Get);
    transfer->start();
}

EvidenceRequest *HttpEvidenceSource::upload(const EvidenceRef &ref, const QByteArray &bytes)
{
    EvidenceRef r = ref;
    const QString actual = sha256Hex(bytes);
    if (r.sha256.isEmpty())
        r.sha256 = actual;
    auto *request = new EvidenceRequest(r, this);
    if (actual.compare(r.sha256, Qt::CaseInsensitive) != 0) {
        QMetaObject::invokeMethod(request, [request, actual] { request->reportDamaged(actual); }, Qt::QueuedConnection);
        return request;
    }
    auto *transfer = new HttpTransfer(this, request, HttpTransfer::Method::Put, bytes);
    transfer->start();
    return request;
}

EvidenceRequest *HttpEvidenceSource::store(const EvidenceRef &ref, const QByteArray &bytes)
{
    auto *request = new EvidenceRequest(ref, this);
    if (!m_records) {
        QMetaObject::invokeMethod(request, [request] {
            request->reportFailed(Text::tr("No database is set up to record uploads to the evidence server."));
        }, Qt::QueuedConnection);
        return request;
    }
    // The PUT runs as a request of its own; this one follows it and then records the row.
    QPointer<EvidenceRequest> put = upload(ref, bytes);
    put->setAutoDelete(true);
    request->setCancelHandler([put] {
        if (put)
            put->cancel();
    });
    connect(put, &EvidenceRequest::progress, request, &EvidenceRequest::reportProgress);
    connect(put, &EvidenceRequest::failed, request, &EvidenceRequest::reportFailed);
    connect(put, &EvidenceRequest::damaged, request,
            [request](const QString &, const QString &actual) { request->reportDamaged(actual); });
    connect(put, &EvidenceRequest::finished, request, [this, request, ref, bytes] {
        m_recordsUsed = true;
        auto promise = std::make_shared<QPromise<QString>>();
        auto *watcher = new QFutureWatcher<QString>(request);
        watcher->setFuture(promise->future());
        promise->start();
        auto id = std::make_shared<qint64>(0);
        connect(watcher, &QFutureWatcherBase::finished, request, [request, watcher, bytes, id] {
            if (watcher->future().resultCount() == 0)
                return;
            const QString error = watcher->future().result();
            if (!error.isEmpty()) {
                request->reportFailed(error);
                return;
            }
            request->setEvidenceId(*id);
            request->reportFinished(bytes);
        });
        // The file is on the server now: the row is written even if the user cancels meanwhile.
        request->setCancelHandler(nullptr);
        Database *records = m_records;
        EvidenceRef row = ref;
        row.sha256 = sha256Hex(bytes);
        m_recordPool.start([promise, records, row, id] {
            QString error;
            try {
                *id = insertEvidenceRow(records->connection(), row);
            } catch (const DbError &e) {
                error = Text::tr("The file was uploaded but could not be recorded in the database: %1").arg(e.message());
            }
            promise->addResult(error);
            promise->finish();
        });
    });
    return request;
}

} // namespace gme
