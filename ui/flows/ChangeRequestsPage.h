#pragma once

#include "FlowPane.h"
#include "changes/ChangeRequestService.h"

namespace gme {

// Change requests on the generic pane: the base files (and may withdraw before a decision), the
// supervising authority approves or rejects; "Show decided items too" lists the history with the
// value before and after each change.
class ChangeRequestsPage : public FlowPane
{
    Q_OBJECT
public:
    explicit ChangeRequestsPage(const Session &session, QWidget *parent = nullptr);

    // Files a request (what the dialog's OK does). Empty string on success, else why not.
    QString fileRequest(const changes::ChangeForm &form);

private:
    void openDialog();
};

} // namespace gme
