#include "ApplicationDialog.h"

#include "domain/Catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace gme {

ApplicationDialog::ApplicationDialog(const QList<std::pair<QString, QString>> &specialties, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New application"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_id = new QLineEdit(this);
    m_gender = new QComboBox(this);
    m_gender->addItem(tr("Male"), QStringLiteral("M"));
    m_gender->addItem(tr("Female"), QStringLiteral("F"));
    m_personType = new QComboBox(this);
    m_personType->addItems(knownPersonTypes());
    m_phone = new QLineEdit(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("ID number:"), m_id);
    form->addRow(tr("Gender:"), m_gender);
    form->addRow(tr("Person type:"), m_personType);
    form->addRow(tr("Phone:"), m_phone);
    for (int i = 0; i < 3; ++i) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("choice%1").arg(i + 1));
        if (i > 0)
            box->addItem(QStringLiteral("—"), QString()); // the second and third choices are optional
        for (const auto &[code, name] : specialties)
            box->addItem(name, code);
        m_choices.append(box);
        form->addRow(tr("Choice %1:").arg(i + 1), box);
    }
    m_obey = new QCheckBox(tr("Obeys adjustment (any specialty of this base, or another base by the province)"), this);
    form->addRow(QString(), m_obey);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

recruit::ApplicationForm ApplicationDialog::form(qint64 roundId, qint64 baseId) const
{
    recruit::ApplicationForm f;
    f.roundId = roundId;
    f.baseId = baseId;
    f.name = m_name->text().trimmed();
    f.idNumber = m_id->text().trimmed();
    f.gender = m_gender->currentData().toString();
    f.personType = m_personType->currentText();
    f.phone = m_phone->text().trimmed();
    for (QComboBox *box : m_choices)
        if (!box->currentData().toString().isEmpty())
            f.choices.append(box->currentData().toString());
    f.obeyAdjustment = m_obey->isChecked();
    return f;
}

} // namespace gme
