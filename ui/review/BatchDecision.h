#pragma once

#include "ReviewPrompts.h"
#include "common/Session.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

class QWidget;

namespace gme {

struct DecisionOutcome
{
    bool applied = false;
    qint64 batchActionId = 0;
    int rowCount = 0;
    // The server could not be reached (the user was told; the pending batch is kept).
    bool connectionLost = false;
    QString connectionError;
};

// One decision on the pending batch: reason (reject, return) → manifest → apply, asking through
// ReviewPrompts. Checks and applies run on the database thread behind a busy dialog.
class BatchDecision
{
    Q_DECLARE_TR_FUNCTIONS(gme::BatchDecision)
public:
    using RemoveRows = std::function<void(const QSet<qint64> &)>;

    BatchDecision(const Session &session, ReviewPrompts &prompts, QWidget *parent);

    // rows: the pending batch. removeFromPending is called when the reviewer drops problem rows.
    DecisionOutcome run(Action action, QList<BatchRow> rows, const RemoveRows &removeFromPending);

    static QString doneText(Action action, int rows, qint64 batchActionId);

private:
    // Central mode, an apply failed: reconnect and tell the user whether the batch committed.
    DecisionOutcome afterLostConnection(Action action, const BatchRequest &request, const QString &token,
                                        const QString &error);
    // Central mode, the server could not be reached before anything was applied.
    DecisionOutcome notReached(Action action, const QString &error);

    Session m_session;
    ReviewPrompts &m_prompts;
    QWidget *m_parent;
};

} // namespace gme
