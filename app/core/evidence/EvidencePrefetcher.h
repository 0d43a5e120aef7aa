#pragma once

#include "EvidenceSource.h"

#include <QHash>
#include <QPointer>

namespace gme {

// Wraps a source for the review pane: keeps recently fetched files in memory (verified bytes only,
// least recently used dropped first), joins a fetch to one already under way for the same content,
// and fetches the next rows' files ahead so moving down the queue shows them at once.
class EvidencePrefetcher : public EvidenceSource
{
    Q_OBJECT
public:
    explicit EvidencePrefetcher(EvidenceSource *upstream, QObject *parent = nullptr);
    ~EvidencePrefetcher() override;

    EvidenceRequest *fetch(const EvidenceRef &ref) override;
    bool isCached(const EvidenceRef &ref) const override;

    // Fetches these files ahead (in order, a few at a time), replacing the previous wish list:
    // files of the old list still waiting are dropped, and transfers nobody waits for are cancelled.
    void prefetch(const QList<EvidenceRef> &refs);

    bool holdsInMemory(const QString &sha256) const { return m_memory.contains(sha256.toLower()); }
    // Verified bytes held in memory, or an empty array.
    QByteArray memoryBytes(const QString &sha256) const { return m_memory.value(sha256.toLower()); }
    void setMemoryBudget(qint64 bytes) { m_budget = bytes; trim(); }
    void setMaxConcurrent(int n) { m_maxConcurrent = qMax(1, n); }
    int transfersRunning() const { return int(m_inFlight.size()); }

signals:
    void prefetched(const QString &sha256);

private:
    struct InFlight
    {
        QPointer<EvidenceRequest> upstream;
        QList<QPointer<EvidenceRequest>> waiters;
        bool wanted = false; // asked for by prefetch()
    };

    void start(const EvidenceRef &ref, bool wanted);
    void pump();
    void remember(const QString &sha, const QByteArray &bytes);
    void trim();
    void dropWaiter(const QString &sha, EvidenceRequest *waiter);

    EvidenceSource *m_upstream;
    QHash<QString, InFlight> m_inFlight;
    QList<EvidenceRef> m_queue;
    QHash<QString, QByteArray> m_memory;
    QList<QString> m_lru; // least recent first
    qint64 m_used = 0;
    qint64 m_budget = 96LL * 1024 * 1024;
    int m_maxConcurrent = 2;
};

} // namespace gme
