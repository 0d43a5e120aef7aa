#include "DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace gme {
namespace {

const QList<State> kFunnelStates = {State::Submitted, State::BasePassed, State::CityPassed, State::FinalPassed,
                                    State::Returned,  State::Rejected,   State::Cancelled};

const QList<QColor> kAgeColors = {QColor(0x70, 0xAD, 0x47), QColor(0xFF, 0xC0, 0x00), QColor(0xED, 0x7D, 0x31),
                                  QColor(0xC0, 0x00, 0x00)};

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// A value axis that ends on a round number and shows whole numbers only.
void niceCountAxis(QValueAxis *axis, int maximum)
{
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max(maximum, 1));
    axis->applyNiceNumbers();
    axis->setMinorTickCount(0);
}

// One stacked part of every bar: its legend label, colour and a value per row (top row first).
struct BarPart
{
    QString label;
    QColor color;
    QList<int> values;
};

// Replaces what the chart shows with horizontal stacked bars, one per category (the first at the
// top, each named on the left), over a count axis ending on a round number.
QHorizontalStackedBarSeries *showStackedBars(QChart *chart, const QList<BarPart> &parts, const QStringList &categories,
                                             qreal barWidth)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(barWidth);
    QList<int> totals(categories.size(), 0);
    for (const BarPart &part : parts) {
        auto *set = new QBarSet(part.label);
        set->setColor(part.color);
        set->setBorderColor(part.color);
        // Bars go bottom to top, so the first row is appended last and shows at the top.
        for (qsizetype row = part.values.size() - 1; row >= 0; --row)
            set->append(part.values.at(row));
        for (qsizetype row = 0; row < part.values.size() && row < totals.size(); ++row)
            totals[row] += part.values.at(row);
        series->append(set);
    }
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(QStringList(categories.crbegin(), categories.crend()));
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *values = new QValueAxis;
    niceCountAxis(values, totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend()));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return series;
}

} // namespace

QColor stateColor(State state)
{
    switch (state) {
    case State::Submitted: return QColor(0x9D, 0xC3, 0xE6);
    case State::BasePassed: return QColor(0x5B, 0x9B, 0xD5);
    case State::CityPassed: return QColor(0x2F, 0x55, 0x97);
    case State::FinalPassed: return QColor(0x38, 0x8E, 0x3C);
    case State::Returned: return QColor(0xF4, 0xB1, 0x83);
    case State::Rejected: return QColor(0xC0, 0x39, 0x2B);
    case State::Cancelled: return QColor(0xA6, 0xA6, 0xA6);
    }
    return Qt::gray;
}

FunnelChartView::FunnelChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("funnelChart"));
    setRenderHint(QPainter::Antialiasing);
    setChart(newChart());
    // Seven states: a column of names beside the bars reads better than a squeezed row below.
    chart()->legend()->setAlignment(Qt::AlignRight);
    setRows({});
}

int FunnelChartView::preferredHeight() const
{
    return 90 + int(m_rows.size()) * (fontMetrics().height() + 10);
}

void FunnelChartView::setRows(const QList<FunnelRow> &rows)
{
    m_rows = rows;
    QList<BarPart> parts;
    for (State s : kFunnelStates) {
        BarPart part{stateName(s), stateColor(s), {}};
        for (const FunnelRow &r : m_rows)
            part.values.append(r.count(s));
        parts.append(part);
    }
    QStringList categories;
    for (const FunnelRow &r : m_rows)
        categories << tr("%1 (%L2)").arg(r.name).arg(r.total());
    m_series = showStackedBars(chart(), parts, categories, m_rows.size() < 10 ? 0.5 : 0.7); // a few bases: no slabs

    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
        const int row = int(m_rows.size()) - 1 - index;
        if (row >= 0 && row < m_rows.size())
            emit rowClicked(row);
    });
    connect(m_series, &QAbstractBarSeries::hovered, this, &FunnelChartView::onHovered);
}

void FunnelChartView::onHovered(bool status, int index, QBarSet *set)
{
    const int row = int(m_rows.size()) - 1 - index;
    if (!status || row < 0 || row >= m_rows.size()) {
        QToolTip::hideText();
        setCursor(Qt::ArrowCursor);
        return;
    }
    setCursor(Qt::PointingHandCursor);
    const FunnelRow &r = m_rows.at(row);
    QToolTip::showText(QCursor::pos(),
                       tr("%1 — %2: %L3 of %L4\nClick to open the review queue for %1")
                           .arg(r.name, set->label()).arg(set->at(index)).arg(r.total()),
                       this);
}

QPoint FunnelChartView::barCenter(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_series)
        return {};
    const int index = int(m_rows.size()) - 1 - row;
    // The middle of the first non-empty segment (it starts at zero), so the click lands on a bar.
    double length = 0;
    for (State s : kFunnelStates) {
        if (const int n = m_rows.at(row).count(s); n > 0) {
            length = n;
            break;
        }
    }
    const QPointF scenePoint = chart()->mapToScene(chart()->mapToPosition(QPointF(length / 2, index), m_series));
    return mapFromScene(scenePoint);
}

AgeingChartView::AgeingChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("ageingChart"));
    setRenderHint(QPainter::Antialiasing);
    setChart(newChart());
    setRows({});
}

QString AgeingChartView::waitingLabel(State state)
{
    switch (state) {
    case State::Submitted: return tr("Base review");
    case State::BasePassed: return tr("Second review");
    case State::CityPassed: return tr("Final review");
    case State::Returned: return tr("Returned to trainee");
    default: return stateName(state);
    }
}

void AgeingChartView::setRows(const QList<AgeingRow> &rows)
{
    m_rows = rows;
    // Horizontal, so the stage names and their totals have room; the first state at the top.
    QList<BarPart> parts;
    for (int b = 0; b < kAgeBucketCount; ++b) {
        BarPart part{DashboardStats::bucketName(AgeBucket(b)), kAgeColors.at(b), {}};
        for (const AgeingRow &r : m_rows)
            part.values.append(r.counts[size_t(b)]);
        parts.append(part);
    }
    QStringList categories;
    for (const AgeingRow &r : m_rows)
        categories << tr("%1 (%L2)").arg(waitingLabel(r.state)).arg(r.total());
    QHorizontalStackedBarSeries *series = showStackedBars(chart(), parts, categories, 0.6);
    connect(series, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        const int row = int(m_rows.size()) - 1 - index;
        if (!status || row < 0 || row >= m_rows.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("%1, waiting %2: %L3").arg(waitingLabel(m_rows.at(row).state), set->label())
                               .arg(set->at(index)),
                           this);
    });
}

} // namespace gme
