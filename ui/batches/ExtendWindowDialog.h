#pragma once

#include "review/ExamBatches.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace gme {

// Picks a stage window of one exam batch and its new closing time.
class ExtendWindowDialog : public QDialog
{
    Q_OBJECT
public:
    ExtendWindowDialog(const ExamBatch &batch, QWidget *parent = nullptr);

    Stage stage() const;
    QDateTime closesAt() const;
    void setError(const QString &text);

private:
    void stageChanged();

    ExamBatch m_batch;
    QComboBox *m_stage = nullptr;
    QLabel *m_current = nullptr;
    QDateTimeEdit *m_closes = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace gme
