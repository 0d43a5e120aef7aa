#include "DemoHistoryWriter.h"

#include "db/DbError.h"

#include <QVariant>

namespace gme::demo {
namespace {

const QVariant kNullId{QMetaType::fromType<qint64>()};
const QVariant kNullText{QMetaType::fromType<QString>()};

QVariant textOrNull(const QString &s) { return s.isEmpty() ? kNullText : QVariant(s); }

} // namespace

HistoryWriter::HistoryWriter(BulkRows &rows, QRandomGenerator &rng, qint64 nextRegistrationId,
                             qint64 nextBatchActionId)
    : m_rows(rows), m_rng(rng), m_firstBatchActionId(nextBatchActionId), m_nextRegistrationId(nextRegistrationId),
      m_nextBatchActionId(nextBatchActionId), m_batchSize(rows.database())
{
    // In the order rows must reach the database: decisions refer to both of the others.
    m_registrations = m_rows.declare(QStringLiteral(
        "INSERT INTO registrations (id, batch_id, trainee_id, base_id, subjects, is_makeup, state, version, "
        "submitted_at, updated_at)"), 10);
    m_batchActions = m_rows.declare(QStringLiteral(
        "INSERT INTO batch_actions (id, user_id, stage, action, reason, row_count, applied_at)"), 7);
    m_decisions = m_rows.declare(QStringLiteral(
        "INSERT INTO decisions (registration_id, batch_action_id, user_id, stage, action, from_state, to_state, "
        "reason, decided_at)"), 9);
    if (!m_rows.collects())
        prepareOrThrow(m_batchSize, QStringLiteral("UPDATE batch_actions SET row_count = ? WHERE id = ?"));
}

int HistoryWriter::targetSize(Action action, Stage stage)
{
    // Bases work through their list in small batches, the city and the province in large ones;
    // resubmissions and cancellations come one or a few at a time.
    if (action == Action::Resubmit || action == Action::Cancel)
        return 1 + int(m_rng.bounded(4));
    if (action != Action::Pass)
        return 1 + int(m_rng.bounded(8));
    switch (stage) {
    case Stage::BaseReview: return 5 + int(m_rng.bounded(30));
    case Stage::CityReview: return 10 + int(m_rng.bounded(60));
    default: return 20 + int(m_rng.bounded(120));
    }
}

// Adds one row to the open batch action for this reviewer, slot, action and reason (opening one
// when there is none) and closes it when it has reached its size. Returns the batch action.
HistoryWriter::Group HistoryWriter::join(const ExamTimeline &timeline, const PlannedStep &step, qint64 userId)
{
    const GroupKey key{timeline.batchId, step.slot, userId, step.action, step.reason};
    auto it = m_open.find(key);
    if (it == m_open.end()) {
        Group g;
        g.id = m_nextBatchActionId++;
        g.at = timeline.at(step.slot, m_rng);
        g.atText = wallClockText(g.at);
        g.target = targetSize(step.action, step.stage);
        m_rows.add(m_batchActions, {g.id, userId, stageCode(step.stage), actionCode(step.action),
                                    textOrNull(step.reason), 0, g.atText});
        it = m_open.insert(key, g);
    }
    ++it->rows;
    const Group g = *it;
    if (g.rows >= g.target) {
        close(g);
        m_open.erase(it);
    }
    return g;
}

void HistoryWriter::close(const Group &group)
{
    if (m_rows.collects())
        return; // the batch action may not be written yet: finish() counts them all at once
    m_batchSize.bindValue(0, group.rows);
    m_batchSize.bindValue(1, group.id);
    execOrThrow(m_batchSize, "record demo batch size");
}

WrittenRegistration HistoryWriter::write(const ExamTimeline &timeline, qint64 traineeId, qint64 baseId,
                                         const Reviewers &who, bool makeup, const QList<PlannedStep> &steps)
{
    struct Timed
    {
        QDateTime at;
        QString atText;
        qint64 batchActionId = 0;
        qint64 userId = 0;
    };
    QList<Timed> times;
    times.reserve(steps.size());
    for (const PlannedStep &step : steps) {
        if (step.action == Action::Submit) {
            const QDateTime at = timeline.at(step.slot, m_rng);
            times.append({at, wallClockText(at), 0, 0});
            continue;
        }
        const qint64 user = step.stage == Stage::BaseReview ? who.base
                            : step.stage == Stage::CityReview ? who.city : who.province;
        const Group g = join(timeline, step, user);
        times.append({g.at, g.atText, g.id, user});
    }

    WrittenRegistration out;
    out.id = m_nextRegistrationId++;
    out.state = steps.back().to;
    out.submittedAt = times.front().at;
    // A make-up candidate sits only the subject they failed.
    const QString subjects = !makeup ? QStringLiteral("theory,skills")
                             : m_rng.bounded(2) ? QStringLiteral("theory") : QStringLiteral("skills");
    // One version per change, the submission being the first.
    m_rows.add(m_registrations, {out.id, timeline.batchId, traineeId, baseId, subjects, makeup ? 1 : 0,
                                 stateCode(out.state), int(steps.size()), times.front().atText, times.back().atText});

    for (qsizetype i = 0; i < steps.size(); ++i) {
        const PlannedStep &s = steps.at(i);
        const Timed &t = times.at(i);
        m_rows.add(m_decisions, {out.id, t.batchActionId ? QVariant(t.batchActionId) : kNullId,
                                 t.userId ? QVariant(t.userId) : kNullId, // the trainee submits, no user
                                 stageCode(s.stage), actionCode(s.action),
                                 s.from ? QVariant(stateCode(*s.from)) : kNullText, stateCode(s.to),
                                 textOrNull(s.reason), t.atText});
    }
    return out;
}

void HistoryWriter::finish()
{
    if (m_rows.collects()) {
        m_rows.flush();
        QSqlQuery sizes(m_rows.database());
        prepareOrThrow(sizes, QStringLiteral(
            "UPDATE batch_actions SET row_count = c.n FROM (SELECT batch_action_id, COUNT(*) AS n FROM decisions "
            "WHERE batch_action_id >= ? GROUP BY batch_action_id) c WHERE batch_actions.id = c.batch_action_id"));
        sizes.addBindValue(m_firstBatchActionId);
        execOrThrow(sizes, "record demo batch sizes");
    }
    for (const Group &group : std::as_const(m_open))
        close(group);
    m_open.clear();
}

} // namespace gme::demo
