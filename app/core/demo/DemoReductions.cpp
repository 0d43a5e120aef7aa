#include "DemoReductions.h"

#include "DemoCatalog.h"
#include "DemoTimeline.h"
#include "WeightedPick.h"
#include "db/DbError.h"

#include <QVariant>

namespace gme::demo {
namespace {

constexpr int kOpenRequestPercent = 4; // of residents training 3 years

const char16_t *const kReasons[] = {
    u"已在外院完成一年住院医师规范化培训，申请减免一年",
    u"具有临床医学硕士专业学位，申请减免培训年限",
    u"已取得执业医师资格并从事临床工作满两年，申请减免一年",
};

} // namespace

ReductionWriter::ReductionWriter(BulkRows &rows, qint64 nextRequestId, const EvidencePool &pool, quint32 seed,
                                 const QDateTime &now)
    : m_rng(seed ^ 0x5eedU), m_now(now), m_rows(rows), m_nextRequestId(nextRequestId)
{
    m_proof = pool.reductionProofs.value(0);
    m_requests = m_rows.declare(QStringLiteral(
        "INSERT INTO reduction_requests (id, trainee_id, base_id, from_years, to_years, reason, proof_file_name, "
        "proof_size, proof_sha256, state, version, filed_by, filed_at, updated_at, applied_at)"), 15);
    m_decisions = m_rows.declare(QStringLiteral(
        "INSERT INTO reduction_decisions (request_id, user_id, stage, action, from_state, to_state, reason, "
        "decided_at)"), 8);
}

qint64 ReductionWriter::request(qint64 traineeId, const DemoPerson &p, qint64 baseId, State state, int version, qint64 filedBy,
                                const QDateTime &filedAt, const QDateTime &updatedAt, bool applied)
{
    const qint64 id = m_nextRequestId++;
    m_rows.add(m_requests, {id, traineeId, baseId, 3, 2, QString::fromUtf16(kReasons[m_rng.bounded(3)]),
                              p.name + QStringLiteral(u"_培训年限减免申请及证明.pdf"), qint64(m_proof.bytes.size()),
                              m_proof.sha256, stateCode(state), version, filedBy, wallClockText(filedAt),
                              wallClockText(updatedAt),
                              applied ? QVariant(wallClockText(updatedAt)) : QVariant(QMetaType::fromType<QString>())});
    return id;
}

void ReductionWriter::step(qint64 requestId, qint64 userId, Stage stage, Action action, std::optional<State> from,
                           State to, const QString &reason, const QDateTime &at)
{
    m_rows.add(m_decisions, {requestId, userId, stageCode(stage), actionCode(action),
                             from ? QVariant(stateCode(*from)) : QVariant(QMetaType::fromType<QString>()), stateCode(to),
                             reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason),
                             wallClockText(at)});
}

void ReductionWriter::write(qint64 traineeId, const DemoPerson &p, Track track, qint64 baseId, const Reviewers &who,
                            bool showEveryState)
{
    if (track != Track::Resident)
        return; // the assistant-GP track is never reduced
    static constexpr State kOpenStates[] = {State::Submitted, State::BasePassed, State::CityPassed, State::Returned,
                                            State::Rejected};
    State state;
    QDateTime filed;
    if (p.reducedYears) {
        state = State::FinalPassed; // filed in the first months of training, long applied
        filed = QDateTime(QDate::fromString(p.trainingStart, Qt::ISODate).addDays(20 + int(m_rng.bounded(40))), QTime(10, 0));
    } else if (p.trainingYears == 3 && p.personType != mastersTrainingType()
               && ((showEveryState && m_shown < int(std::size(kOpenStates))) || chance(m_rng, kOpenRequestPercent))) {
        state = showEveryState && m_shown < int(std::size(kOpenStates)) ? kOpenStates[m_shown++]
                                                                          : kOpenStates[m_rng.bounded(5)];
        // At least a week ago: up to three reviews follow, each a day or two after the one before.
        filed = m_now.addDays(-7 - int(m_rng.bounded(25))).addSecs(-int(m_rng.bounded(8 * 3600)));
    } else {
        return;
    }
    // Each review a day or two after the one before.
    QDateTime at = filed;
    auto next = [&] { return at = at.addSecs(86400 + int(m_rng.bounded(86400))); };
    QList<std::tuple<qint64, Stage, Action, State, State, QString>> plan;
    const QString returnReason = QStringLiteral(u"减免证明材料不完整，请补充医院证明");
    const QString rejectReason = QStringLiteral(u"不符合培训年限减免条件");
    switch (state) {
    case State::FinalPassed:
        plan.append({who.province, Stage::FinalReview, Action::Pass, State::CityPassed, State::FinalPassed, QString()});
        [[fallthrough]];
    case State::CityPassed:
        plan.prepend({who.city, Stage::CityReview, Action::Pass, State::BasePassed, State::CityPassed, QString()});
        [[fallthrough]];
    case State::BasePassed:
        plan.prepend({who.base, Stage::BaseReview, Action::Pass, State::Submitted, State::BasePassed, QString()});
        break;
    case State::Returned:
        plan.append({who.base, Stage::BaseReview, Action::Pass, State::Submitted, State::BasePassed, QString()});
        plan.append({who.city, Stage::CityReview, Action::Return, State::BasePassed, State::Returned, returnReason});
        break;
    case State::Rejected:
        plan.append({who.base, Stage::BaseReview, Action::Pass, State::Submitted, State::BasePassed, QString()});
        plan.append({who.city, Stage::CityReview, Action::Pass, State::BasePassed, State::CityPassed, QString()});
        plan.append({who.province, Stage::FinalReview, Action::Reject, State::CityPassed, State::Rejected, rejectReason});
        break;
    default:
        break;
    }
    QList<QDateTime> times;
    for (qsizetype i = 0; i < plan.size(); ++i)
        times.append(next());
    const QDateTime updated = times.isEmpty() ? filed : times.last();
    const qint64 id = request(traineeId, p, baseId, state, 1 + int(plan.size()), who.base, filed, updated, state == State::FinalPassed);
    step(id, who.base, Stage::Registration, Action::Submit, std::nullopt, State::Submitted, {}, filed);
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const auto &[user, stage, action, from, to, reason] = plan.at(i);
        step(id, user, stage, action, from, to, reason, times.at(i));
    }
}

} // namespace gme::demo
