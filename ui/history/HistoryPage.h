#pragma once

#include "common/ConnectionGuard.h"
#include "common/Session.h"
#include "review/QueueRepository.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace gme {

// Decisions taken by the user's organisation, newest first, with a filter box.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(const Session &session, QWidget *parent = nullptr);
    ~HistoryPage() override;

    void reload();
    int visibleCount() const;
    bool isLoading() const { return m_loader.isRunning(); }
    ConnectionBanner *connectionBanner() const { return m_connection->banner(); }

signals:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Result
    {
        QList<DecisionEntry> entries;
        ReadError error;
    };
    void onLoaded();
    void updateCount();

    Session m_session;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    ConnectionGuard *m_connection = nullptr;
    QFutureWatcher<Result> m_loader;
    bool m_loadedOnce = false;
};

} // namespace gme
