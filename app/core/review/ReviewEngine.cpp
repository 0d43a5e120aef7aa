#include "ReviewEngine.h"

#include "BatchChecker.h"
#include "ConcurrentBatch.h"
#include "Clock.h"
#include "WorkflowRules.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "db/SqlDialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <algorithm>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Review)
};
} // namespace

ReviewEngine::ReviewEngine(QSqlDatabase db, User user, const Workflow &workflow, const Clock &clock)
    : m_db(std::move(db)), m_user(std::move(user)), m_workflow(workflow), m_clock(clock)
{
}

BatchCheck ReviewEngine::check(const BatchRequest &request) const
{
    return BatchChecker(m_db, m_user, m_workflow, m_clock.now()).run(request);
}

BatchResult ReviewEngine::apply(const BatchRequest &request) { return apply(request, {}); }

BatchResult ReviewEngine::apply(const BatchRequest &request, const Progress &progress)
{
    // Immediate: nobody can write between the checks and our writes.
    Transaction tx(m_db, Transaction::Mode::Immediate);
    m_batchesInTransaction = 0;
    BatchResult result = writeInTransaction(request, progress);
    if (result.applied)
        tx.commit();
    return result;
}

BatchResult ReviewEngine::applyAll(const QList<BatchRequest> &requests, const Progress &progress)
{
    Transaction tx(m_db, Transaction::Mode::Immediate);
    m_batchesInTransaction = 0;
    BatchResult total;
    for (const BatchRequest &request : requests) {
        BatchResult one = writeInTransaction(request, progress);
        if (!one.applied)
            return one; // rolled back by tx: the earlier batches too
        total.rowCount += one.rowCount;
        total.batchActionId = one.batchActionId;
        total.check.rows += one.check.rows;
    }
    tx.commit();
    total.applied = true;
    return total;
}

BatchResult ReviewEngine::writeInTransaction(const BatchRequest &request, const Progress &progress)
{
    BatchResult result;
    const QDateTime now = m_clock.now();
    const QString nowText = toDbTime(now);
    QVector<Step> moves;
    lockBatchRows(m_db, m_workflow.spec().storage.table, request.rows);
    result.check = BatchChecker(m_db, m_user, m_workflow, now).run(request, &moves);
    if (!result.check.ok())
        return result; // the caller rolls back

    const Step &first = moves.constFirst();
    const QString reason = request.reason.trimmed();
    const QVariant reasonValue = reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason);
    const ItemStorage &st = m_workflow.spec().storage;
    const WorkflowRules *rules = m_workflow.spec().rules.get();

    QSqlQuery batch(m_db);
    prepareOrThrow(batch, QStringLiteral("INSERT INTO batch_actions (user_id, stage, action, reason, row_count, applied_at, "
                                         "flow, client_token) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    batch.addBindValue(m_user.id);
    batch.addBindValue(first.stage);
    batch.addBindValue(request.code());
    batch.addBindValue(reasonValue);
    batch.addBindValue(int(request.rows.size()));
    batch.addBindValue(nowText);
    batch.addBindValue(m_workflow.code());
    // Several batches in one transaction (applyAll): the first carries the token itself, which is
    // enough to tell whether the transaction committed.
    QString token = m_batchToken.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m_batchToken;
    if (m_batchesInTransaction++ > 0)
        token += QLatin1Char('/') + QString::number(m_batchesInTransaction);
    batch.addBindValue(token);
    execOrThrow(batch, "record batch action");
    const qint64 batchActionId = returnedId(batch);
    const RuleContext context{m_db, m_user, now, batchActionId};

    // Prepared once, executed per row: 10,000 rows stay well under a second on SQLite. Table and
    // column names come from the workflow's code, values are bound.
    QSqlQuery update(m_db);
    prepareOrThrow(update, QStringLiteral("UPDATE %1 SET state = ?, version = version + 1, updated_at = ? "
                                          "WHERE id = ? AND version = ?").arg(st.table));
    QSqlQuery decision(m_db);
    prepareOrThrow(decision, QStringLiteral("INSERT INTO %1 (%2, batch_action_id, user_id, stage, "
                                            "action, from_state, to_state, reason, decided_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                 .arg(st.decisionTable, st.decisionItemColumn));
    const int total = int(request.rows.size());
    const bool setBased = !rules && sql::dialectOf(m_db) == Dialect::Postgres;
    if (setBased) {
        // One round trip per few hundred rows instead of two per row: on a central server the
        // trip, not the write, is what a 10,000-row batch would wait for.
        const int chunk = 500;
        for (int from = 0; from < total; from += chunk) {
            if (progress && !progress(from, total)) {
                result.cancelled = true;
                return result;
            }
            const int n = std::min(chunk, total - from);
            QStringList tuples, decisionTuples;
            for (int i = 0; i < n; ++i) {
                tuples.append(QStringLiteral("(CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS TEXT))"));
                decisionTuples.append(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            }
            QSqlQuery moveRows(m_db);
            prepareOrThrow(moveRows, QStringLiteral("UPDATE %1 AS item SET state = v.column3, version = item.version + 1, "
                                                    "updated_at = ? FROM (VALUES %2) AS v "
                                                    "WHERE item.id = v.column1 AND item.version = v.column2")
                                         .arg(st.table, tuples.join(QLatin1Char(','))));
            moveRows.addBindValue(nowText);
            QSqlQuery logRows(m_db);
            prepareOrThrow(logRows, QStringLiteral("INSERT INTO %1 (%2, batch_action_id, user_id, stage, action, from_state, "
                                                   "to_state, reason, decided_at) VALUES %3")
                                        .arg(st.decisionTable, st.decisionItemColumn, decisionTuples.join(QLatin1Char(','))));
            for (int i = from; i < from + n; ++i) {
                const BatchRow &row = request.rows.at(i);
                const Step &t = moves.at(i);
                moveRows.addBindValue(row.registrationId);
                moveRows.addBindValue(row.version);
                moveRows.addBindValue(t.to);
                for (const QVariant &v : {QVariant(row.registrationId), QVariant(batchActionId), QVariant(m_user.id),
                                          QVariant(t.stage), QVariant(t.action), QVariant(t.from), QVariant(t.to),
                                          reasonValue, QVariant(nowText)})
                    logRows.addBindValue(v);
            }
            execOrThrow(moveRows, "update item states");
            if (moveRows.numRowsAffected() != n) {
                // Cannot happen with the rows locked, but a lost row must never be written half.
                result.check.rows[from].problem = RowProblem::Changed;
                return result;
            }
            execOrThrow(logRows, "record decisions");
        }
    }
    for (int i = 0; i < total && !setBased; ++i) {
        if (progress && i % 250 == 0 && !progress(i, total)) {
            result.cancelled = true;
            return result; // the caller rolls back
        }
        const BatchRow &row = request.rows.at(i);
        const Step &t = moves.at(i);
        update.bindValue(0, t.to);
        update.bindValue(1, nowText);
        update.bindValue(2, row.registrationId);
        update.bindValue(3, row.version);
        execOrThrow(update, "update item state");
        if (update.numRowsAffected() != 1) {
            // Cannot happen under the immediate lock, but a lost row must never be written half.
            result.check.rows[i].problem = RowProblem::Changed;
            return result;
        }
        decision.bindValue(0, row.registrationId);
        decision.bindValue(1, batchActionId);
        decision.bindValue(2, m_user.id);
        decision.bindValue(3, t.stage);
        decision.bindValue(4, t.action);
        decision.bindValue(5, t.from);
        decision.bindValue(6, t.to);
        decision.bindValue(7, reasonValue);
        decision.bindValue(8, nowText);
        execOrThrow(decision, "record decision");
        if (rules)
            rules->afterMove(context, row.registrationId, t, reason);
    }
    if (progress && !progress(total, total)) {
        result.cancelled = true;
        return result;
    }
    result.applied = true;
    result.batchActionId = batchActionId;
    result.rowCount = int(request.rows.size());
    return result;
}

QString ReviewEngine::extendWindow(qint64 examBatchId, Stage stage, const QDateTime &closesAt)
{
    if (m_user.role != Role::Provincial)
        return Text::tr("Only the provincial office can change stage windows");

    Transaction tx(m_db, Transaction::Mode::Immediate);
    QSqlQuery read(m_db);
    prepareOrThrow(read, QStringLiteral("SELECT closes_at FROM stage_windows WHERE batch_id = ? AND stage = ?"));
    read.addBindValue(examBatchId);
    read.addBindValue(stageCode(stage));
    execOrThrow(read, "read stage window");
    if (!read.next())
        return Text::tr("This exam batch has no window for that stage");
    const QString oldText = read.value(0).toString();
    read.finish();
    if (!closesAt.isValid() || closesAt <= fromDbTime(oldText))
        return Text::tr("The new closing time must be later than the current one (%1)")
            .arg(oldText);

    const QString newText = toDbTime(closesAt);
    QSqlQuery update(m_db);
    prepareOrThrow(update, QStringLiteral("UPDATE stage_windows SET closes_at = ? WHERE batch_id = ? AND stage = ?"));
    update.addBindValue(newText);
    update.addBindValue(examBatchId);
    update.addBindValue(stageCode(stage));
    execOrThrow(update, "extend stage window");

    const QJsonObject detail{{QStringLiteral("batch"), examBatchId},
                             {QStringLiteral("stage"), stageCode(stage)},
                             {QStringLiteral("old_closes_at"), oldText},
                             {QStringLiteral("new_closes_at"), newText}};
    QSqlQuery log(m_db);
    prepareOrThrow(log, QStringLiteral("INSERT INTO admin_log (user_id, kind, detail, logged_at) VALUES (?, ?, ?, ?)"));
    log.addBindValue(m_user.id);
    log.addBindValue(QStringLiteral("window_extended"));
    log.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    log.addBindValue(toDbTime(m_clock.now()));
    execOrThrow(log, "record window extension");
    tx.commit();
    return {};
}

} // namespace gme
