#include "EvidenceSource.h"

#include <QCoreApplication>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Evidence)
};
} // namespace

EvidenceRequest::EvidenceRequest(EvidenceRef ref, QObject *parent) : QObject(parent), m_ref(std::move(ref)) {}

EvidenceRequest::~EvidenceRequest()
{
    if (m_status == Status::Running && m_cancelHandler) {
        auto handler = std::move(m_cancelHandler);
        m_status = Status::Cancelled;
        handler();
    }
}

bool EvidenceRequest::end(Status status)
{
    if (m_status != Status::Running)
        return false;
    m_status = status;
    m_cancelHandler = nullptr;
    if (m_autoDelete)
        deleteLater();
    return true;
}

void EvidenceRequest::cancel()
{
    if (m_status != Status::Running)
        return;
    auto handler = std::move(m_cancelHandler);
    end(Status::Cancelled);
    if (handler)
        handler();
}

void EvidenceRequest::reportProgress(qint64 received, qint64 total)
{
    if (m_status == Status::Running)
        emit progress(received, total);
}

void EvidenceRequest::reportFinished(const QByteArray &bytes, bool fromCache)
{
    if (!end(Status::Finished))
        return;
    m_bytes = bytes;
    m_fromCache = fromCache;
    emit finished(bytes);
}

void EvidenceRequest::reportFailed(const QString &message)
{
    if (!end(Status::Failed))
        return;
    m_error = message;
    emit failed(message);
}

void EvidenceRequest::reportDamaged(const QString &actualSha256)
{
    if (!end(Status::Damaged))
        return;
    m_actualSha = actualSha256;
    m_error = damagedMessage(m_ref.sha256, actualSha256);
    emit damaged(m_ref.sha256, actualSha256);
}

EvidenceRequest *EvidenceSource::store(const EvidenceRef &ref, const QByteArray &bytes)
{
    Q_UNUSED(bytes);
    auto *request = new EvidenceRequest(ref, this);
    QMetaObject::invokeMethod(request, [request] {
        request->reportFailed(Text::tr("This evidence store does not accept uploads."));
    }, Qt::QueuedConnection);
    return request;
}

QString damagedMessage(const QString &expectedSha256, const QString &actualSha256)
{
    return Text::tr("The file is damaged: its content does not match the fingerprint recorded at upload "
                    "(expected SHA-256 %1…, got %2…). It is not shown.")
        .arg(expectedSha256.left(12), actualSha256.left(12));
}

} // namespace gme
