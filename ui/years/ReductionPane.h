#pragma once

#include "flows/FlowPane.h"

#include <QFutureWatcher>

#include <memory>

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

private:
    void showProofOfCurrent();

    std::unique_ptr<DatabaseEvidenceSource> m_source;
    EvidenceViewer *m_viewer = nullptr;
    qint64 m_shownRequest = 0;
};

} // namespace gme
