#pragma once

#include "EvidenceSource.h"

#include <QThreadPool>
#include <QUrl>

class QNetworkAccessManager;

namespace gme {

class Database;

struct HttpEvidenceSettings
{
    QUrl baseUrl;              // files live at <baseUrl>/<sha256>
    QString bearerToken;       // sent as "Authorization: Bearer …" when set
    QString userName;          // basic auth when no token is set
    QString password;
    QString cacheDir;          // content-addressed cache <cacheDir>/<first 2 hex>/<sha256>; empty: none
    int transferTimeoutMs = 30'000; // no byte moved for this long: the attempt is given up
    int maxAttempts = 4;            // first try included
    int firstBackoffMs = 500;       // wait before the 2nd attempt; doubles for each further one
    qint64 maxBytes = 256LL * 1024 * 1024;
};

// Evidence on an evidence server (central mode), over HTTP(S) with Qt Network.
// - GET <base>/<sha256>, PUT <base>/<sha256> for uploads on a trainee's behalf;
// - timeouts, bounded retries with exponential backoff for timeouts, connection resets, short
//   bodies and 5xx answers (never for other 4xx), progress, cancel;
// - a local cache, written atomically (QSaveFile) and only with verified bytes; a cached or downloaded
//   file whose SHA-256 differs from the recorded one is reported damaged (a damaged cache entry is
//   removed, so the next fetch goes to the server).
class HttpEvidenceSource : public EvidenceSource
{
    Q_OBJECT
public:
    explicit HttpEvidenceSource(HttpEvidenceSettings settings, QObject *parent = nullptr);
    ~HttpEvidenceSource() override;

    EvidenceRequest *fetch(const EvidenceRef &ref) override;
    bool isCached(const EvidenceRef &ref) const override;

    // Uploads bytes under their SHA-256 (ref.sha256 must match them or be empty). Finishes with the
    // uploaded bytes, which are also put in the cache.
    EvidenceRequest *upload(const EvidenceRef &ref, const QByteArray &bytes);
    // upload(), then the evidence row is written to the records database (see setRecords()) on a
    // worker thread. A failed PUT writes no row.
    EvidenceRequest *store(const EvidenceRef &ref, const QByteArray &bytes) override;
    // Where store() records the evidence rows (not owned; must outlive the source). Without it,
    // store() fails.
    void setRecords(Database *database) { m_records = database; }

    const HttpEvidenceSettings &settings() const { return m_settings; }
    QString cachePath(const QString &sha256) const; // empty without a cache folder
    QUrl fileUrl(const QString &sha256) const;

    // Requests sent so far (all attempts), for tests and diagnostics.
    int requestsSent() const { return m_requestsSent; }

private:
    friend class HttpTransfer;
    void startDownload(EvidenceRequest *request);
    void storeInCache(const QString &sha256, const QByteArray &bytes); // verified bytes only, on the disk thread

    HttpEvidenceSettings m_settings;
    QNetworkAccessManager *m_network = nullptr;
    QThreadPool m_diskPool; // cache reads, hashing and writes off the GUI thread, one at a time
    QThreadPool m_recordPool; // one long-lived thread with its own connection to m_records
    Database *m_records = nullptr;
    bool m_recordsUsed = false; // the record thread has opened a connection
    int m_requestsSent = 0;
};

} // namespace gme
