#pragma once

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace gme {

struct ImportState;

// Step 3: every row checked; the problems listed by row and column, exportable; the user picks the
// exam batch and whether to import the valid rows or nothing unless all are valid.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportPreviewPage(ImportState *state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void saveReport();

    ImportState *m_state;
    QLabel *m_summary;
    QTableWidget *m_issues;
    QPushButton *m_saveReport;
    QComboBox *m_batch;
    QButtonGroup *m_mode;
    bool m_planned = false;
};

} // namespace gme
