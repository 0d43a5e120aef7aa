#pragma once

#include "import/SheetImportDialog.h"
#include "recruitment/AcceptanceImport.h"

namespace gme {

// Trainees' answers imported from a sheet (证件号码, 姓名, 专业, 是否接受录取: 接受 / 放弃): pick the
// file, see every refused row with its row, column and reason, then record all answers or only the
// valid ones in one transaction. Reading, checking and recording run off the GUI thread with
// progress and cancel.
class AcceptanceImportDialog : public SheetImportDialog
{
    Q_OBJECT
public:
    explicit AcceptanceImportDialog(const Session &session, QWidget *parent = nullptr);

    const recruit::AcceptancePlan &plan() const { return m_plan; }

signals:
    void imported(int answers); // applications moved: the queue needs reloading

private:
    ReadResult readPlan(const QString &path) override;
    void clearPlan() override { m_plan = {}; }
    PlanView planView() const override;
    bool hasWork() const override { return !m_plan.valid.isEmpty(); }
    WriteResult writePlan() override;
    ImportPlan problemReport() const override { return m_plan.asReport(); }
    void announceWritten() override { emit imported(m_recorded); }

    recruit::AcceptancePlan m_plan;
    int m_recorded = 0;
};

} // namespace gme
