#pragma once

#include "DemoBulkRows.h"
#include "DemoPaths.h"
#include "DemoTimeline.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <QHash>

namespace gme::demo {

struct DemoBase;

// Who acts for each review stage of a registration.
struct Reviewers
{
    qint64 base = 0;
    qint64 city = 0;
    qint64 province = 0;
};

struct WrittenRegistration
{
    qint64 id = 0;
    State state = State::Submitted;
    QDateTime submittedAt;
};

// Writes registrations with their decisions. Decisions of one reviewer with the same action,
// reason and slot are gathered into batch actions of realistic size, as the review pane would
// have applied them; every decision of a batch action carries its time. Rows go through `rows`,
// registrations and batch actions with ids given here.
class HistoryWriter
{
public:
    HistoryWriter(BulkRows &rows, QRandomGenerator &rng, qint64 nextRegistrationId, qint64 nextBatchActionId);

    WrittenRegistration write(const ExamTimeline &timeline, qint64 traineeId, qint64 baseId, const Reviewers &who,
                              bool makeup, const QList<PlannedStep> &steps);
    // Records the final size of batch actions still open (on PostgreSQL: of every batch action,
    // in one statement). Call once, after the last write().
    void finish();

private:
    struct GroupKey
    {
        qint64 examBatchId;
        int slot;
        qint64 userId;
        Action action;
        QString reason;
        bool operator==(const GroupKey &) const = default;
        friend size_t qHash(const GroupKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.examBatchId, k.slot, k.userId, int(k.action), k.reason);
        }
    };
    struct Group
    {
        qint64 id = 0;
        QDateTime at;
        QString atText;
        int rows = 0;
        int target = 0;
    };

    Group join(const ExamTimeline &timeline, const PlannedStep &step, qint64 userId);
    void close(const Group &group);
    int targetSize(Action action, Stage stage);

    BulkRows &m_rows;
    QRandomGenerator &m_rng;
    qint64 m_firstBatchActionId;
    qint64 m_nextRegistrationId;
    qint64 m_nextBatchActionId;
    // Looked up only; the order finish() visits them in does not change what is written.
    QHash<GroupKey, Group> m_open;
    int m_registrations = 0, m_batchActions = 0, m_decisions = 0; // tables of m_rows
    QSqlQuery m_batchSize;
};

} // namespace gme::demo
