#pragma once

#include "evidence/EvidenceStorageConfig.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gme {

// Settings → Evidence files: the database or an evidence server (address, bearer token or basic
// authentication, user, cache folder). The token or password goes to the session only, never to
// disk; the section says so.
class EvidenceStorageSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit EvidenceStorageSection(QWidget *parent = nullptr);

    void setConfig(const EvidenceStorageConfig &config);
    EvidenceStorageConfig config() const;
    // Saves the configuration (not the secret) and hands the secret, if typed, to the session.
    // Returns false and shows why when the configuration is not usable.
    bool apply();
    QString problemText() const;

private:
    void updateEnabled();
    void browseCache();

    QComboBox *m_mode = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_cache = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_storeNote = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace gme
