#include "BatchDecision.h"

#include "Clock.h"
#include "common/Busy.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "review/ConcurrentBatch.h"
#include "review/PendingStore.h"
#include "review/ReviewEngine.h"

#include <QUuid>

namespace gme {
namespace {

template <typename T>
struct Attempt
{
    std::optional<T> value;
    QString error;
    bool connectionLost = false; // central mode: the failure was the connection to the server
};

} // namespace

BatchDecision::BatchDecision(const Session &session, ReviewPrompts &prompts, QWidget *parent)
    : m_session(session), m_prompts(prompts), m_parent(parent)
{
}

QString BatchDecision::doneText(Action action, int rows, qint64 batchActionId)
{
    switch (action) {
    case Action::Pass: return tr("%1 registrations passed (batch action #%2)").arg(rows).arg(batchActionId);
    case Action::Reject: return tr("%1 registrations rejected (batch action #%2)").arg(rows).arg(batchActionId);
    case Action::Return:
        return tr("%1 registrations returned for revision (batch action #%2)").arg(rows).arg(batchActionId);
    default: return tr("%1 registrations updated (batch action #%2)").arg(rows).arg(batchActionId);
    }
}

DecisionOutcome BatchDecision::run(Action action, QList<BatchRow> rows, const RemoveRows &removeFromPending)
{
    const QString title = actionName(action);
    if (rows.isEmpty()) {
        m_prompts.inform(m_parent, title, tr("The pending batch is empty. Move registrations into it first."));
        return {};
    }
    QString reason;
    if (action == Action::Reject || action == Action::Return) {
        std::optional<QString> asked;
        try {
            const Database *database = m_session.database;
            const qint64 userId = m_session.user.id;
            // Read once here, so a connection broken by a server restart is reopened before the
            // dialog reads the templates (the reopened connection is the same QSqlDatabase).
            database->retryIfConnectionLost([&] { return ReasonTemplates(database->connection(), userId).list(action); });
            ReasonTemplates templates(database->connection(), userId);
            asked = m_prompts.askReason(m_parent, action, templates);
        } catch (const DbError &e) {
            if (e.connectionLost())
                return notReached(action, e.message());
            m_prompts.warn(m_parent, title, e.message());
            return {};
        }
        if (!asked || asked->trimmed().isEmpty())
            return {};
        reason = asked->trimmed();
    }

    Database *database = m_session.database;
    const User user = m_session.user;
    const Workflow *workflow = m_session.workflow;
    const Clock *clock = &m_session.clockRef();

    auto check = [&](const BatchRequest &request) {
        return runWithBusyDialog(m_parent, tr("Checking %1 rows…").arg(request.rows.size()), [=] {
            Attempt<BatchCheck> a;
            try {
                // Checking only reads: after a server restart it simply runs again.
                a.value = database->retryIfConnectionLost(
                    [&] { return ReviewEngine(database->connection(), user, *workflow, *clock).check(request); });
            } catch (const DbError &e) {
                a.error = e.message();
                a.connectionLost = e.connectionLost();
            }
            return a;
        });
    };

    BatchRequest request{action, reason, rows};
    Attempt<BatchCheck> checked = check(request);
    for (;;) {
        if (!checked.value && checked.connectionLost)
            return notReached(action, checked.error);
        if (!checked.value) {
            m_prompts.warn(m_parent, title, checked.error);
            return {};
        }
        switch (m_prompts.confirmManifest(m_parent, action, *checked.value)) {
        case ReviewPrompts::ManifestChoice::Cancel:
            return {};
        case ReviewPrompts::ManifestChoice::RemoveProblemRows: {
            QSet<qint64> bad;
            for (const ManifestRow &m : std::as_const(checked.value->rows))
                if (m.problem != RowProblem::None)
                    bad.insert(m.registrationId);
            removeFromPending(bad);
            request.rows.removeIf([&](const BatchRow &r) { return bad.contains(r.registrationId); });
            if (request.rows.isEmpty()) {
                m_prompts.inform(m_parent, title, tr("No rows are left in the pending batch."));
                return {};
            }
            checked = check(request);
            continue;
        }
        case ReviewPrompts::ManifestChoice::Apply:
            break;
        }
        // A token written with the batch lets us ask, after a dropped connection, whether it committed.
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Attempt<BatchResult> result = runWithProgress(
            m_parent, tr("Applying to %1 rows…").arg(request.rows.size()), true, [=](ProgressLink &link) {
                Attempt<BatchResult> a;
                try {
                    ReviewEngine engine(database->connection(), user, *workflow, *clock);
                    engine.setBatchToken(token);
                    a.value = engine.apply(request, [&link](int done, int total) { return link.report(done, total); });
                } catch (const DbError &e) {
                    a.error = e.message();
                    a.connectionLost = database->connectionLost();
                }
                return a;
            });
        if (!result.value && result.connectionLost)
            return afterLostConnection(action, request, token, result.error);
        if (!result.value) {
            m_prompts.warn(m_parent, title, tr("Nothing was applied: %1").arg(result.error));
            return {};
        }
        if (result.value->cancelled) {
            m_prompts.inform(m_parent, title, tr("Cancelled. Nothing was applied."));
            return {};
        }
        if (result.value->applied) {
            DecisionOutcome out{true, result.value->batchActionId, result.value->rowCount, false, {}};
            m_prompts.inform(m_parent, title, doneText(action, out.rowCount, out.batchActionId));
            return out;
        }
        // The data changed between the check and the apply: nothing was written; show why.
        m_prompts.warn(m_parent, title,
                       tr("Nothing was applied: some rows changed since they were checked. "
                          "Review the manifest again."));
        checked.value = result.value->check;
    }
}

DecisionOutcome BatchDecision::afterLostConnection(Action action, const BatchRequest &request, const QString &token,
                                                  const QString &error)
{
    Database *database = m_session.database;
    enum class Fate { Applied, NotApplied, Unknown };
    struct Found
    {
        Fate fate = Fate::Unknown;
        qint64 batchActionId = 0;
    };
    const Found found = runWithBusyDialog(m_parent, tr("Reconnecting to the server…"), [=] {
        if (!database->reconnect())
            return Found{};
        try {
            const qint64 id = committedBatchAction(database->connection(), token);
            return Found{id ? Fate::Applied : Fate::NotApplied, id};
        } catch (const DbError &) {
            return Found{};
        }
    });
    const QString title = actionName(action);
    switch (found.fate) {
    case Fate::Applied:
        m_prompts.inform(m_parent, title,
                         tr("The connection to the server broke, but the batch had been applied entirely: %1")
                             .arg(doneText(action, int(request.rows.size()), found.batchActionId)));
        return DecisionOutcome{true, found.batchActionId, int(request.rows.size()), false, {}};
    case Fate::NotApplied:
        m_prompts.warn(m_parent, title,
                       tr("The connection to the server broke before the batch was saved: nothing was applied. "
                          "Your pending batch is kept; apply it again. (%1)")
                           .arg(error));
        return {};
    case Fate::Unknown:
        break;
    }
    m_prompts.warn(m_parent, title,
                   tr("The server cannot be reached (%1). The batch was applied entirely or not at all; your pending "
                      "batch is kept. When the server is back, reload the queue: applied rows will have left it.")
                       .arg(error));
    DecisionOutcome out;
    out.connectionLost = true;
    out.connectionError = error;
    return out;
}

DecisionOutcome BatchDecision::notReached(Action action, const QString &error)
{
    // Failed before the apply began: certainly nothing was written.
    m_prompts.warn(m_parent, actionName(action),
                   tr("The server cannot be reached: nothing was applied. Your pending batch is kept; apply it again "
                      "when the connection is back. (%1)")
                       .arg(error));
    DecisionOutcome out;
    out.connectionLost = true;
    out.connectionError = error;
    return out;
}

} // namespace gme
