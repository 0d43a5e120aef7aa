#pragma once

#include "flows/FlowPane.h"

#include <QFutureWatcher>

#include <memory>

class QPushButton;

namespace gme {

class DatabaseEvidenceSource;
class EvidenceViewer;

// Reduction requests (培训年限减免) in the one review pane of every workflow: the requests waiting
// for this reviewer, the pending batch, pass / reject / return, and the request's PDF proof beside
// them in the evidence viewer.
class ReductionPane : public FlowPane
{
    Q_OBJECT
public:
    explicit ReductionPane(const Session &session, QWidget *parent = nullptr);
    ~ReductionPane() override;

    EvidenceViewer *proofViewer() const { return m_viewer; }
    // Base: sends the current returned request back into review, with a new PDF proof when
    // newProofPath is given. Returns false (the reason shown) when it cannot.
    bool resubmitCurrent(const QString &newProofPath = {});

private:
    void showProofOfCurrent();
    void askAndResubmit();

    std::unique_ptr<DatabaseEvidenceSource> m_source;
    EvidenceViewer *m_viewer = nullptr;
    QPushButton *m_resubmit = nullptr;
    qint64 m_shownRequest = 0;
};

} // namespace gme
