#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace gme {

// What a workflow pane asks the user. The default shows real dialogs; tests install scripted answers.
class FlowPrompts
{
public:
    virtual ~FlowPrompts() = default;
    // nullopt when the user cancels; never an empty reason.
    virtual std::optional<QString> askReason(QWidget *parent, const QString &actionName);
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text);
    virtual void inform(QWidget *parent, const QString &title, const QString &text);
    virtual void warn(QWidget *parent, const QString &title, const QString &text);
};

} // namespace gme
