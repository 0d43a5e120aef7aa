#include "EvidencePrefetcher.h"

#include <QSet>

#include <utility>

namespace gme {

EvidencePrefetcher::EvidencePrefetcher(EvidenceSource *upstream, QObject *parent)
    : EvidenceSource(parent), m_upstream(upstream)
{
}

EvidencePrefetcher::~EvidencePrefetcher()
{
    // Waiting requests go first, while the bookkeeping their cancel handlers touch still exists.
    m_queue.clear();
    qDeleteAll(findChildren<EvidenceRequest *>(Qt::FindDirectChildrenOnly));
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const InFlight &f : inFlight)
        if (f.upstream)
            f.upstream->cancel();
}

bool EvidencePrefetcher::isCached(const EvidenceRef &ref) const
{
    return holdsInMemory(ref.sha256) || m_upstream->isCached(ref);
}

EvidenceRequest *EvidencePrefetcher::fetch(const EvidenceRef &ref)
{
    const QString sha = ref.sha256.toLower();
    auto *request = new EvidenceRequest(ref, this);
    if (const auto hit = m_memory.constFind(sha); hit != m_memory.constEnd()) {
        m_lru.removeOne(sha);
        m_lru.append(sha);
        const QByteArray bytes = *hit;
        QMetaObject::invokeMethod(request, [request, bytes] {
            request->reportProgress(bytes.size(), bytes.size());
            request->reportFinished(bytes, true);
        }, Qt::QueuedConnection);
        return request;
    }
    if (!m_inFlight.contains(sha))
        start(ref, false);
    m_inFlight[sha].waiters.append(request);
    request->setCancelHandler([this, sha, request] { dropWaiter(sha, request); });
    return request;
}

void EvidencePrefetcher::start(const EvidenceRef &ref, bool wanted)
{
    const QString sha = ref.sha256.toLower();
    EvidenceRequest *up = m_upstream->fetch(ref);
    InFlight &f = m_inFlight[sha];
    f.upstream = up;
    f.wanted = wanted;
    connect(up, &EvidenceRequest::progress, this, [this, sha](qint64 received, qint64 total) {
        const auto it = m_inFlight.constFind(sha);
        if (it == m_inFlight.constEnd())
            return;
        for (const QPointer<EvidenceRequest> &w : it->waiters)
            if (w)
                w->reportProgress(received, total);
    });
    connect(up, &EvidenceRequest::finished, this, [this, sha](const QByteArray &bytes) {
        remember(sha, bytes);
        const InFlight f = m_inFlight.take(sha);
        for (const QPointer<EvidenceRequest> &w : f.waiters)
            if (w)
                w->reportFinished(bytes, false);
        if (f.wanted)
            emit prefetched(sha);
        pump();
    });
    connect(up, &EvidenceRequest::failed, this, [this, sha](const QString &message) {
        const InFlight f = m_inFlight.take(sha);
        for (const QPointer<EvidenceRequest> &w : f.waiters)
            if (w)
                w->reportFailed(message);
        pump();
    });
    connect(up, &EvidenceRequest::damaged, this, [this, sha](const QString &, const QString &actual) {
        const InFlight f = m_inFlight.take(sha);
        for (const QPointer<EvidenceRequest> &w : f.waiters)
            if (w)
                w->reportDamaged(actual);
        pump();
    });
}

void EvidencePrefetcher::dropWaiter(const QString &sha, EvidenceRequest *waiter)
{
    auto it = m_inFlight.find(sha);
    if (it == m_inFlight.end())
        return;
    it->waiters.removeIf([waiter](const QPointer<EvidenceRequest> &w) { return !w || w == waiter; });
    if (it->waiters.isEmpty() && !it->wanted) {
        QPointer<EvidenceRequest> up = it->upstream;
        m_inFlight.erase(it);
        if (up)
            up->cancel();
        pump();
    }
}

void EvidencePrefetcher::prefetch(const QList<EvidenceRef> &refs)
{
    QSet<QString> keep;
    for (const EvidenceRef &r : refs)
        keep.insert(r.sha256.toLower());
    // Transfers started only for an old wish list, that nobody waits for, are dropped.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        it->waiters.removeIf([](const QPointer<EvidenceRequest> &w) { return !w; });
        if (it->wanted && it->waiters.isEmpty() && !keep.contains(it.key())) {
            QPointer<EvidenceRequest> up = it->upstream;
            it = m_inFlight.erase(it);
            if (up)
                up->cancel();
        } else {
            if (keep.contains(it.key()))
                it->wanted = true;
            ++it;
        }
    }
    m_queue.clear();
    QSet<QString> queued;
    for (const EvidenceRef &r : refs) {
        const QString sha = r.sha256.toLower();
        if (m_memory.contains(sha) || m_inFlight.contains(sha) || queued.contains(sha))
            continue;
        queued.insert(sha);
        m_queue.append(r);
    }
    pump();
}

void EvidencePrefetcher::pump()
{
    int running = 0;
    for (const InFlight &f : std::as_const(m_inFlight))
        running += f.wanted ? 1 : 0;
    while (running < m_maxConcurrent && !m_queue.isEmpty()) {
        const EvidenceRef ref = m_queue.takeFirst();
        const QString sha = ref.sha256.toLower();
        if (m_memory.contains(sha) || m_inFlight.contains(sha))
            continue;
        start(ref, true);
        ++running;
    }
}

void EvidencePrefetcher::remember(const QString &sha, const QByteArray &bytes)
{
    if (bytes.size() > m_budget / 2)
        return;
    if (const auto old = m_memory.constFind(sha); old != m_memory.constEnd()) {
        m_used -= old->size();
        m_lru.removeOne(sha);
    }
    m_memory.insert(sha, bytes);
    m_lru.append(sha);
    m_used += bytes.size();
    trim();
}

void EvidencePrefetcher::trim()
{
    while (m_used > m_budget && !m_lru.isEmpty()) {
        const QString oldest = m_lru.takeFirst();
        m_used -= m_memory.take(oldest).size();
    }
}

} // namespace gme
