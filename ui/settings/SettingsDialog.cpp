#include "SettingsDialog.h"

#include "EvidenceStorageSection.h"
#include "common/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gme {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    // Each language is named in itself, so a user can find theirs whatever is showing now.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageSetting())));
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    auto *note = new QLabel(tr("A change of language applies the next time gmedesk starts."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_evidence = new EvidenceStorageSection(this);
    layout->addWidget(m_evidence);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::accept()
{
    if (!m_evidence->apply())
        return; // the section says what to fix
    setLanguageSetting(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace gme
