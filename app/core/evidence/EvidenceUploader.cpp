#include "EvidenceUploader.h"

#include "Clock.h"
#include "EvidenceSource.h"
#include "UploadCheck.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::EvidenceUpload)
};

// What the worker thread hands back: a file ready to store, or why not.
struct Prepared
{
    EvidenceUpload::Status status = EvidenceUpload::Status::Running; // Running: ready to store
    QString message;
    QStringList problems;
    EvidenceRef ref;
    QByteArray bytes;
};

Prepared refused(const QString &message, const QStringList &problems = {})
{
    Prepared p;
    p.status = EvidenceUpload::Status::Refused;
    p.message = message;
    p.problems = problems;
    return p;
}

Prepared failed(const QString &message)
{
    Prepared p;
    p.status = EvidenceUpload::Status::Failed;
    p.message = message;
    return p;
}

struct Owner
{
    bool found = false;
    qint64 baseId = 0;
    QString idNumber;
};

Owner ownerOf(Database &database, qint64 registrationId)
{
    QSqlQuery q(database.connection());
    prepareOrThrow(q, QStringLiteral("SELECT r.base_id, t.id_number FROM registrations r "
                                     "JOIN trainees t ON t.id = r.trainee_id WHERE r.id = ?"));
    q.addBindValue(registrationId);
    execOrThrow(q, "read registration owner");
    Owner o;
    if (q.next()) {
        o.found = true;
        o.baseId = q.value(0).toLongLong();
        o.idNumber = q.value(1).toString();
    }
    return o;
}

using ProgressFn = std::function<void(qint64, qint64)>;

Prepared prepare(Database &database, const User &user, qint64 registrationId, const QString &kind,
                 const QString &filePath, const std::atomic_bool &cancelled, const ProgressFn &progress)
{
    const QString name = QFileInfo(filePath).fileName();
    Owner owner;
    try {
        owner = ownerOf(database, registrationId);
    } catch (const DbError &e) {
        return failed(Text::tr("The registration cannot be read: %1").arg(e.message()));
    }
    if (!owner.found)
        return failed(Text::tr("The registration no longer exists."));
    // Scope: a base uploads for its own trainees; nobody else uploads at all.
    if (user.role != Role::Base || owner.baseId != user.orgId)
        return refused(Text::tr("Only the base that owns this registration can upload its evidence."));

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Text::tr("The file \"%1\" cannot be read: %2").arg(name, file.errorString()));
    const qint64 size = file.size();
    if (size > UploadLimit::MaxBytes) {
        const QStringList problems{Text::tr("The file is %1; at most %2 are accepted.")
                                       .arg(formatFileSize(size), formatFileSize(UploadLimit::MaxBytes))};
        return refused(uploadRefusal(name, problems), problems);
    }
    QByteArray bytes;
    bytes.reserve(size);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    constexpr qint64 Chunk = 512 * 1024;
    while (!file.atEnd()) {
        if (cancelled)
            return {};
        const QByteArray part = file.read(Chunk);
        if (part.isEmpty() && file.error() != QFileDevice::NoError)
            return failed(Text::tr("The file \"%1\" cannot be read: %2").arg(name, file.errorString()));
        if (bytes.size() + part.size() > UploadLimit::MaxBytes) // grew while being read
            return refused(uploadRefusal(name, {Text::tr("The file grew while it was read.")}));
        bytes.append(part);
        hash.addData(part);
        progress(bytes.size(), size);
    }
    const UploadCheck check = checkUpload(bytes, name, kind, owner.idNumber);
    if (!check.accepted())
        return refused(uploadRefusal(name, check.problems), check.problems);

    Prepared out;
    out.ref.registrationId = registrationId;
    out.ref.kind = kind;
    out.ref.fileName = name;
    out.ref.mimeType = check.mimeType();
    out.ref.sizeBytes = bytes.size();
    out.ref.sha256 = QString::fromLatin1(hash.result().toHex());
    out.ref.uploadedAt = toDbTime(Clock::current().now());
    out.bytes = bytes;
    return out;
}

} // namespace

void EvidenceUpload::cancel()
{
    if (m_status != Status::Running)
        return;
    *m_cancelled = true;
    if (m_storing)
        m_storing->cancel();
    end(Status::Cancelled);
}

void EvidenceUpload::end(Status status, const QString &message, const QStringList &problems)
{
    if (m_status != Status::Running)
        return;
    m_status = status;
    m_message = message;
    m_problems = problems;
    emit ended();
}

EvidenceUploader::EvidenceUploader(Database &database, EvidenceSource &source, User user, QObject *parent)
    : QObject(parent), m_database(database), m_source(source), m_user(std::move(user))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

EvidenceUploader::~EvidenceUploader()
{
    for (EvidenceUpload *u : findChildren<EvidenceUpload *>(Qt::FindDirectChildrenOnly))
        *u->m_cancelled = true;
    if (m_poolUsed) {
        Database *database = &m_database;
        m_pool.start([database] {
            QString name;
            try {
                name = database->connection().connectionName();
            } catch (const DbError &) {
                return;
            }
            QSqlDatabase::removeDatabase(name);
        });
    }
    m_pool.waitForDone();
}

EvidenceUpload *EvidenceUploader::upload(qint64 registrationId, const QString &kind, const QString &filePath)
{
    auto *upload = new EvidenceUpload(this);
    QPointer<EvidenceUpload> guard(upload);
    auto cancelled = upload->m_cancelled;
    Database *database = &m_database;
    const User user = m_user;
    m_poolUsed = true;
    m_pool.start([this, guard, cancelled, database, user, registrationId, kind, filePath] {
        const auto progress = [this, guard](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [guard, done, total] {
                if (guard && guard->isRunning())
                    emit guard->progress(EvidenceUpload::Step::Reading, done, total);
            }, Qt::QueuedConnection);
        };
        Prepared p = prepare(*database, user, registrationId, kind, filePath, *cancelled, progress);
        if (*cancelled)
            return;
        // Back on the uploader's thread: finish or hand the bytes to the source there.
        QMetaObject::invokeMethod(this, [this, guard, p = std::move(p)] {
            if (!guard || !guard->isRunning())
                return;
            if (p.status != EvidenceUpload::Status::Running)
                guard->end(p.status, p.message, p.problems);
            else
                store(guard, p.ref, p.bytes);
        }, Qt::QueuedConnection);
    });
    return upload;
}

void EvidenceUploader::store(EvidenceUpload *upload, const EvidenceRef &ref, const QByteArray &bytes)
{
    EvidenceRequest *request = m_source.store(ref, bytes);
    upload->m_storing = request;
    connect(request, &EvidenceRequest::progress, upload, [upload](qint64 done, qint64 total) {
        if (upload->isRunning())
            emit upload->progress(EvidenceUpload::Step::Storing, done, total);
    });
    connect(request, &EvidenceRequest::finished, upload, [upload, request] {
        upload->m_stored = request->ref();
        upload->end(EvidenceUpload::Status::Stored);
    });
    connect(request, &EvidenceRequest::failed, upload, [upload, ref](const QString &message) {
        upload->end(EvidenceUpload::Status::Failed, Text::tr("The file \"%1\" was not stored: %2").arg(ref.fileName, message));
    });
    connect(request, &EvidenceRequest::damaged, upload, [upload, request, ref] {
        upload->end(EvidenceUpload::Status::Failed,
                    Text::tr("The file \"%1\" was not stored: %2").arg(ref.fileName, request->errorText()));
    });
}

} // namespace gme
