#pragma once

#include "EvidenceRef.h"
#include "auth/User.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace gme {

class Database;
class EvidenceRequest;
class EvidenceSource;

// One upload on a trainee's behalf. Ends once (ended()) as stored, refused (the file or the user may
// not be uploaded: problems() say why), failed (storage or reading went wrong) or cancelled.
class EvidenceUpload : public QObject
{
    Q_OBJECT
public:
    enum class Status { Running, Stored, Refused, Failed, Cancelled };
    enum class Step { Reading, Storing };
    Q_ENUM(Status)
    Q_ENUM(Step)

    using QObject::QObject;

    Status status() const { return m_status; }
    bool isRunning() const { return m_status == Status::Running; }
    EvidenceRef stored() const { return m_stored; } // after Stored: the new row, id included
    QString message() const { return m_message; }   // after Refused or Failed, naming the file
    QStringList problems() const { return m_problems; } // after Refused

    // Stops reading or sending; ended() follows at once with Cancelled. A file whose evidence row is
    // already being written is still recorded.
    void cancel();

signals:
    void progress(gme::EvidenceUpload::Step step, qint64 done, qint64 total);
    void ended();

private:
    friend class EvidenceUploader;
    void end(Status status, const QString &message = {}, const QStringList &problems = {});

    Status m_status = Status::Running;
    EvidenceRef m_stored;
    QString m_message;
    QStringList m_problems;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    QPointer<EvidenceRequest> m_storing;
};

// Uploads evidence for a registration as a base user would: only the base that owns the registration
// may upload; the file is read, checked (checkUpload) and hashed on a worker thread, then kept by the
// evidence source (database blob and row in one transaction, or PUT to the evidence server and then
// the row). The Database and source must outlive the uploader.
class EvidenceUploader : public QObject
{
    Q_OBJECT
public:
    EvidenceUploader(Database &database, EvidenceSource &source, User user, QObject *parent = nullptr);
    ~EvidenceUploader() override;

    // Starts an upload; the returned object is a child of the uploader.
    EvidenceUpload *upload(qint64 registrationId, const QString &kind, const QString &filePath);

private:
    void store(EvidenceUpload *upload, const EvidenceRef &ref, const QByteArray &bytes);

    Database &m_database;
    EvidenceSource &m_source;
    User m_user;
    QThreadPool m_pool; // one long-lived thread with its own connection
    bool m_poolUsed = false;
};

} // namespace gme
