#pragma once

#include "common/ConnectionGuard.h"
#include "common/Session.h"
#include "years/TrainingYearsRepository.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace gme {

class TrainingYearsModel;

// 培训年限管理: every trainee in reach with years and dates, a filter, import and export of the
// training-years sheet, and (for a base) a reduction request for the selected trainee. The
// reduction requests themselves are reviewed in the review pane beside it.
class TrainingYearsPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingYearsPage(const Session &session, QWidget *parent = nullptr);
    ~TrainingYearsPage() override;

    void reload();
    int loadCount() const { return m_loadCount; }
    bool isLoading() const { return m_loader.isRunning(); }
    ConnectionBanner *connectionBanner() const { return m_connection->banner(); }
    int visibleCount() const;
    QTableView *view() const { return m_view; }
    void setFilterText(const QString &text);
    // Writes exactly the rows shown, in the order shown; asks for the file when empty. Rows written, -1 on failure.
    int exportShownRows(QString path = {});
    void importSheet();
    void requestReduction(); // for the selected trainee

signals:
    void loaded();
    void reductionFiled(); // a new request waits in the review pane

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Result
    {
        QVector<TrainingYearsRow> rows;
        ReadError error;
    };
    void onLoaded();
    void updateCount();
    void updateButtons();

    Session m_session;
    TrainingYearsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_request = nullptr;
    ConnectionGuard *m_connection = nullptr;
    QFutureWatcher<Result> m_loader;
    bool m_loadedOnce = false;
    int m_loadCount = 0;
};

} // namespace gme
