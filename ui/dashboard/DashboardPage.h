#pragma once

#include "common/ConnectionGuard.h"
#include "common/Session.h"
#include "review/ExamBatches.h"
#include "review/QueueFilter.h"
#include "stats/DashboardStats.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableWidget;

namespace gme {

class ConnectionBanner;
class ConnectionGuard;

class AgeingChartView;
class FunnelChartView;

// The province (or a city) at a glance for one exam batch: registrations by city or base and
// state, items waiting and for how long, windows closing soon, the reasons given for returns and
// rejections. Figures are counted by the database on the database thread; clicking a city's or a
// base's bar asks for its review queue.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(const Session &session, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Reloads the batches and the figures of the chosen batch; asynchronous, loaded() follows.
    void reload();
    const DashboardFigures &figures() const { return m_figures; }
    ConnectionBanner *connectionBanner() const { return m_connection->banner(); }
    FunnelChartView *funnelChart() const { return m_funnel; }
    FunnelGrouping grouping() const;
    void setGrouping(FunnelGrouping grouping);
    // Writes the figures on screen to an .xlsx file; returns false with `error` set.
    bool exportTo(const QString &path, QString *error);
    // The filter a click on row `row` of the funnel asks for.
    QueueFilter filterForRow(int row) const;

signals:
    // The review queue filtered to a city (provincial view) or a base (municipal view). The filter
    // also carries the batch's track.
    void openQueue(const gme::QueueFilter &filter);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Result
    {
        QList<ExamBatch> batches;
        DashboardFigures figures;
        ReadError error;
    };
    void buildLayout();
    void requestLoad(qint64 batchId);
    void onLoaded();
    void showFunnel();
    void showWindows();
    void showReasons();
    void exportToExcel();
    qint64 currentBatchId() const;

    Session m_session;
    DashboardFigures m_figures;
    QFutureWatcher<Result> m_loader;
    qint64 m_queuedBatch = -1; // a load asked for while one was running (-1: none)
    bool m_loadedOnce = false;

    QComboBox *m_batch = nullptr;
    QComboBox *m_grouping = nullptr;
    QSpinBox *m_closingDays = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    ConnectionGuard *m_connection = nullptr;
    QLabel *m_funnelTitle = nullptr;
    QScrollArea *m_funnelScroll = nullptr;
    FunnelChartView *m_funnel = nullptr;
    AgeingChartView *m_ageing = nullptr;
    QLabel *m_windowsTitle = nullptr;
    QTableWidget *m_windows = nullptr;
    QTableWidget *m_reasons = nullptr;
};

} // namespace gme
