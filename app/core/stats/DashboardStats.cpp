#include "DashboardStats.h"

#include "Clock.h"
#include "db/DbError.h"
#include "review/Scope.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Dashboard)
};

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
}

} // namespace

int FunnelRow::total() const { return std::accumulate(counts.begin(), counts.end(), 0); }

int AgeingRow::total() const { return std::accumulate(counts.begin(), counts.end(), 0); }

DashboardStats::DashboardStats(QSqlDatabase db, User user, const Clock &clock)
    : m_db(std::move(db)), m_user(std::move(user)), m_clock(clock)
{
}

State DashboardStats::waitingState(Stage stage)
{
    switch (stage) {
    case Stage::Registration: return State::Returned;
    case Stage::BaseReview: return State::Submitted;
    case Stage::CityReview: return State::BasePassed;
    case Stage::FinalReview: return State::CityPassed;
    }
    return State::Submitted;
}

QString DashboardStats::bucketName(AgeBucket bucket)
{
    switch (bucket) {
    case AgeBucket::UnderOneDay: return Text::tr("Under 1 day");
    case AgeBucket::OneToThreeDays: return Text::tr("1–3 days");
    case AgeBucket::ThreeToSevenDays: return Text::tr("3–7 days");
    case AgeBucket::OverSevenDays: return Text::tr("Over 7 days");
    }
    return {};
}

QList<FunnelRow> DashboardStats::funnel(qint64 batchId, FunnelGrouping grouping) const
{
    const ScopeSql scope = scopeSql(m_user, QStringLiteral("r.base_id"));
    // Count per base and state first (one pass over the batch's rows), then name the few hundred
    // groups and roll them up to cities.
    const QString group = grouping == FunnelGrouping::City ? QStringLiteral("COALESCE(c.id, 0)") : QStringLiteral("b.id");
    const QString name = grouping == FunnelGrouping::City ? QStringLiteral("COALESCE(c.name, '')") : QStringLiteral("b.name");
    const QString order = grouping == FunnelGrouping::City ? QStringLiteral("MIN(COALESCE(c.code, ''))")
                                                           : QStringLiteral("MIN(COALESCE(c.code, '')), MIN(b.code)");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT %1, %2, COALESCE(c.name, ''), g.state, SUM(g.n) "
                                     "FROM (SELECT r.base_id AS base_id, r.state AS state, COUNT(*) AS n "
                                     "      FROM registrations r WHERE r.batch_id = ? AND (%3) "
                                     "      GROUP BY r.base_id, r.state) g "
                                     "JOIN orgs b ON b.id = g.base_id "
                                     "LEFT JOIN orgs c ON c.id = b.parent_id "
                                     "GROUP BY %1, %2, COALESCE(c.name, ''), g.state "
                                     "ORDER BY %4, %1")
                          .arg(group, name, scope.clause, order));
    q.addBindValue(batchId);
    bindAll(q, scope.binds);
    execOrThrow(q, "count the funnel");
    QList<FunnelRow> rows;
    while (q.next()) {
        const qint64 orgId = q.value(0).toLongLong();
        // The rows of one group arrive together (ordered by group).
        FunnelRow *row = !rows.isEmpty() && rows.back().orgId == orgId ? &rows.back() : nullptr;
        if (!row) {
            rows.append(FunnelRow{orgId, q.value(1).toString(), q.value(2).toString(), {}});
            row = &rows.back();
        }
        if (const auto state = stateFromCode(q.value(3).toString()))
            row->counts[size_t(*state)] += q.value(4).toInt();
    }
    return rows;
}

QList<AgeingRow> DashboardStats::ageing(qint64 batchId) const
{
    const ScopeSql scope = scopeSql(m_user, QStringLiteral("r.base_id"));
    const QDateTime now = m_clock.now();
    const QList<State> waiting = {State::Submitted, State::BasePassed, State::CityPassed, State::Returned};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // ISO 8601 text compares in time order, so the buckets are plain comparisons with bound cut-offs
    // (no date functions of one SQL dialect).
    prepareOrThrow(q, QStringLiteral("SELECT r.state, CASE WHEN r.updated_at > ? THEN 0 WHEN r.updated_at > ? THEN 1 "
                                     "WHEN r.updated_at > ? THEN 2 ELSE 3 END AS bucket, COUNT(*) "
                                     "FROM registrations r "
                                     "WHERE r.batch_id = ? AND r.state IN (?, ?, ?, ?) AND (%1) "
                                     "GROUP BY r.state, bucket")
                          .arg(scope.clause));
    q.addBindValue(toDbTime(now.addDays(-1)));
    q.addBindValue(toDbTime(now.addDays(-3)));
    q.addBindValue(toDbTime(now.addDays(-7)));
    q.addBindValue(batchId);
    for (State s : waiting)
        q.addBindValue(stateCode(s));
    bindAll(q, scope.binds);
    execOrThrow(q, "count waiting items by age");
    QList<AgeingRow> rows;
    for (State s : waiting)
        rows.append(AgeingRow{s, {}});
    while (q.next()) {
        const auto state = stateFromCode(q.value(0).toString());
        const int bucket = q.value(1).toInt();
        if (!state || bucket < 0 || bucket >= kAgeBucketCount)
            continue;
        rows[waiting.indexOf(*state)].counts[size_t(bucket)] = q.value(2).toInt();
    }
    return rows;
}

QList<ClosingWindow> DashboardStats::windowsClosing(int days) const
{
    const ScopeSql scope = scopeSql(m_user, QStringLiteral("r.base_id"));
    const QDateTime now = m_clock.now();
    QString waitingCase = QStringLiteral("CASE w.stage");
    QVariantList caseBinds;
    for (Stage s : {Stage::Registration, Stage::BaseReview, Stage::CityReview, Stage::FinalReview}) {
        waitingCase += QStringLiteral(" WHEN ? THEN ?");
        caseBinds << stageCode(s) << stateCode(waitingState(s));
    }
    waitingCase += QStringLiteral(" END");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT w.batch_id, b.name, w.stage, w.opens_at, w.closes_at, "
                                     "  (SELECT COUNT(*) FROM registrations r "
                                     "   WHERE r.batch_id = w.batch_id AND r.state = %1 AND (%2)) "
                                     "FROM stage_windows w JOIN exam_batches b ON b.id = w.batch_id "
                                     "WHERE b.status = 'open' AND w.closes_at > ? AND w.closes_at <= ? "
                                     "ORDER BY w.closes_at, w.batch_id, w.stage")
                          .arg(waitingCase, scope.clause));
    bindAll(q, caseBinds);
    bindAll(q, scope.binds);
    q.addBindValue(toDbTime(now));
    q.addBindValue(toDbTime(now.addDays(days)));
    execOrThrow(q, "list closing windows");
    QList<ClosingWindow> windows;
    while (q.next()) {
        const auto stage = stageFromCode(q.value(2).toString());
        if (!stage)
            continue;
        windows.append(ClosingWindow{q.value(0).toLongLong(), q.value(1).toString(), *stage,
                                     fromDbTime(q.value(3).toString()), fromDbTime(q.value(4).toString()),
                                     q.value(5).toInt()});
    }
    // Windows closing together are listed in the order of the review chain, not by stage code.
    std::stable_sort(windows.begin(), windows.end(), [](const ClosingWindow &a, const ClosingWindow &b) {
        return std::tie(a.closesAt, a.batchId, a.stage) < std::tie(b.closesAt, b.batchId, b.stage);
    });
    return windows;
}

QList<ReasonCount> DashboardStats::reasons(qint64 batchId, int limit) const
{
    const ScopeSql scope = scopeSql(m_user, QStringLiteral("r.base_id"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT TRIM(d.reason) AS reason, COUNT(*) AS n "
                                     "FROM decisions d JOIN registrations r ON r.id = d.registration_id "
                                     "WHERE d.action = ? AND r.batch_id = ? AND d.reason IS NOT NULL "
                                     "  AND TRIM(d.reason) <> '' AND (%1) "
                                     "GROUP BY TRIM(d.reason) ORDER BY n DESC, reason LIMIT ?")
                          .arg(scope.clause));
    QList<ReasonCount> counts;
    for (Action action : {Action::Return, Action::Reject}) {
        q.addBindValue(actionCode(action));
        q.addBindValue(batchId);
        bindAll(q, scope.binds);
        q.addBindValue(limit);
        execOrThrow(q, "count reasons");
        while (q.next())
            counts.append(ReasonCount{action, q.value(0).toString(), q.value(1).toInt()});
    }
    return counts;
}

DashboardFigures DashboardStats::load(qint64 batchId, int closingDays) const
{
    DashboardFigures f;
    f.batchId = batchId;
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("SELECT name, track FROM exam_batches WHERE id = ?"));
    q.addBindValue(batchId);
    execOrThrow(q, "read the exam batch");
    if (q.next()) {
        f.batchName = q.value(0).toString();
        f.track = trackFromCode(q.value(1).toString());
    }
    f.computedAt = m_clock.now();
    f.closingDays = closingDays;
    f.byCity = funnel(batchId, FunnelGrouping::City);
    f.byBase = funnel(batchId, FunnelGrouping::Base);
    f.ageing = ageing(batchId);
    f.closing = windowsClosing(closingDays);
    f.reasons = reasons(batchId);
    return f;
}

} // namespace gme
