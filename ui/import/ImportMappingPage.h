#pragma once

#include "import/RosterColumns.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace gme {

struct ImportState;

// Step 2: which column holds which field. Detected from the headings, correctable by the user, and
// remembered for the next file with the same headings.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportMappingPage(ImportState *state, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

    // The key under which a mapping is remembered: the file's headings, canonicalised.
    static QString rememberKey(const SheetTable &table, int headerRow);

private:
    void fillCombos(int headerRow);
    void applyMapping(const ColumnMapping &mapping);

    ImportState *m_state;
    QSpinBox *m_headerRow;
    QTableWidget *m_fields;
    QLabel *m_note;
    QList<QComboBox *> m_combos; // one per RosterField, item data = column or -1
};

} // namespace gme
