#pragma once

#include "ConnectionProfiles.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace gme {

// Edits the saved central servers: name, host, port, database, TLS mode and CA file.
// Passwords are never asked for or stored here.
class ConnectionProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionProfilesDialog(QWidget *parent = nullptr);
    QList<ConnectionProfile> profiles() const { return m_profiles; }

private:
    void showProfile(int row);
    bool storeForm(); // false (and says why) when the form is not a usable profile
    void addProfile();
    void removeProfile();
    void saveAndClose();

    QList<ConnectionProfile> m_profiles;
    int m_current = -1;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace gme
