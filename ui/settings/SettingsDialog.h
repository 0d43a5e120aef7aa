#pragma once

#include <QDialog>

class QComboBox;

namespace gme {

// Preferences kept in QSettings. The language applies at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language = nullptr;
};

} // namespace gme
