// The review pane's upload of evidence on a trainee's behalf (base users): a button beside the
// queue's header and a context action on both lists, for the current registration.
#include "ReviewPane.h"

#include "QueueTableModel.h"
#include "evidence/EvidenceUploader.h"
#include "evidence/EvidenceViewer.h"
#include "evidence/UploadEvidenceDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>

namespace gme {

void ReviewPane::setupEvidenceUpload(QHBoxLayout *header)
{
    // Only a base uploads, and only for its own trainees (the uploader checks that again).
    if (m_session.user.role != Role::Base)
        return;
    m_uploader = std::make_unique<EvidenceUploader>(*m_session.database, *m_evidenceSource, m_session.user);
    m_uploadEvidence = new QPushButton(tr("Upload evidence…"), this);
    m_uploadEvidence->setObjectName(QStringLiteral("uploadEvidenceButton"));
    m_uploadEvidence->setToolTip(tr("Upload a file for the current registration on the trainee's behalf"));
    connect(m_uploadEvidence, &QPushButton::clicked, this, [this] { uploadEvidence(); });
    header->addWidget(m_uploadEvidence);
    for (QTableView *view : {m_queueView, m_pendingView}) {
        auto *action = new QAction(tr("Upload evidence…"), view);
        action->setObjectName(QStringLiteral("uploadEvidenceAction"));
        connect(action, &QAction::triggered, this, [this] { uploadEvidence(); });
        view->addAction(action);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
    updateUploadButton();
}

void ReviewPane::updateUploadButton()
{
    if (m_uploadEvidence)
        m_uploadEvidence->setEnabled(m_wantedEvidence != 0);
}

UploadEvidenceDialog *ReviewPane::uploadEvidence()
{
    if (!m_uploader || m_wantedEvidence == 0)
        return nullptr;
    const qint64 id = m_wantedEvidence;
    // The registrant as the list shows them, from whichever list holds the current row.
    QString who;
    for (QTableView *view : {m_queueView, m_pendingView}) {
        const QModelIndex current = view->currentIndex();
        if (current.isValid() && current.data(QueueTableModel::RegistrationIdRole).toLongLong() == id) {
            who = view->model()->index(current.row(), QueueTableModel::Name).data().toString() + QStringLiteral("  ")
                + view->model()->index(current.row(), QueueTableModel::IdNumber).data().toString();
            break;
        }
    }
    const QString suggested = m_evidence->registrationId() == id ? m_currentMissingKinds.value(0) : QString();
    auto *dialog = new UploadEvidenceDialog(*m_uploader, id, who, suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UploadEvidenceDialog::uploaded, this, [this](const EvidenceRef &stored) {
        // Show the new file at once if its registration is still the one under review.
        if (stored.registrationId == m_wantedEvidence) {
            m_evidence->clear();
            requestEvidence(m_wantedEvidence, m_wantedAhead);
        }
    });
    dialog->open();
    return dialog;
}

} // namespace gme
