#include "FlowPrompts.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::FlowPrompts)
};
} // namespace

std::optional<QString> FlowPrompts::askReason(QWidget *parent, const QString &actionName)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, actionName, Text::tr("Reason (required):"), {}, &ok).trimmed();
    if (!ok || text.isEmpty())
        return std::nullopt;
    return text;
}

bool FlowPrompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok)
        == QMessageBox::Ok;
}

void FlowPrompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void FlowPrompts::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

} // namespace gme
