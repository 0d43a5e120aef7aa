#pragma once

#include "RosterImport.h"
#include "review/ReviewBatch.h"
#include "review/Workflow.h"

namespace gme {

class Clock;

// Decisions typed into a sheet (证件号码, 审核结果 通过/不通过/退回, 原因), e.g. by a reviewer working
// offline. They go through the review engine like any batch: same checks, same log.
struct DecisionImportPlan
{
    QString fileName;
    int rowsRead = 0;
    QList<BatchRequest> batches; // one per (action, reason)
    QList<ImportIssue> issues;
};

struct DecisionImportOutcome
{
    bool ok = false;
    int applied = 0;
    QString error; // translated; when checks fail nothing at all is applied
};

class DecisionImporter
{
public:
    DecisionImporter(QSqlDatabase db, User user, const Workflow &workflow, const Clock &clock);

    DecisionImportPlan plan(const SheetTable &table, const QString &fileName) const;
    // Checks every batch first; applies only when all of them pass.
    DecisionImportOutcome apply(const DecisionImportPlan &plan);

private:
    QSqlDatabase m_db;
    User m_user;
    const Workflow &m_workflow;
    const Clock &m_clock;
};

} // namespace gme
