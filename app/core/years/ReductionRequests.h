#pragma once

#include "TrainingYears.h"
#include "auth/User.h"
#include "evidence/EvidenceRef.h"
#include "review/Workflow.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

namespace gme {

class Clock;

// A reduction request (培训年限减免) as lists and the review pane show it.
struct ReductionRow
{
    qint64 requestId = 0;
    int version = 0;
    qint64 traineeId = 0;
    QString name;
    QString idNumber;
    QString city;
    QString base;
    QString specialty;
    int fromYears = 0;
    int toYears = 0;
    QDate trainingStart;
    State state = State::Submitted;
    QString reason;
    QString proofFileName;
    qint64 proofSize = 0;
    QString proofSha256;
    QString filedAt;
    QString appliedAt; // empty until the final pass applied it
};

// The review chain of a reduction, as a workflow of the one review engine (ReductionWorkflow.cpp):
// the base files it and reviews it first (seed 001: the base "审核并上传医院证明"), then the city
// (培训年限审核), then the province, whose pass applies it; a return goes back to the base, which
// resubmits (ReductionRequests::resubmit). No stage windows: reductions are reviewed all year.
const Workflow &reductionWorkflow();

struct ReductionFiled
{
    ReductionRefusal refusal = ReductionRefusal::None;
    qint64 requestId = 0;
    bool ok() const { return refusal == ReductionRefusal::None && requestId != 0; }
    QString message() const { return reductionRefusalText(refusal); }
};

// Files, resubmits and lists reduction requests within one user's reach. Rule outcomes are
// results; a failing database throws DbError.
class ReductionRequests
{
public:
    ReductionRequests(QSqlDatabase db, User user, const Clock &clock);

    // Files a request for a trainee of the user's base with its PDF proof; the proof is stored in
    // evidence_blobs by content hash. Refused for the assistant-GP track, for a trainee who already
    // has a request, for a proof that is not a real PDF.
    ReductionFiled file(qint64 traineeId, int toYears, const QString &reason, const QByteArray &proof,
                        const QString &proofFileName);
    // A returned request goes back into the base's queue, optionally with a new proof.
    // Refused (NotReturned) unless it is the user's own base's request in state returned at `version`.
    ReductionFiled resubmit(qint64 requestId, int version, const QByteArray &newProof = {},
                            const QString &newProofFileName = {});

    // The facts checkReductionRule() judges a trainee on (nullopt when out of reach).
    std::optional<ReductionFacts> factsOf(qint64 traineeId) const;

    // Requests in reach; with waitingOnly, only those waiting for this user's review stage.
    QVector<ReductionRow> list(bool waitingOnly) const;
    std::optional<ReductionRow> request(qint64 requestId) const;

    // The proof as an evidence reference, for the evidence viewer (registrationId stays 0).
    static EvidenceRef proofRef(const ReductionRow &row);

private:
    QSqlDatabase m_db;
    User m_user;
    const Clock &m_clock;
};

} // namespace gme
