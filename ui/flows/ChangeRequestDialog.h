#pragma once

#include "changes/ChangeRequestService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace gme {

// The form a base fills to file a change request: trainee, what changes, the new value, the
// reason, and for a training status the dates. Choices come from the service.
class ChangeRequestDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeRequestDialog(changes::ChangeRequestService &service, const QDate &today, QWidget *parent = nullptr);

    changes::ChangeForm form() const;
    QComboBox *traineeBox() const { return m_trainee; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *valueBox() const { return m_value; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }

private:
    void fillValues();

    changes::ChangeRequestService &m_service;
    QComboBox *m_trainee = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_value = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QLabel *m_current = nullptr;
};

} // namespace gme
