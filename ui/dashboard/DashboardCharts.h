#pragma once

#include "stats/DashboardStats.h"

#include <QChartView>

class QAbstractBarSeries;
class QBarSet;
class QHorizontalStackedBarSeries;

namespace gme {

// Registrations by city or base, one horizontal bar per group stacked by state; the first row at
// the top. Clicking a bar (any of its segments) reports the row.
class FunnelChartView : public QChartView
{
    Q_OBJECT
public:
    explicit FunnelChartView(QWidget *parent = nullptr);

    void setRows(const QList<FunnelRow> &rows);
    int rowCount() const { return int(m_rows.size()); }
    // Where row `row`'s bar is drawn, in viewport coordinates (tests click there).
    QPoint barCenter(int row) const;
    // The height that gives each bar room for its label.
    int preferredHeight() const;

signals:
    void rowClicked(int row);

private:
    void onHovered(bool status, int index, QBarSet *set);

    QList<FunnelRow> m_rows;
    QHorizontalStackedBarSeries *m_series = nullptr;
};

// Items waiting per state, one horizontal stacked bar each, split by how long they have waited.
class AgeingChartView : public QChartView
{
    Q_OBJECT
public:
    explicit AgeingChartView(QWidget *parent = nullptr);
    void setRows(const QList<AgeingRow> &rows);

    // "Waiting for base review", ... for the state the items are in.
    static QString waitingLabel(State state);

private:
    QList<AgeingRow> m_rows;
};

// The colour of a state in every chart, so a state looks the same everywhere.
QColor stateColor(State state);

} // namespace gme
