#pragma once

#include "common/ConnectionGuard.h"
#include "common/Session.h"
#include "review/DecisionHistory.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace gme {

// The decisions taken by the user's organisation in every flow (exam, recruitment, change requests,
// reductions, teachers) — or, ticked, every decision on the organisation's items — newest first, a
// page at a time from the database thread. The flow, time range and name / ID number search go to
// the database; the filter box narrows the loaded rows (reviewer, reason, any column).
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 500;

    explicit HistoryPage(const Session &session, QWidget *parent = nullptr, int pageSize = kPageSize);
    ~HistoryPage() override;

    // Loads the newest page again with the current filters.
    void reload();
    // Appends the next page, if there is one.
    void loadMore();
    int visibleCount() const;
    int loadedCount() const;
    bool hasMore() const { return m_hasMore; }
    bool isLoading() const { return m_loader.isRunning(); }
    ConnectionBanner *connectionBanner() const { return m_connection->banner(); }

signals:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Result
    {
        HistorySlice slice;
        bool append = false;
        ReadError error;
    };
    HistoryFilter currentFilter() const;
    void start(bool append);
    void onLoaded();
    void appendRows(const QList<DecisionEntry> &entries);
    void updateCount();

    Session m_session;
    int m_pageSize;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_flow = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_everyDecider = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_more = nullptr;
    QTimer *m_searchDelay = nullptr;
    ConnectionGuard *m_connection = nullptr;
    QFutureWatcher<Result> m_loader;
    HistoryCursor m_next;
    bool m_hasMore = false;
    bool m_reloadQueued = false; // the filters changed while a page was loading
    bool m_loadedOnce = false;
};

} // namespace gme
