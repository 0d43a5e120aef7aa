#include "ReductionPane.h"

#include "evidence/DatabaseEvidenceSource.h"
#include "evidence/EvidenceViewer.h"
#include "flows/FlowTableModel.h"
#include "years/ReductionRequests.h"

#include "common/CancellableRun.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
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
    if (session.user.role == Role::Base) {
        // Returned requests show with "Show decided items too"; the base sends them back into review.
        m_resubmit = new QPushButton(tr("Resubmit returned request…"), this);
        m_resubmit->setObjectName(QStringLiteral("resubmitReduction"));
        m_resubmit->setEnabled(false);
        connect(m_resubmit, &QPushButton::clicked, this, &ReductionPane::askAndResubmit);
        toolbar()->addWidget(m_resubmit);
        protectWhileOffline(m_resubmit);
    }
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
    if (m_resubmit)
        m_resubmit->setEnabled(row && row->state == stateCode(State::Returned));
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

void ReductionPane::askAndResubmit()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("New PDF proof (Cancel keeps the current one)"), QString(),
                                                      tr("PDF files (*.pdf)"));
    resubmitCurrent(path);
}

bool ReductionPane::resubmitCurrent(const QString &newProofPath)
{
    const FlowRow *row = currentRow();
    const QString title = tr("Resubmit returned request");
    if (!row || row->state != stateCode(State::Returned)) {
        prompts().inform(this, title, tr("Select a returned request first."));
        return false;
    }
    QByteArray proof;
    if (!newProofPath.isEmpty()) {
        QFile f(newProofPath);
        if (!f.open(QIODevice::ReadOnly)) {
            prompts().warn(this, title, tr("Cannot open %1: %2").arg(newProofPath, f.errorString()));
            return false;
        }
        proof = f.readAll();
    }
    const Session s = session();
    const qint64 id = row->id;
    const int version = row->version;
    const QString proofName = QFileInfo(newProofPath).fileName();
    struct Outcome
    {
        ReductionFiled filed;
        QString error;
    };
    const Outcome out = runCancellable<Outcome>(this, title, [=](const std::function<bool(int, int)> &) {
        Outcome o;
        try {
            o.filed = ReductionRequests(s.database->connection(), s.user, s.clockRef()).resubmit(id, version, proof, proofName);
        } catch (const DbError &e) {
            o.error = e.message();
        }
        return o;
    });
    if (!out.error.isEmpty() || !out.filed.ok()) {
        prompts().warn(this, title, out.error.isEmpty() ? out.filed.message() : out.error);
        return false;
    }
    m_shownRequest = 0;
    reload();
    return true;
}

} // namespace gme
