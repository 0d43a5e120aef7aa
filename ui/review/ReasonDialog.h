#pragma once

#include "domain/Types.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QListWidget;
class QPlainTextEdit;

namespace gme {

class ReasonTemplates;

// Asks for the reason of a reject or a return: free text, or picked from reusable templates.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    // templates may be null (no list, no saving).
    ReasonDialog(Action action, ReasonTemplates *templates, QWidget *parent = nullptr);

    QString reason() const; // trimmed
    void setReason(const QString &text);
    bool okEnabled() const;
    // Adds the reason to the user's templates when "Save as template" is ticked and it is new.
    void saveTemplateIfAsked();

private:
    void updateOk();

    Action m_action;
    ReasonTemplates *m_templates;
    QStringList m_known;
    QPlainTextEdit *m_text = nullptr;
    QListWidget *m_list = nullptr;
    QCheckBox *m_save = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gme
