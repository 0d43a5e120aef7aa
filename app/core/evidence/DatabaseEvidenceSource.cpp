#include "DatabaseEvidenceSource.h"

#include "db/Database.h"
#include "db/DbError.h"
#include "EvidenceRecords.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Evidence)
};

struct BlobResult
{
    QByteArray bytes;
    QString actualSha;
    QString error; // set when the blob could not be read
};

BlobResult readBlob(Database &database, const QString &sha256)
{
    BlobResult out;
    try {
        QSqlQuery q(database.connection());
        prepareOrThrow(q, QStringLiteral("SELECT content FROM evidence_blobs WHERE sha256 = ?"));
        q.addBindValue(sha256);
        execOrThrow(q, "read evidence blob");
        if (!q.next()) {
            out.error = Text::tr("The file is missing from the database (no stored content for SHA-256 %1…).")
                            .arg(sha256.left(12));
            return out;
        }
        out.bytes = q.value(0).toByteArray();
        out.actualSha = sha256Hex(out.bytes);
    } catch (const DbError &e) {
        out.error = Text::tr("The file cannot be read from the database: %1").arg(e.message());
    }
    return out;
}

struct StoreResult
{
    qint64 evidenceId = 0;
    QString error;
};

// Blob and row together or neither: a row never points at bytes that were not kept.
StoreResult storeUpload(Database &database, const EvidenceRef &ref, const QByteArray &bytes)
{
    StoreResult out;
    try {
        QSqlDatabase db = database.connection();
        Transaction tx(db, Transaction::Mode::Immediate);
        insertEvidenceBlob(db, ref.sha256, bytes);
        out.evidenceId = insertEvidenceRow(db, ref);
        tx.commit();
    } catch (const DbError &e) {
        out.error = Text::tr("The file could not be stored in the database: %1").arg(e.message());
    }
    return out;
}

} // namespace

DatabaseEvidenceSource::DatabaseEvidenceSource(Database &database, QObject *parent)
    : EvidenceSource(parent), m_database(database)
{
    // One long-lived thread: its connection is opened once and closed by the destructor, on that
    // same thread, as Qt SQL requires.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

DatabaseEvidenceSource::~DatabaseEvidenceSource()
{
    qDeleteAll(findChildren<EvidenceRequest *>(Qt::FindDirectChildrenOnly));
    Database *database = &m_database;
    m_pool.start([database] { database->closeThisThreadsConnection(); });
    m_pool.waitForDone();
}

EvidenceRequest *DatabaseEvidenceSource::fetch(const EvidenceRef &ref)
{
    auto *request = new EvidenceRequest(ref, this);
    auto promise = std::make_shared<QPromise<BlobResult>>();
    auto *watcher = new QFutureWatcher<BlobResult>(request);
    watcher->setFuture(promise->future());
    promise->start();

    connect(watcher, &QFutureWatcherBase::finished, request, [request, watcher] {
        if (watcher->future().isCanceled() || watcher->future().resultCount() == 0)
            return;
        const BlobResult r = watcher->future().result();
        if (!r.error.isEmpty())
            request->reportFailed(r.error);
        else if (r.actualSha.compare(request->ref().sha256, Qt::CaseInsensitive) != 0)
            request->reportDamaged(r.actualSha);
        else {
            request->reportProgress(r.bytes.size(), r.bytes.size());
            request->reportFinished(r.bytes);
        }
    });
    request->setCancelHandler([promise] { promise->future().cancel(); });

    Database *database = &m_database;
    const QString sha = ref.sha256.toLower();
    m_pool.start([promise, database, sha] {
        if (!promise->isCanceled())
            promise->addResult(readBlob(*database, sha));
        promise->finish();
    });
    return request;
}

EvidenceRequest *DatabaseEvidenceSource::store(const EvidenceRef &ref, const QByteArray &bytes)
{
    auto *request = new EvidenceRequest(ref, this);
    const QString actual = sha256Hex(bytes);
    if (actual.compare(ref.sha256, Qt::CaseInsensitive) != 0) {
        QMetaObject::invokeMethod(request, [request, actual] { request->reportDamaged(actual); }, Qt::QueuedConnection);
        return request;
    }
    auto promise = std::make_shared<QPromise<StoreResult>>();
    auto *watcher = new QFutureWatcher<StoreResult>(request);
    watcher->setFuture(promise->future());
    promise->start();
    connect(watcher, &QFutureWatcherBase::finished, request, [request, watcher, bytes] {
        if (watcher->future().resultCount() == 0)
            return;
        const StoreResult r = watcher->future().result();
        if (!r.error.isEmpty()) {
            request->reportFailed(r.error);
            return;
        }
        request->setEvidenceId(r.evidenceId);
        request->reportProgress(bytes.size(), bytes.size());
        request->reportFinished(bytes);
    });
    // Once the transaction has started it runs to its end; cancelling only stops one not yet begun.
    request->setCancelHandler([promise] { promise->future().cancel(); });
    Database *database = &m_database;
    m_pool.start([promise, database, ref, bytes] {
        if (!promise->isCanceled())
            promise->addResult(storeUpload(*database, ref, bytes));
        promise->finish();
    });
    return request;
}

} // namespace gme
