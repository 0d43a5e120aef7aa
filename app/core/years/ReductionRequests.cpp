#include "ReductionRequests.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "review/Scope.h"

#include <QSqlQuery>

namespace gme {
namespace {

const char *const kRowSelect =
    "SELECT rr.id, rr.version, rr.trainee_id, t.name, t.id_number, COALESCE(c.name, ''), b.name, s.name, "
    "rr.from_years, rr.to_years, t.training_start, rr.state, rr.reason, rr.proof_file_name, rr.proof_size, "
    "rr.proof_sha256, rr.filed_at, COALESCE(rr.applied_at, '') "
    "FROM reduction_requests rr JOIN trainees t ON t.id = rr.trainee_id JOIN orgs b ON b.id = rr.base_id "
    "LEFT JOIN orgs c ON c.id = b.parent_id JOIN specialties s ON s.code = t.specialty_code ";

ReductionRow rowFrom(const QSqlQuery &q)
{
    ReductionRow r;
    r.requestId = q.value(0).toLongLong();
    r.version = q.value(1).toInt();
    r.traineeId = q.value(2).toLongLong();
    r.name = q.value(3).toString();
    r.idNumber = q.value(4).toString();
    r.city = q.value(5).toString();
    r.base = q.value(6).toString();
    r.specialty = q.value(7).toString();
    r.fromYears = q.value(8).toInt();
    r.toYears = q.value(9).toInt();
    r.trainingStart = QDate::fromString(q.value(10).toString().left(10), Qt::ISODate);
    r.state = stateFromCode(q.value(11).toString()).value_or(State::Submitted);
    r.reason = q.value(12).toString();
    r.proofFileName = q.value(13).toString();
    r.proofSize = q.value(14).toLongLong();
    r.proofSha256 = q.value(15).toString();
    r.filedAt = q.value(16).toString();
    r.appliedAt = q.value(17).toString();
    return r;
}

// Stores the proof's bytes once per content hash, as every evidence file is stored.
QString storeProof(QSqlDatabase db, const QByteArray &bytes)
{
    const QString sha = sha256Hex(bytes);
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral("INSERT INTO evidence_blobs (sha256, content) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(sha);
    q.addBindValue(bytes);
    execOrThrow(q, "store reduction proof");
    return sha;
}

void logStep(QSqlDatabase db, qint64 requestId, const User &user, Stage stage, Action action,
             std::optional<State> from, State to, const QString &reason, const QString &at)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral("INSERT INTO reduction_decisions (request_id, user_id, stage, action, from_state, "
                                     "to_state, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(requestId);
    q.addBindValue(user.id);
    q.addBindValue(stageCode(stage));
    q.addBindValue(actionCode(action));
    q.addBindValue(from ? QVariant(stateCode(*from)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(stateCode(to));
    q.addBindValue(reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason));
    q.addBindValue(at);
    execOrThrow(q, "log reduction step");
}

} // namespace

ReductionRequests::ReductionRequests(QSqlDatabase db, User user, const Clock &clock)
    : m_db(std::move(db)), m_user(std::move(user)), m_clock(clock)
{
}

std::optional<ReductionFacts> ReductionRequests::factsOf(qint64 traineeId) const
{
    const ScopeSql scope = scopeSql(m_user, QStringLiteral("t.base_id"));
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("SELECT t.track, t.training_years, t.training_start, "
                                     "EXISTS (SELECT 1 FROM reduction_requests rr WHERE rr.trainee_id = t.id) "
                                     "FROM trainees t WHERE t.id = ? AND %1").arg(scope.clause));
    q.addBindValue(traineeId);
    for (const QVariant &v : scope.binds)
        q.addBindValue(v);
    execOrThrow(q, "reduction facts");
    if (!q.next())
        return std::nullopt;
    ReductionFacts f;
    f.track = trackFromCode(q.value(0).toString()).value_or(Track::Resident);
    if (!q.value(1).isNull())
        f.currentYears = q.value(1).toInt();
    f.trainingStart = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
    f.hasRequest = q.value(3).toBool();
    return f;
}

ReductionFiled ReductionRequests::file(qint64 traineeId, int toYears, const QString &reason, const QByteArray &proof,
                                       const QString &proofFileName)
{
    ReductionFiled out;
    if (m_user.role != Role::Base) {
        out.refusal = ReductionRefusal::NotBase;
        return out;
    }
    Transaction tx(m_db, Transaction::Mode::Immediate);
    const auto facts = factsOf(traineeId);
    if (!facts)
        out.refusal = ReductionRefusal::OutOfScope;
    else if (const ReductionRefusal rule = checkReductionRule(*facts, toYears); rule != ReductionRefusal::None)
        out.refusal = rule;
    else if (reason.trimmed().isEmpty())
        out.refusal = ReductionRefusal::ReasonMissing;
    else
        out.refusal = checkReductionProof(proof, proofFileName);
    if (out.refusal != ReductionRefusal::None)
        return out;

    const QString sha = storeProof(m_db, proof);
    const QString now = toDbTime(m_clock.now());
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("INSERT INTO reduction_requests (trainee_id, base_id, from_years, to_years, reason, "
                                     "proof_file_name, proof_size, proof_sha256, state, version, filed_by, filed_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'submitted', 1, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : QVariantList{traineeId, m_user.orgId, *facts->currentYears, toYears, reason.trimmed(),
                                          proofFileName, qint64(proof.size()), sha, m_user.id, now, now})
        q.addBindValue(v);
    execOrThrow(q, "file reduction request");
    if (!q.next())
        throw DbError(QStringLiteral("file reduction request: no id returned"));
    out.requestId = q.value(0).toLongLong();
    q.finish();
    logStep(m_db, out.requestId, m_user, Stage::Registration, Action::Submit, std::nullopt, State::Submitted,
            reason.trimmed(), now);
    tx.commit();
    return out;
}

ReductionFiled ReductionRequests::resubmit(qint64 requestId, int version, const QByteArray &newProof,
                                           const QString &newProofFileName)
{
    ReductionFiled out;
    if (m_user.role != Role::Base) {
        out.refusal = ReductionRefusal::NotBase;
        return out;
    }
    if (!newProof.isEmpty()) {
        out.refusal = checkReductionProof(newProof, newProofFileName);
        if (out.refusal != ReductionRefusal::None)
            return out;
    }
    Transaction tx(m_db, Transaction::Mode::Immediate);
    const QString now = toDbTime(m_clock.now());
    QSqlQuery q(m_db);
    if (!newProof.isEmpty()) {
        const QString sha = storeProof(m_db, newProof);
        prepareOrThrow(q, QStringLiteral("UPDATE reduction_requests SET state = 'submitted', version = version + 1, "
                                         "updated_at = ?, proof_file_name = ?, proof_size = ?, proof_sha256 = ? "
                                         "WHERE id = ? AND version = ? AND state = 'returned' AND base_id = ?"));
        for (const QVariant &v : QVariantList{now, newProofFileName, qint64(newProof.size()), sha})
            q.addBindValue(v);
    } else {
        prepareOrThrow(q, QStringLiteral("UPDATE reduction_requests SET state = 'submitted', version = version + 1, "
                                         "updated_at = ? WHERE id = ? AND version = ? AND state = 'returned' AND base_id = ?"));
        q.addBindValue(now);
    }
    q.addBindValue(requestId);
    q.addBindValue(version);
    q.addBindValue(m_user.orgId);
    execOrThrow(q, "resubmit reduction request");
    if (q.numRowsAffected() != 1) {
        out.refusal = ReductionRefusal::NotReturned;
        return out;
    }
    logStep(m_db, requestId, m_user, Stage::BaseReview, Action::Resubmit, State::Returned, State::Submitted, {}, now);
    tx.commit();
    out.requestId = requestId;
    return out;
}

QVector<ReductionRow> ReductionRequests::list(bool waitingOnly) const
{
    const ScopeSql scope = scopeSql(m_user, QStringLiteral("rr.base_id"));
    QString where = scope.clause;
    QVariantList binds = scope.binds;
    if (waitingOnly) {
        const QStringList states = reductionWorkflow().actionableStates(m_user.role);
        if (states.isEmpty())
            return {};
        where += QStringLiteral(" AND rr.state IN (%1)").arg(placeholders(int(states.size())));
        for (const QString &s : states)
            binds.append(s);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QString::fromLatin1(kRowSelect) + QStringLiteral("WHERE %1 ORDER BY rr.filed_at, rr.id").arg(where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    execOrThrow(q, "reduction requests");
    QVector<ReductionRow> rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

std::optional<ReductionRow> ReductionRequests::request(qint64 requestId) const
{
    const ScopeSql scope = scopeSql(m_user, QStringLiteral("rr.base_id"));
    QSqlQuery q(m_db);
    prepareOrThrow(q, QString::fromLatin1(kRowSelect) + QStringLiteral("WHERE rr.id = ? AND %1").arg(scope.clause));
    q.addBindValue(requestId);
    for (const QVariant &v : scope.binds)
        q.addBindValue(v);
    execOrThrow(q, "reduction request");
    if (!q.next())
        return std::nullopt;
    return rowFrom(q);
}

EvidenceRef ReductionRequests::proofRef(const ReductionRow &row)
{
    EvidenceRef ref;
    ref.id = -row.requestId; // not an evidence row; negative so it never collides with one
    ref.kind = EvidenceKind::ReductionProof;
    ref.fileName = row.proofFileName;
    ref.mimeType = QStringLiteral("application/pdf");
    ref.sizeBytes = row.proofSize;
    ref.sha256 = row.proofSha256;
    ref.uploadedAt = row.filedAt;
    return ref;
}

} // namespace gme
