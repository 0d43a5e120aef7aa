#pragma once

#include "common/Session.h"
#include "years/TrainingYearsRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gme {

// The base files a training-years reduction (减免) for one trainee: the years left, the reason and
// a PDF proof. The core decides whether it may be filed; its refusal is shown in the dialog.
class ReductionRequestDialog : public QDialog
{
    Q_OBJECT
public:
    ReductionRequestDialog(const Session &session, const TrainingYearsRow &trainee, QWidget *parent = nullptr);

    void setReason(const QString &reason);
    void setYears(int years);
    bool setProofFile(const QString &path); // false when it cannot be read
    // Files the request; true when filed (the dialog is then accepted).
    bool submit();
    QString messageText() const;

private:
    void browse();

    Session m_session;
    TrainingYearsRow m_trainee;
    QByteArray m_proof;
    QString m_proofName;
    QComboBox *m_years = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace gme
