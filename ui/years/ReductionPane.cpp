#include "ReductionPane.h"

#include "evidence/DatabaseEvidenceSource.h"
#include "evidence/EvidenceViewer.h"
#include "flows/FlowTableModel.h"
#include "years/ReductionRequests.h"

#include <QItemSelectionModel>
#include <QLayout>
#include <QTableView>

namespace gme {

ReductionPane::ReductionPane(const Session &session, QWidget *parent)
    : FlowPane(session, reductionWorkflow(), parent)
{
    setObjectName(QStringLiteral("reductionPane"));
    m_source = std::make_unique<DatabaseEvidenceSource>(*session.database);
    m_viewer = new EvidenceViewer(this);
    m_viewer->setObjectName(QStringLiteral("reductionProof"));
    m_viewer->setSource(m_source.get());
    m_viewer->setMinimumHeight(260);
    layout()->addWidget(m_viewer);
    for (QTableView *view : {queueView(), pendingView()}) {
        for (const char *hidden : {"proof_sha", "proof_size"})
            view->setColumnHidden(queueModel()->columnOf(QString::fromLatin1(hidden)), true);
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &ReductionPane::showProofOfCurrent);
    }
}

ReductionPane::~ReductionPane()
{
    m_viewer->setSource(nullptr);
}

void ReductionPane::showProofOfCurrent()
{
    const FlowRow *row = currentRow();
    if (!row) {
        m_viewer->clear();
        m_shownRequest = 0;
        return;
    }
    if (row->id == m_shownRequest)
        return;
    m_shownRequest = row->id;
    // The proof's name, size and hash come with the row's hidden columns (see reductionWorkflow()).
    ReductionRow r;
    r.requestId = row->id;
    r.proofFileName = row->cells.value(5);
    r.proofSha256 = row->cells.value(7);
    r.proofSize = row->cells.value(8).toLongLong();
    r.filedAt = row->cells.value(6);
    m_viewer->showRegistration(-row->id, {ReductionRequests::proofRef(r)});
}

} // namespace gme
