#include "NewUserDialog.h"

#include "auth/UserAdmin.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace gme {

NewUserDialog::NewUserDialog(bool passwordOnly, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(passwordOnly ? tr("Reset password") : tr("Add user"));
    auto *form = new QFormLayout(this);
    if (!passwordOnly) {
        m_username = new QLineEdit(this);
        m_username->setObjectName(QStringLiteral("newUsername"));
        form->addRow(tr("&Login name:"), m_username);
        m_displayName = new QLineEdit(this);
        m_displayName->setObjectName(QStringLiteral("newDisplayName"));
        form->addRow(tr("&Display name:"), m_displayName);
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("newRole"));
        for (Role r : {Role::Base, Role::Municipal, Role::Provincial, Role::Sysadmin, Role::Department})
            m_role->addItem(roleName(r), int(r));
        form->addRow(tr("&Role:"), m_role);
        m_orgCode = new QLineEdit(this);
        m_orgCode->setObjectName(QStringLiteral("newOrgCode"));
        form->addRow(tr("&Organisation code:"), m_orgCode);
        m_department = new QLineEdit(this);
        m_department->setObjectName(QStringLiteral("newDepartment"));
        m_department->setPlaceholderText(tr("Department heads only, e.g. 内科"));
        m_department->setEnabled(false);
        form->addRow(tr("D&epartment:"), m_department);
        connect(m_role, &QComboBox::currentIndexChanged, this,
                [this] { m_department->setEnabled(role() == Role::Department); });
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_again = new QLineEdit(this);
    m_again->setObjectName(QStringLiteral("newPasswordAgain"));
    m_again->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Again:"), m_again);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newUserError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b42318; }"));
    m_error->setWordWrap(true);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString NewUserDialog::username() const { return m_username ? m_username->text().trimmed() : QString(); }
QString NewUserDialog::displayName() const { return m_displayName ? m_displayName->text().trimmed() : QString(); }
Role NewUserDialog::role() const { return m_role ? Role(m_role->currentData().toInt()) : Role::Base; }
QString NewUserDialog::orgCode() const { return m_orgCode ? m_orgCode->text().trimmed() : QString(); }
QString NewUserDialog::department() const
{
    return m_department && role() == Role::Department ? m_department->text().trimmed() : QString();
}
QString NewUserDialog::password() const { return m_password->text(); }

void NewUserDialog::tryAccept()
{
    QString problem;
    if (m_username && !UserAdmin::isValidUsername(username()))
        problem = tr("The login name starts with a lower-case letter, then letters, digits, - or _.");
    else if (m_orgCode && role() != Role::Sysadmin && orgCode().isEmpty())
        problem = tr("Enter the code of the user's organisation.");
    else if (m_department && role() == Role::Department && department().isEmpty())
        problem = tr("Enter the department the department head runs.");
    else if (password().size() < UserAdmin::kMinPasswordLength)
        problem = tr("The password must have at least %1 characters.").arg(UserAdmin::kMinPasswordLength);
    else if (password() != m_again->text())
        problem = tr("The two passwords differ.");
    m_error->setText(problem);
    if (problem.isEmpty())
        accept();
}

} // namespace gme
