#include "ConnectionProfilesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gme {

ConnectionProfilesDialog::ConnectionProfilesDialog(QWidget *parent)
    : QDialog(parent), m_profiles(loadConnectionProfiles())
{
    setWindowTitle(tr("Central servers"));
    auto *layout = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        m_list->addItem(p.name);
    left->addWidget(m_list);
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addLayout(listButtons);
    layout->addLayout(left, 1);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    form->addRow(tr("&Name:"), m_name);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("profileHost"));
    form->addRow(tr("&Host:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setObjectName(QStringLiteral("profilePort"));
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("profileDatabase"));
    form->addRow(tr("&Database:"), m_database);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("profileSslMode"));
    m_sslMode->addItem(tr("No encryption"), QStringLiteral("disable"));
    m_sslMode->addItem(tr("Encrypt when the server offers it"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Always encrypt"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypt and verify the certificate"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("Encrypt and verify certificate and host name"), QStringLiteral("verify-full"));
    form->addRow(tr("&Encryption:"), m_sslMode);
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("profileCaFile"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    form->addRow(tr("&CA certificate:"), caRow);
    auto *note = new QLabel(tr("Passwords are never saved: you type yours when you sign in."), this);
    note->setWordWrap(true);
    form->addRow(note);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b42318; }"));
    m_error->setWordWrap(true);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch();
    right->addWidget(buttons);
    layout->addLayout(right, 2);
    setLayout(layout);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_current)
            return;
        if (m_current >= 0 && !storeForm()) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(m_current);
            return;
        }
        showProfile(row);
    });
    connect(add, &QPushButton::clicked, this, &ConnectionProfilesDialog::addProfile);
    connect(remove, &QPushButton::clicked, this, &ConnectionProfilesDialog::removeProfile);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionProfilesDialog::saveAndClose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_profiles.isEmpty())
        addProfile();
    else
        m_list->setCurrentRow(0);
}

void ConnectionProfilesDialog::showProfile(int row)
{
    m_current = row;
    m_error->clear();
    const ConnectionProfile p = row >= 0 && row < m_profiles.size() ? m_profiles[row] : ConnectionProfile{};
    m_name->setText(p.name);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(p.sslMode)));
    m_caFile->setText(p.caFile);
}

bool ConnectionProfilesDialog::storeForm()
{
    if (m_current < 0 || m_current >= m_profiles.size())
        return true;
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.sslMode = m_sslMode->currentData().toString();
    p.caFile = m_caFile->text().trimmed();
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        m_error->setText(problem);
        return false;
    }
    m_profiles[m_current] = p;
    m_list->item(m_current)->setText(p.name);
    return true;
}

void ConnectionProfilesDialog::addProfile()
{
    if (m_current >= 0 && !storeForm())
        return;
    ConnectionProfile p;
    p.name = tr("Provincial server");
    m_profiles.append(p);
    m_list->addItem(p.name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    m_host->setFocus();
}

void ConnectionProfilesDialog::removeProfile()
{
    if (m_current < 0)
        return;
    const int row = m_current;
    m_current = -1;
    m_profiles.removeAt(row);
    delete m_list->takeItem(row);
    showProfile(m_list->currentRow());
}

void ConnectionProfilesDialog::saveAndClose()
{
    if (!storeForm())
        return;
    saveConnectionProfiles(m_profiles);
    accept();
}

} // namespace gme
