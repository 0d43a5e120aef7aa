#include "EvidenceStorageSection.h"

#include "common/SessionSecret.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace gme {

EvidenceStorageSection::EvidenceStorageSection(QWidget *parent) : QGroupBox(tr("Evidence files"), parent)
{
    setObjectName(QStringLiteral("evidenceStorageSection"));
    auto *form = new QFormLayout(this);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("evidenceMode"));
    m_mode->addItem(tr("In the database (this computer)"), int(EvidenceStorageConfig::Mode::Database));
    m_mode->addItem(tr("On an evidence server"), int(EvidenceStorageConfig::Mode::Server));
    form->addRow(tr("Stored:"), m_mode);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("evidenceServerUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://evidence.example.cn/files"));
    form->addRow(tr("Server address:"), m_url);
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("evidenceAuth"));
    m_auth->addItem(tr("Access token (bearer)"), int(EvidenceStorageConfig::Auth::Bearer));
    m_auth->addItem(tr("User name and password (basic)"), int(EvidenceStorageConfig::Auth::Basic));
    form->addRow(tr("Sign-in:"), m_auth);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("evidenceUser"));
    form->addRow(tr("User name:"), m_user);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("evidenceSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel = new QLabel(this);
    form->addRow(m_secretLabel, m_secret);
    auto *cacheRow = new QHBoxLayout;
    m_cache = new QLineEdit(this);
    m_cache->setObjectName(QStringLiteral("evidenceCacheDir"));
    m_cache->setPlaceholderText(QDir::toNativeSeparators(EvidenceStorageConfig::defaultCacheDir()));
    m_browse = new QPushButton(tr("Browse…"), this);
    cacheRow->addWidget(m_cache, 1);
    cacheRow->addWidget(m_browse);
    form->addRow(tr("Cache folder:"), cacheRow);

    m_storeNote = new QLabel(this);
    m_storeNote->setObjectName(QStringLiteral("evidenceSecretNote"));
    m_storeNote->setWordWrap(true);
    m_storeNote->setText(secureSecretStoreAvailable()
                             ? tr("The token or password is kept in the system's secure store.")
                             : tr("No secure password store is available: the token or password is kept in memory "
                                  "only until gmedesk closes, never written to disk, and asked for again at the "
                                  "next start."));
    form->addRow(m_storeNote);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("evidenceProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->hide();
    form->addRow(m_problem);
    auto *applies = new QLabel(tr("A change of storage applies at the next sign-in."), this);
    applies->setWordWrap(true);
    form->addRow(applies);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &EvidenceStorageSection::updateEnabled);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &EvidenceStorageSection::updateEnabled);
    connect(m_browse, &QPushButton::clicked, this, &EvidenceStorageSection::browseCache);
    setConfig(EvidenceStorageConfig::load(QSettings()));
}

void EvidenceStorageSection::setConfig(const EvidenceStorageConfig &config)
{
    m_mode->setCurrentIndex(m_mode->findData(int(config.mode)));
    m_url->setText(config.serverUrl.toString());
    m_auth->setCurrentIndex(m_auth->findData(int(config.auth)));
    m_user->setText(config.userName);
    m_cache->setText(QDir::toNativeSeparators(config.cacheDir));
    // Shown only as "set" or not: the secret itself never goes back into a widget.
    m_secret->clear();
    m_secret->setPlaceholderText(evidenceServerSecret().isEmpty() ? tr("not set for this session")
                                                                  : tr("set for this session (type to replace)"));
    updateEnabled();
}

EvidenceStorageConfig EvidenceStorageSection::config() const
{
    EvidenceStorageConfig c;
    c.mode = EvidenceStorageConfig::Mode(m_mode->currentData().toInt());
    c.serverUrl = QUrl(m_url->text().trimmed());
    c.auth = EvidenceStorageConfig::Auth(m_auth->currentData().toInt());
    c.userName = m_user->text().trimmed();
    c.cacheDir = QDir::fromNativeSeparators(m_cache->text().trimmed());
    return c;
}

bool EvidenceStorageSection::apply()
{
    const EvidenceStorageConfig c = config();
    const QString problem = c.problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return false;
    QSettings settings;
    c.save(settings);
    if (!m_secret->text().isEmpty())
        setEvidenceServerSecret(m_secret->text());
    return true;
}

QString EvidenceStorageSection::problemText() const
{
    return m_problem->text(); // empty once the configuration is usable
}

void EvidenceStorageSection::updateEnabled()
{
    const bool server = m_mode->currentData().toInt() == int(EvidenceStorageConfig::Mode::Server);
    const bool basic = m_auth->currentData().toInt() == int(EvidenceStorageConfig::Auth::Basic);
    for (QWidget *w : std::initializer_list<QWidget *>{m_url, m_auth, m_secret, m_cache, m_browse, m_storeNote})
        w->setEnabled(server);
    m_user->setEnabled(server && basic);
    m_secretLabel->setText(basic ? tr("Password:") : tr("Access token:"));
}

void EvidenceStorageSection::browseCache()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Cache folder for evidence files"),
                                                          config().effectiveCacheDir());
    if (!dir.isEmpty())
        m_cache->setText(QDir::toNativeSeparators(dir));
}

} // namespace gme
