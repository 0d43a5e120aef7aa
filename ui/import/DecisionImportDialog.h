#pragma once

#include "common/Session.h"
#include "import/DecisionImport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gme {

// Decisions typed into a sheet (ID number, outcome, reason): pick the file, see what it holds —
// how many rows take which action, and every problem row — then apply it through the review
// engine. Reading, checking and applying run on the database thread.
class DecisionImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DecisionImportDialog(const Session &session, QWidget *parent = nullptr);

    // Reads and plans `path`; false (with the reason shown) when the file cannot be read.
    bool loadFile(const QString &path);
    // Applies the planned decisions; true when they were applied.
    bool applyPlan();
    const DecisionImportPlan &plan() const { return m_plan; }
    int appliedCount() const { return m_applied; }
    QString statusText() const;

signals:
    void applied(int count); // decisions were written: queues need reloading

private:
    void browse();
    void showPlan();

    Session m_session;
    DecisionImportPlan m_plan;
    bool m_planned = false;
    int m_applied = 0;
    QLineEdit *m_path = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_issues = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace gme
