#pragma once

#include <QWizardPage>

class QLineEdit;
class QLabel;

namespace gme {

struct ImportState;

// Step 1: pick the roster file; it is read (off the GUI thread) when the user goes on.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    ImportFilePage(ImportState *state, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportState *m_state;
    QLineEdit *m_path;
    QLabel *m_error;
};

} // namespace gme
