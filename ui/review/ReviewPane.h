#pragma once

#include "QueueFilterBar.h"
#include "QueueTableModel.h"
#include "ReviewPrompts.h"
#include "common/Session.h"
#include "evidence/EvidenceRepository.h"
#include "review/ExamBatches.h"
#include "review/QueueRow.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;

namespace gme {

class ConnectionBanner;
class ConnectionGuard;
class EvidenceSource;
class EvidenceUploader;
class EvidenceViewer;
class UploadEvidenceDialog;
class DetailsPanel;
class PendingStore;
class QueueFilterBar;
class QueueTableModel;

// What one load of the queue brings back from the database thread.
struct QueueLoad
{
    std::shared_ptr<QueueRowStore> store; // every row loaded; the two lists point into it
    QVector<const QueueRow *> queue;      // without the rows that are in the pending batch
    QVector<const QueueRow *> pending;    // restored pending batch, versions as the reviewer saw them
    FilterChoices choices;                // values for the filter pick lists
    int droppedFromPending = 0;           // pending rows that left this queue's states meanwhile
    QList<ExamBatch> batches;
    QString error;
    bool connectionLost = false; // the error: the server could not be reached
};

// What one evidence load brings back from the database thread: the current registration's files
// and the next rows' files, to fetch ahead.
struct EvidenceLoad
{
    qint64 requested = 0;
    RegistrationEvidence current;
    QList<EvidenceRef> ahead;
    QString error;
};

// The review pane (DOMAIN.md "The review pane"): the queue on the left, the pending batch on the
// right, one decision for the whole batch, the current registration's details below.
class ReviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPane(const Session &session, QWidget *parent = nullptr);
    ~ReviewPane() override;

    void setPrompts(std::unique_ptr<ReviewPrompts> prompts);

    void reload(); // asynchronous; queueLoaded() follows
    bool isLoading() const;
    int loadCount() const { return m_loadCount; } // loads finished so far (tests wait on it)
    int shownCount() const { return m_shownCount; } // loads whose first rows were shown

    void addSelectedToPending();
    void removeSelectedFromPending();
    void addAllShown();
    void removeAllFromPending();
    void decide(Action action);
    void waitForSaved(); // blocks until the pending batch is written (tests, shutdown)
    // Sets the filter bar to `filter` and shows the matching rows (e.g. from the dashboard).
    void applyFilter(const QueueFilter &filter);
    // Writes exactly the rows shown, in the order shown, with progress and cancel. Asks for the
    // file when `path` is empty. Returns the rows written (-1 on failure or cancel).
    int exportShownRows(QString path = {});
    // Base users: opens the upload dialog for the current registration (window-modal, not blocking);
    // nullptr when there is no current registration or the user may not upload.
    UploadEvidenceDialog *uploadEvidence();

    QueueTableModel *queueModel() const { return m_queueModel; }
    QueueTableModel *pendingModel() const { return m_pendingModel; }
    QTableView *queueView() const { return m_queueView; }
    QTableView *pendingView() const { return m_pendingView; }
    QueueFilterBar *filterBar() const { return m_filterBar; }
    DetailsPanel *detailsPanel() const { return m_details; }
    EvidenceViewer *evidenceViewer() const { return m_evidence; }
    QPushButton *exportShownButton() const { return m_exportShown; }
    QPushButton *uploadEvidenceButton() const { return m_uploadEvidence; }
    int evidenceLoadCount() const { return m_evidenceLoadCount; } // evidence loads shown (tests wait on it)
    QString windowStateText() const;
    QString lastNote() const { return m_lastNote; }
    ConnectionBanner *connectionBanner() const;
    // The server cannot be reached: says so above the lists and freezes them until a load succeeds.
    void showConnectionLost(const QString &detail);

signals:
    void firstRowsShown(); // the first rows of a load are in the table; the rest follows
    void queueLoaded();    // every row of the load is in the table
    void pendingChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildMiddleButtons();
    QWidget *buildPendingSide();
    void setupTable(QTableView *view, QueueTableModel *model, bool sortable);
    void onFilterChanged();
    void requestEvidence(qint64 registrationId, const QList<qint64> &ahead);
    void startEvidenceLoad();
    void onEvidenceLoaded();
    void setupEvidenceUpload(QHBoxLayout *header);
    void updateUploadButton();
    void updateCounts();
    void onLoadPart(int index);
    void onLoaded();
    void showWindowState(const QList<ExamBatch> &batches);
    void moveToPending(const QSet<qint64> &ids);
    void moveToQueue(const QSet<qint64> &ids);
    void persist(std::function<void(PendingStore &)> change);
    void showDetailsOf(QTableView *view, const QModelIndex &current);
    void setNote(const QString &text);
    static QList<int> selectedRows(const QTableView *view);

    Session m_session;
    std::unique_ptr<ReviewPrompts> m_prompts;
    QueueTableModel *m_queueModel = nullptr;
    QueueTableModel *m_pendingModel = nullptr;
    QTableView *m_queueView = nullptr;
    QTableView *m_pendingView = nullptr;
    QueueFilterBar *m_filterBar = nullptr;
    DetailsPanel *m_details = nullptr;
    EvidenceViewer *m_evidence = nullptr;
    std::unique_ptr<EvidenceSource> m_evidenceSource;
    std::unique_ptr<EvidenceUploader> m_uploader; // base users only
    QPushButton *m_uploadEvidence = nullptr;
    QStringList m_currentMissingKinds; // of the registration the viewer shows
    QFutureWatcher<EvidenceLoad> m_evidenceLoader;
    qint64 m_wantedEvidence = 0;
    QList<qint64> m_wantedAhead;
    int m_evidenceLoadCount = 0;
    QPushButton *m_exportShown = nullptr;
    QLabel *m_windowState = nullptr;
    QLabel *m_note = nullptr;
    ConnectionGuard *m_connection = nullptr;
    QLabel *m_pendingCount = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_reload = nullptr;
    QList<QPushButton *> m_actionButtons;
    QFutureWatcher<QueueLoad> m_loader;
    struct SaveResult
    {
        QString error;
        bool connectionLost = false;
    };
    QFuture<SaveResult> m_lastSave;
    QString m_lastNote;
    bool m_reloadAgain = false;
    int m_loadCount = 0;
    int m_shownCount = 0;
};

} // namespace gme
