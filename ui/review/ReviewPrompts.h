#pragma once

#include "review/ReviewBatch.h"

#include <QString>

#include <optional>

class QWidget;

namespace gme {

class ReasonTemplates;

// What the review pane asks the reviewer while a decision is taken. The default shows the real
// dialogs; tests install scripted answers so nothing blocks.
class ReviewPrompts
{
public:
    enum class ManifestChoice { Apply, RemoveProblemRows, Cancel };

    virtual ~ReviewPrompts() = default;
    // nullopt when the reviewer cancels. Never returns an empty reason.
    virtual std::optional<QString> askReason(QWidget *parent, Action action, ReasonTemplates &templates);
    virtual ManifestChoice confirmManifest(QWidget *parent, Action action, const BatchCheck &check);
    virtual void inform(QWidget *parent, const QString &title, const QString &text);
    virtual void warn(QWidget *parent, const QString &title, const QString &text);
};

} // namespace gme
