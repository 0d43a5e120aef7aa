#pragma once

#include "ReviewPrompts.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace gme {

class ManifestModel;

// Shows every row of a pending batch before a decision is applied: name, ID number, current state
// and what is wrong with it. Apply is possible only when nothing is wrong.
class ManifestDialog : public QDialog
{
    Q_OBJECT
public:
    ManifestDialog(Action action, const BatchCheck &check, QWidget *parent = nullptr);

    ReviewPrompts::ManifestChoice choice() const { return m_choice; }
    QString summaryText() const;
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *removeProblemsButton() const { return m_removeProblems; }

    static QString willTakeActionText(Action action, int rows);

private:
    ReviewPrompts::ManifestChoice m_choice = ReviewPrompts::ManifestChoice::Cancel;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_removeProblems = nullptr;
};

} // namespace gme
