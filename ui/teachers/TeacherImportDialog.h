#pragma once

#include "common/Session.h"
#include "import/TeacherImport.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace gme {

// The validation report of a teacher sheet (row, column, problem per line) and the import
// itself: all rows or nothing, or — with the box ticked — only the valid rows.
class TeacherImportDialog : public QDialog
{
    Q_OBJECT
public:
    TeacherImportDialog(const Session &session, TeacherImportPlan plan, QWidget *parent = nullptr);

    // Imports in the chosen mode and shows the outcome; the dialog then only closes.
    TeacherImportOutcome runImport();
    void setValidOnly(bool validOnly);
    QTableWidget *issuesTable() const { return m_issues; }
    QString summaryText() const;

private:
    void showIssues(const QList<ImportIssue> &issues);

    Session m_session;
    TeacherImportPlan m_plan;
    QLabel *m_summary = nullptr;
    QTableWidget *m_issues = nullptr;
    QCheckBox *m_validOnly = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace gme
