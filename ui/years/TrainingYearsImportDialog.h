#pragma once

#include "import/SheetImportDialog.h"
#include "years/TrainingYearsImport.h"

namespace gme {

// Training-years sheet import (培训年限表): pick the file, see every problem row with its row and
// column, then write all rows or only the valid ones in one transaction. Reading, checking and
// writing run on the database thread with progress and cancel.
class TrainingYearsImportDialog : public SheetImportDialog
{
    Q_OBJECT
public:
    explicit TrainingYearsImportDialog(const Session &session, QWidget *parent = nullptr);

    const TrainingYearsPlan &plan() const { return m_plan; }

signals:
    void imported(int rows); // trainees' years changed: lists need reloading

private:
    ReadResult readPlan(const QString &path) override;
    void clearPlan() override { m_plan = {}; }
    PlanView planView() const override;
    bool hasWork() const override { return !m_plan.valid.isEmpty(); }
    WriteResult writePlan() override;
    ImportPlan problemReport() const override { return m_plan.asReport(); }
    void announceWritten() override { emit imported(m_updated); }

    TrainingYearsPlan m_plan;
    int m_updated = 0;
};

} // namespace gme
