#pragma once

#include "import/DecisionImport.h"
#include "import/SheetImportDialog.h"

namespace gme {

// Decisions typed into a sheet (ID number, outcome, reason): pick the file, see what it holds —
// how many rows take which action, and every problem row — then apply it through the review
// engine. Reading, checking and applying run on the database thread.
class DecisionImportDialog : public SheetImportDialog
{
    Q_OBJECT
public:
    explicit DecisionImportDialog(const Session &session, QWidget *parent = nullptr);

    // Applies the planned decisions; true when they were applied.
    bool applyPlan() { return commit(); }
    const DecisionImportPlan &plan() const { return m_plan; }
    int appliedCount() const { return m_applied; }

signals:
    void applied(int count); // decisions were written: queues need reloading

private:
    ReadResult readPlan(const QString &path) override;
    void clearPlan() override { m_plan = {}; }
    PlanView planView() const override;
    bool hasWork() const override { return !m_plan.batches.isEmpty(); }
    WriteResult writePlan() override;
    void announceWritten() override { emit applied(m_applied); }

    DecisionImportPlan m_plan;
    int m_applied = 0;
};

} // namespace gme
