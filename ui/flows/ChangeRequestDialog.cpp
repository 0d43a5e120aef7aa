#include "ChangeRequestDialog.h"

#include "db/DbError.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gme {

using namespace changes;

ChangeRequestDialog::ChangeRequestDialog(ChangeRequestService &service, const QDate &today, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("File a change request"));
    auto *form = new QFormLayout;
    m_trainee = new QComboBox(this);
    m_trainee->setObjectName(QStringLiteral("changeTrainee"));
    for (const TraineeSummary &t : service.trainees())
        m_trainee->addItem(tr("%1 (%2) — %3, %4").arg(t.name, t.idNumber, t.specialty, t.personType), t.id);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("changeKind"));
    for (ChangeKind k : {ChangeKind::PersonType, ChangeKind::Unit, ChangeKind::Specialty, ChangeKind::Base, ChangeKind::Status})
        m_kind->addItem(kindName(k), kindCode(k));
    m_value = new QComboBox(this);
    m_value->setObjectName(QStringLiteral("changeValue"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("changeReason"));
    m_start = new QDateEdit(today, this);
    m_start->setObjectName(QStringLiteral("changeStart"));
    m_start->setCalendarPopup(true);
    m_end = new QDateEdit(today.addMonths(6), this);
    m_end->setObjectName(QStringLiteral("changeEnd"));
    m_end->setCalendarPopup(true);
    form->addRow(tr("Trainee:"), m_trainee);
    form->addRow(tr("Change:"), m_kind);
    form->addRow(tr("New value:"), m_value);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("From:"), m_start);
    form->addRow(tr("Until:"), m_end);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("File"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The trainee's record changes only when the supervising authority approves."), this));
    layout->addWidget(buttons);
    connect(m_trainee, &QComboBox::currentIndexChanged, this, &ChangeRequestDialog::fillValues);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChangeRequestDialog::fillValues);
    fillValues();
}

void ChangeRequestDialog::fillValues()
{
    m_value->clear();
    const std::optional<ChangeKind> kind = kindFromCode(m_kind->currentData().toString());
    const bool status = kind == ChangeKind::Status;
    m_start->setEnabled(status);
    m_end->setEnabled(status);
    if (!kind || m_trainee->currentIndex() < 0)
        return;
    try {
        for (const auto &[value, name] : m_service.choices(*kind, m_trainee->currentData().toLongLong()))
            m_value->addItem(name, value);
    } catch (const DbError &) {
        // An empty list: filing then says what is wrong.
    }
}

ChangeForm ChangeRequestDialog::form() const
{
    ChangeForm f;
    f.traineeId = m_trainee->currentData().toLongLong();
    f.kind = kindFromCode(m_kind->currentData().toString()).value_or(ChangeKind::PersonType);
    f.newValue = m_value->currentData().toString();
    f.reason = m_reason->toPlainText().trimmed();
    if (f.kind == ChangeKind::Status) {
        f.startsOn = m_start->date();
        if (f.newValue != kWithdrawn)
            f.endsOn = m_end->date();
    }
    return f;
}

} // namespace gme
