#pragma once

#include <QDialog>

class QComboBox;

namespace gme {

class EvidenceStorageSection;

// Preferences kept in QSettings: the language (applies at the next start) and where evidence
// files are stored.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

    EvidenceStorageSection *evidenceSection() const { return m_evidence; }

private:
    QComboBox *m_language = nullptr;
    EvidenceStorageSection *m_evidence = nullptr;
};

} // namespace gme
