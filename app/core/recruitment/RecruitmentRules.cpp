#include "RecruitmentRules.h"

#include "Clock.h"
#include "RecruitmentWorkflow.h"
#include "db/DbError.h"
#include "review/Scope.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace gme::recruit {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Recruitment)
};

struct AppFacts
{
    qint64 round = 0;
    qint64 base = 0;
    QString specialty; // admitted specialty, or the first choice while none is set
    QDateTime sentAt;
};

// Facts of the rows still without a problem, read in chunks.
QHash<qint64, AppFacts> loadFacts(QSqlDatabase db, const QList<ManifestRow> &rows)
{
    QList<qint64> ids;
    for (const ManifestRow &r : rows)
        if (r.problem == RowProblem::None)
            ids.append(r.registrationId);
    QHash<qint64, AppFacts> out;
    constexpr int kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const int n = int(std::min<qsizetype>(kChunk, ids.size() - start));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        prepareOrThrow(q, QStringLiteral("SELECT id, round_id, base_id, COALESCE(admitted_specialty, choice1), sent_at "
                                         "FROM applications WHERE id IN (%1)").arg(placeholders(n)));
        for (int i = 0; i < n; ++i)
            q.bindValue(i, ids.at(start + i));
        execOrThrow(q, "read application facts");
        while (q.next())
            out.insert(q.value(0).toLongLong(),
                       AppFacts{q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                                q.value(4).isNull() ? QDateTime() : fromDbTime(q.value(4).toString())});
    }
    return out;
}

void breakRow(ManifestRow &row, const QString &note)
{
    row.problem = RowProblem::RuleBroken;
    row.note = note;
}

// Places of a base's plan in a specialty: the quota and how many hold one now.
std::pair<int, int> planUse(QSqlDatabase db, const AppFacts &f)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral("SELECT quota FROM admission_plans WHERE round_id = ? AND base_id = ? AND specialty_code = ?"));
    q.addBindValue(f.round);
    q.addBindValue(f.base);
    q.addBindValue(f.specialty);
    execOrThrow(q, "read admission plan");
    const int quota = q.next() ? q.value(0).toInt() : 0; // no plan: no places
    const QStringList holding = placeHoldingStates();
    QSqlQuery used(db);
    prepareOrThrow(used, QStringLiteral("SELECT COUNT(*) FROM applications WHERE round_id = ? AND base_id = ? "
                                        "AND admitted_specialty = ? AND state IN (%1)")
                             .arg(placeholders(int(holding.size()))));
    used.addBindValue(f.round);
    used.addBindValue(f.base);
    used.addBindValue(f.specialty);
    for (const QString &s : holding)
        used.addBindValue(s);
    execOrThrow(used, "count admitted places");
    return {quota, used.next() ? used.value(0).toInt() : 0};
}

void exec(QSqlDatabase db, const QString &sql, const QVariantList &binds, const char *what)
{
    QSqlQuery q(db);
    prepareOrThrow(q, sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    execOrThrow(q, what);
}

} // namespace

void RecruitmentRules::check(const RuleContext &ctx, const BatchRequest &request, const QVector<Step> &moves,
                             QList<ManifestRow> &rows) const
{
    const QString action = request.code();
    if (action == kSend && request.rows.size() > kSendGroupSize) {
        for (ManifestRow &r : rows)
            if (r.problem == RowProblem::None)
                breakRow(r, Text::tr("At most %1 results go in one send; send the selection in groups").arg(kSendGroupSize));
        return;
    }
    const bool changesSent = action == kCancelAdmission || action == kWithdraw;
    const bool answers = action == kAccept || action == kDecline;
    if (!changesSent && !answers && action != kAdmit)
        return;

    const QHash<qint64, AppFacts> facts = loadFacts(ctx.db, rows);
    QHash<QString, std::pair<int, int>> plans; // "round/base/specialty" → (quota, places taken so far)
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ManifestRow &row = rows[i];
        const auto it = facts.constFind(row.registrationId);
        if (row.problem != RowProblem::None || it == facts.cend())
            continue;
        const AppFacts &f = *it;
        if (moves.at(i).from == kSent && f.sentAt.isValid()) {
            const QDateTime locks = lockTime(f.sentAt);
            if (changesSent && ctx.now >= locks)
                breakRow(row, Text::tr("Locked: the result was sent more than %1 hours ago (locked at %2)")
                                  .arg(kChangeHours)
                                  .arg(locks.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            else if (answers && ctx.now < locks)
                breakRow(row, Text::tr("The base may still change this result until %1; the trainee answers after that")
                                  .arg(locks.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        }
        if (action == kAdmit) {
            const QString key = QStringLiteral("%1/%2/%3").arg(f.round).arg(f.base).arg(f.specialty);
            auto plan = plans.find(key);
            if (plan == plans.end())
                plan = plans.insert(key, planUse(ctx.db, f));
            if (plan->second >= plan->first)
                breakRow(row, Text::tr("The plan for this specialty is full (%1 places)").arg(plan->first));
            else
                ++plan->second; // this row takes a place; the next row of the batch sees it taken
        }
    }
}

void RecruitmentRules::afterMove(const RuleContext &ctx, qint64 itemId, const Step &move, const QString &reason) const
{
    Q_UNUSED(reason)
    const QString now = toDbTime(ctx.now);
    if (move.action == kAdmit)
        exec(ctx.db, QStringLiteral("UPDATE applications SET admitted_specialty = COALESCE(admitted_specialty, choice1) WHERE id = ?"),
             {itemId}, "record admitted specialty");
    else if (move.action == kSend)
        exec(ctx.db, QStringLiteral("UPDATE applications SET sent_at = ?, send_action_id = ? WHERE id = ?"),
             {now, ctx.batchActionId, itemId}, "record sending");
    else if (move.action == kCancelAdmission || move.action == kWithdraw)
        exec(ctx.db, QStringLiteral("UPDATE applications SET sent_at = NULL, send_action_id = NULL WHERE id = ?"),
             {itemId}, "clear sending");
    else if (move.action == kAccept)
        exec(ctx.db, QStringLiteral("UPDATE applications SET accepted_at = ? WHERE id = ?"), {now, itemId},
             "record acceptance");
    else if (move.action == kReportIn)
        exec(ctx.db, QStringLiteral("UPDATE applications SET reported_at = ? WHERE id = ?"), {now, itemId},
             "record report-in");
    else if (move.action == kNoShow)
        exec(ctx.db, QStringLiteral("UPDATE applications SET reported_at = NULL WHERE id = ?"), {itemId},
             "clear report-in");
}

} // namespace gme::recruit
