#pragma once

#include "domain/Types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace gme {

// Name, display name, role, organisation code (and department, for a department head) and the password twice, for a new user; or only the
// password twice, for a reset (passwordOnly).
class NewUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewUserDialog(bool passwordOnly, QWidget *parent = nullptr);

    QString username() const;
    QString displayName() const;
    Role role() const;
    QString orgCode() const;
    QString department() const; // department heads: their department at the base orgCode()
    QString password() const;

private:
    void tryAccept();

    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_orgCode = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_again = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace gme
