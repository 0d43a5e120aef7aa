#pragma once

#include "Workflow.h"
#include "auth/User.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace gme {

// One item of a code-based workflow as its queue shows it.
struct FlowRow
{
    qint64 id = 0;
    int version = 0;
    QString state; // code
    QString name;
    QString idNumber;
    QStringList cells; // one per WorkflowSpec::columns
};

// One line of an item's decision log.
struct FlowDecision
{
    QString stage;
    QString action;
    QString fromState;
    QString toState;
    QString reason;
    QString reviewer; // display name
    QDateTime decidedAt;
};

// Reads a workflow's items within the user's scope (enforced by the SQL), for the generic pane.
class FlowQueue
{
public:
    FlowQueue(QSqlDatabase db, User user, const Workflow &workflow);

    // Items in `states` (default: every state the user's role can act on), oldest first.
    QVector<FlowRow> load(const QStringList &states = {}) const;
    // The current rows for these ids, in the order asked; ids out of scope are absent.
    QVector<FlowRow> loadRows(const QList<qint64> &ids) const;
    // The item's decision log, oldest first; empty when out of scope.
    QList<FlowDecision> history(qint64 itemId) const;

private:
    QString selectSql() const;

    QSqlDatabase m_db;
    User m_user;
    const Workflow &m_workflow;
};

} // namespace gme
