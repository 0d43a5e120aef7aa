#pragma once

#include "EvidenceRef.h"

#include <QObject>

#include <functional>

namespace gme {

// One file being fetched. Exactly one of finished / failed / damaged ends it, always delivered
// from the event loop (never from inside fetch()), unless cancel() came first: then nothing more
// is emitted. By default the request deletes itself (deleteLater) once it has ended or was cancelled;
// hold it in a QPointer.
class EvidenceRequest : public QObject
{
    Q_OBJECT
public:
    enum class Status { Running, Finished, Failed, Damaged, Cancelled };

    explicit EvidenceRequest(EvidenceRef ref, QObject *parent = nullptr);
    ~EvidenceRequest() override;

    const EvidenceRef &ref() const { return m_ref; }
    Status status() const { return m_status; }
    bool isRunning() const { return m_status == Status::Running; }
    QByteArray bytes() const { return m_bytes; }   // after finished
    QString errorText() const { return m_error; }  // after failed or damaged
    QString actualSha256() const { return m_actualSha; } // after damaged
    bool fromCache() const { return m_fromCache; }

    void setAutoDelete(bool on) { m_autoDelete = on; }
    // For sources that store uploads: the id of the evidence row just written.
    void setEvidenceId(qint64 id) { m_ref.id = id; }

    // Stops the transfer; no signal follows.
    void cancel();

    // For sources: report the outcome. Calls after the first outcome (or after cancel) are ignored.
    void reportProgress(qint64 received, qint64 total);
    void reportFinished(const QByteArray &bytes, bool fromCache = false);
    void reportFailed(const QString &message);
    void reportDamaged(const QString &actualSha256);
    // Called once by cancel(); sources stop their work here.
    void setCancelHandler(std::function<void()> handler) { m_cancelHandler = std::move(handler); }

signals:
    void progress(qint64 received, qint64 total);
    void finished(const QByteArray &bytes);
    void failed(const QString &message);
    // The bytes do not hash to the SHA-256 recorded at upload: they are not handed over.
    void damaged(const QString &expectedSha256, const QString &actualSha256);

private:
    bool end(Status status);

    EvidenceRef m_ref;
    Status m_status = Status::Running;
    QByteArray m_bytes;
    QString m_error;
    QString m_actualSha;
    bool m_fromCache = false;
    bool m_autoDelete = true;
    std::function<void()> m_cancelHandler;
};

// Where evidence bytes come from: the database (embedded mode) or an evidence server (central mode).
// Every source checks the bytes against ref.sha256 before reporting them finished.
class EvidenceSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts fetching; the request is a child of the source unless its owner reparents it.
    virtual EvidenceRequest *fetch(const EvidenceRef &ref) = 0;
    // True when fetch() would be answered without going to the server (a warm local cache).
    virtual bool isCached(const EvidenceRef &ref) const { Q_UNUSED(ref); return false; }

    // Keeps uploaded bytes where fetch() will find them and records `ref` (registration, kind, names,
    // size, sha256 of these bytes, upload time; no id yet) as a new evidence row, off the GUI thread.
    // The request finishes with the bytes and its ref() then carries the new row's id. The caller has
    // checked the bytes and the user's scope; a source only refuses bytes that do not match ref.sha256.
    // By default a source accepts no uploads (the request fails).
    virtual EvidenceRequest *store(const EvidenceRef &ref, const QByteArray &bytes);
};

// The translated message for a damaged file.
QString damagedMessage(const QString &expectedSha256, const QString &actualSha256);

} // namespace gme
