#pragma once

#include "QueueRepository.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace gme {

// The organisation's decision history (审核记录) across every flow's log — completion exam,
// recruitment, change requests, training-years reductions, teachers — newest first, a page at a
// time. Rows are limited by the Scope rules on the item's base (a base its own, a municipal
// authority its bases, the province everything), like every queue, and — unless everyDecider —
// to decisions taken by the user's own organisation, like the history page always was
// (decidedByOrganisationSql). On PostgreSQL row-level security applies on top.

struct HistoryFilter
{
    QString flowCode;  // one flow's Workflow code; empty: every flow
    QDateTime from;    // inclusive; invalid: no lower bound
    QDateTime to;      // exclusive; invalid: no upper bound
    QString text;      // part of the trainee's or teacher's name or ID number; empty: anyone
    bool everyDecider = false; // also decisions by other organisations (and trainees) on items in scope
};

// Where the previous page ended: newest first means (decided_at desc, flow order, id desc).
struct HistoryCursor
{
    QString decidedAt; // as stored; empty: start from the newest
    int flowOrder = 0;
    qint64 decisionId = 0;
};

struct HistorySlice
{
    QList<DecisionEntry> entries;
    HistoryCursor next; // pass to the next load
    bool more = false;  // there are older entries
};

class DecisionHistory
{
public:
    DecisionHistory(QSqlDatabase db, User user);

    // The flows whose logs the history reads, in their display order.
    static QList<const Workflow *> flows();

    // At most `limit` entries after `after`. Throws DbError.
    HistorySlice load(const HistoryFilter &filter, int limit, const HistoryCursor &after = {}) const;

private:
    QSqlDatabase m_db;
    User m_user;
};

} // namespace gme
