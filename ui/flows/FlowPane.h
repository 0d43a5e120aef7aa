#pragma once

#include "FlowPrompts.h"
#include "common/Session.h"
#include "review/FlowQueue.h"
#include "review/ReviewBatch.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace gme {

class ConnectionBanner;
class ConnectionGuard;
class FlowTableModel;

// The review pane for a code-based workflow (Workflow.h): its waiting rows on the left, the
// pending batch on the right, one button per action the user's role can take, and the decision
// log of the current row below. Every action goes through ReviewEngine as one batch: all rows or
// none, with the problem rows named when it is refused. Pages of particular workflows derive from
// it to add columns, buttons and special handling of an action.
class FlowPane : public QWidget
{
    Q_OBJECT
public:
    FlowPane(const Session &session, const Workflow &workflow, QWidget *parent = nullptr);
    ~FlowPane() override;

    void setPrompts(std::unique_ptr<FlowPrompts> prompts);
    FlowPrompts &prompts() { return *m_prompts; }

    void reload(); // synchronous for the caller; the query runs on the database thread
    void addSelectedToPending();
    void addAllShown();
    void removeSelectedFromPending();
    void clearPending();
    // Takes `action` (a workflow action code) on the whole pending batch.
    void decide(const QString &action);

    const Workflow &workflow() const { return m_workflow; }
    FlowTableModel *queueModel() const { return m_queueModel; }
    FlowTableModel *pendingModel() const { return m_pendingModel; }
    QTableView *queueView() const { return m_queueView; }
    QTableView *pendingView() const { return m_pendingView; }
    QCheckBox *showAllBox() const { return m_showAll; }
    QLineEdit *searchBox() const { return m_search; }
    QPushButton *actionButton(const QString &action) const;
    QString lastNote() const { return m_lastNote; }
    QString historyText() const;
    // Shown when a read finds the central server out of reach; writing actions wait meanwhile.
    ConnectionBanner *connectionBanner() const;

signals:
    void decided(const QString &action, int rows);
    void loaded(); // a reload read the rows shown

protected:
    // The row the user is looking at (queue or pending), or null.
    const FlowRow *currentRow() const;
    QList<BatchRow> pendingRows() const;
    QHBoxLayout *toolbar() const { return m_toolbar; }
    const Session &session() const { return m_session; }
    void setNote(const QString &text);
    // A page's own writing button: disabled while the server is out of reach.
    void protectWhileOffline(QWidget *widget);
    // For a page's own reads besides reload(): ConnectionGuard::readBeside().
    ConnectionGuard &connection() const;
    // Applies one batch on the database thread; shows the problems when refused. True when applied.
    bool applyBatch(const BatchRequest &request);
    // Reports a refused batch: each problem row with what is wrong.
    void showRefusal(const QString &title, const BatchCheck &check);
    // A page takes over an action (e.g. sending in groups); returns true when it did.
    virtual bool handleAction(const QString &action, const QList<BatchRow> &rows);

private:
    void buildLayout();
    void showHistoryOf(const QModelIndex &index, bool pendingSide);
    void applySearch();

    Session m_session;
    const Workflow &m_workflow;
    std::unique_ptr<FlowPrompts> m_prompts;
    FlowTableModel *m_queueModel = nullptr;
    FlowTableModel *m_pendingModel = nullptr;
    QSortFilterProxyModel *m_queueProxy = nullptr;
    QTableView *m_queueView = nullptr;
    QTableView *m_pendingView = nullptr;
    QHBoxLayout *m_toolbar = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showAll = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_history = nullptr;
    QList<QPushButton *> m_actionButtons;
    ConnectionGuard *m_connection = nullptr;
    QString m_lastNote;
    const FlowRow *m_current = nullptr;
    FlowRow m_currentCopy;
};

} // namespace gme
