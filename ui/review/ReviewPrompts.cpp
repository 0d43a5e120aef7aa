#include "ReviewPrompts.h"

#include "ManifestDialog.h"
#include "ReasonDialog.h"

#include <QMessageBox>

namespace gme {

std::optional<QString> ReviewPrompts::askReason(QWidget *parent, Action action, ReasonTemplates &templates)
{
    ReasonDialog dialog(action, &templates, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    dialog.saveTemplateIfAsked();
    return dialog.reason();
}

ReviewPrompts::ManifestChoice ReviewPrompts::confirmManifest(QWidget *parent, Action action, const BatchCheck &check)
{
    ManifestDialog dialog(action, check, parent);
    dialog.exec();
    return dialog.choice();
}

void ReviewPrompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void ReviewPrompts::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

} // namespace gme
