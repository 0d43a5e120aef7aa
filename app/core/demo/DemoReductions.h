#pragma once

#include "DemoBulkRows.h"
#include "DemoEvidence.h"
#include "DemoHistoryWriter.h"
#include "DemoPeople.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace gme::demo {

// Writes training-years reductions (减免): an approved, applied request behind every trainee the
// demo trained 2 years, and a few open requests in every review state so the reduction queues of
// base, city and province are not empty. Draws from its own generator, so the rest of the demo
// stays the same whatever it does.
class ReductionWriter
{
public:
    // Requests get ids from nextRequestId on; rows go through `rows`.
    ReductionWriter(BulkRows &rows, qint64 nextRequestId, const EvidencePool &pool, quint32 seed, const QDateTime &now);
    // showEveryState: the first open requests of this base go through every state (base1 of the demo).
    void write(qint64 traineeId, const DemoPerson &person, Track track, qint64 baseId, const Reviewers &who,
               bool showEveryState);

private:
    qint64 request(qint64 traineeId, const DemoPerson &person, qint64 baseId, State state, int version, qint64 filedBy,
                   const QDateTime &filedAt, const QDateTime &updatedAt, bool applied);
    void step(qint64 requestId, qint64 userId, Stage stage, Action action, std::optional<State> from, State to,
              const QString &reason, const QDateTime &at);

    QRandomGenerator m_rng;
    QDateTime m_now;
    EvidenceFile m_proof;
    int m_shown = 0;
    BulkRows &m_rows;
    qint64 m_nextRequestId;
    int m_requests = 0, m_decisions = 0; // tables of m_rows
};

} // namespace gme::demo
