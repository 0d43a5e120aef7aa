#include "ExtendWindowDialog.h"

#include "common/Format.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gme {

ExtendWindowDialog::ExtendWindowDialog(const ExamBatch &batch, QWidget *parent) : QDialog(parent), m_batch(batch)
{
    setWindowTitle(tr("Extend a window — %1").arg(batch.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    for (const StageWindow &w : batch.windows)
        m_stage->addItem(stageName(w.stage), int(w.stage));
    form->addRow(tr("&Stage:"), m_stage);
    m_current = new QLabel(this);
    form->addRow(tr("Current window:"), m_current);
    m_closes = new QDateTimeEdit(this);
    m_closes->setObjectName(QStringLiteral("closesAtEdit"));
    m_closes->setCalendarPopup(true);
    m_closes->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    form->addRow(tr("&New closing time:"), m_closes);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b42318; }"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &ExtendWindowDialog::stageChanged);
    stageChanged();
}

void ExtendWindowDialog::stageChanged()
{
    for (const StageWindow &w : std::as_const(m_batch.windows)) {
        if (int(w.stage) != m_stage->currentData().toInt())
            continue;
        m_current->setText(tr("%1 to %2").arg(formatDateTime(w.opensAt), formatDateTime(w.closesAt)));
        m_closes->setDateTime(w.closesAt);
        m_closes->setMinimumDateTime(w.opensAt);
    }
}

Stage ExtendWindowDialog::stage() const
{
    return Stage(m_stage->currentData().toInt());
}

QDateTime ExtendWindowDialog::closesAt() const
{
    return m_closes->dateTime();
}

void ExtendWindowDialog::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace gme
