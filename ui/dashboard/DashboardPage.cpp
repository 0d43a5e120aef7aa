#include "DashboardPage.h"

#include "DashboardCharts.h"
#include "Clock.h"
#include "common/Busy.h"
#include "common/DbPool.h"
#include "common/Format.h"
#include "db/Database.h"
#include "common/ConnectionBanner.h"
#include "common/ConnectionGuard.h"
#include "db/DbError.h"
#include "stats/DashboardExport.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace gme {
namespace {

constexpr int kDefaultClosingDays = 7;

QTableWidget *newTable(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem *countItem(int n)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, n); // sorts as a number
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QGroupBox *box(const QString &title, QWidget *content, QWidget *parent)
{
    auto *g = new QGroupBox(title, parent);
    auto *l = new QVBoxLayout(g);
    l->setContentsMargins(4, 4, 4, 4);
    l->addWidget(content);
    return g;
}

} // namespace

DashboardPage::DashboardPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("dashboardPage"));
    buildLayout();
    const bool province = m_session.user.role == Role::Provincial || m_session.user.role == Role::Sysadmin;
    setGrouping(province ? FunnelGrouping::City : FunnelGrouping::Base);

    connect(&m_loader, &QFutureWatcher<Result>::finished, this, &DashboardPage::onLoaded);
    connect(m_batch, &QComboBox::currentIndexChanged, this, [this] { requestLoad(currentBatchId()); });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &DashboardPage::showFunnel);
    connect(m_closingDays, &QSpinBox::valueChanged, this, [this] { requestLoad(currentBatchId()); });
    connect(m_reload, &QPushButton::clicked, this, &DashboardPage::reload);
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::exportToExcel);
    connect(m_funnel, &FunnelChartView::rowClicked, this, [this](int row) { emit openQueue(filterForRow(row)); });
}

DashboardPage::~DashboardPage()
{
    waitForDatabaseWork(m_loader.future());
}

void DashboardPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Exam batch:"), this));
    m_batch = new QComboBox(this);
    m_batch->setObjectName(QStringLiteral("dashboardBatch"));
    m_batch->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_batch);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Group by:"), this));
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("dashboardGrouping"));
    m_grouping->addItem(tr("City / school authority"), int(FunnelGrouping::City));
    m_grouping->addItem(tr("Training base"), int(FunnelGrouping::Base));
    bar->addWidget(m_grouping);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Windows closing within:"), this));
    m_closingDays = new QSpinBox(this);
    m_closingDays->setObjectName(QStringLiteral("dashboardClosingDays"));
    m_closingDays->setRange(1, 90);
    m_closingDays->setValue(kDefaultClosingDays);
    m_closingDays->setSuffix(tr(" days"));
    bar->addWidget(m_closingDays);
    bar->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    bar->addWidget(m_status);
    m_reload = new QPushButton(tr("Reload"), this);
    bar->addWidget(m_reload);
    m_export = new QPushButton(tr("Export to Excel…"), this);
    m_export->setObjectName(QStringLiteral("dashboardExport"));
    m_export->setEnabled(false);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    m_connection = new ConnectionGuard(this, m_session.database, [this] { reload(); });
    layout->addWidget(m_connection->banner());

    m_funnel = new FunnelChartView(this);
    m_funnelScroll = new QScrollArea(this);
    m_funnelScroll->setWidgetResizable(true);
    m_funnelScroll->setFrameShape(QFrame::NoFrame);
    m_funnelScroll->setWidget(m_funnel);
    auto *funnelBox = new QGroupBox(this);
    auto *funnelLayout = new QVBoxLayout(funnelBox);
    funnelLayout->setContentsMargins(4, 4, 4, 4);
    m_funnelTitle = new QLabel(funnelBox);
    m_funnelTitle->setWordWrap(true);
    funnelLayout->addWidget(m_funnelTitle);
    funnelLayout->addWidget(m_funnelScroll, 1);

    m_ageing = new AgeingChartView(this);
    m_ageing->setMinimumHeight(220);
    m_windows = newTable(this, QStringLiteral("dashboardWindows"),
                         {tr("Stage"), tr("Closes"), tr("Time left"), tr("Still waiting"), tr("Exam batch")});
    m_windows->setMinimumHeight(m_windows->verticalHeader()->defaultSectionSize() * 5 + 8);
    m_windowsTitle = new QLabel(this);
    auto *windowsBox = new QGroupBox(tr("Stage windows closing soon"), this);
    auto *windowsLayout = new QVBoxLayout(windowsBox);
    windowsLayout->setContentsMargins(4, 4, 4, 4);
    windowsLayout->addWidget(m_windowsTitle);
    windowsLayout->addWidget(m_windows);
    m_reasons = newTable(this, QStringLiteral("dashboardReasons"), {tr("Action"), tr("Count"), tr("Reason")});
    m_reasons->setSortingEnabled(true);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(box(tr("Items waiting, by time in their current state"), m_ageing, right));
    right->addWidget(windowsBox);
    right->addWidget(box(tr("Reasons given for returns and rejections"), m_reasons, right));
    right->setStretchFactor(0, 5);
    right->setStretchFactor(1, 3);
    right->setStretchFactor(2, 4);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(funnelBox);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 1000}); // half and half, whatever the tables would like
    layout->addWidget(split, 1);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        reload();
    }
}

FunnelGrouping DashboardPage::grouping() const
{
    return FunnelGrouping(m_grouping->currentData().toInt());
}

void DashboardPage::setGrouping(FunnelGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

qint64 DashboardPage::currentBatchId() const
{
    return m_batch->currentData().toLongLong();
}

void DashboardPage::reload()
{
    m_loadedOnce = true;
    requestLoad(currentBatchId());
}

void DashboardPage::requestLoad(qint64 batchId)
{
    if (m_loader.isRunning()) {
        m_queuedBatch = batchId;
        return;
    }
    m_status->setText(tr("Counting…"));
    Database *database = m_session.database;
    const User user = m_session.user;
    const Clock *clock = &m_session.clockRef();
    const int days = m_closingDays->value();
    m_loader.setFuture(QtConcurrent::run(databasePool(), [database, user, clock, batchId, days] {
        Result r;
        // Counting only reads: after a server restart it runs again on a reopened connection.
        r.error = readCatchingErrors(*database, [&] {
            const QSqlDatabase db = database->connection();
            r.batches = loadExamBatches(db);
            qint64 chosen = 0;
            for (const ExamBatch &b : r.batches)
                if (b.id == batchId)
                    chosen = b.id;
            // First time: the newest open batch (they come newest first), resident physicians
            // before assistant GPs (the larger track), else the newest.
            for (const ExamBatch &b : r.batches)
                if (!chosen && b.open && b.track == Track::Resident)
                    chosen = b.id;
            for (const ExamBatch &b : r.batches)
                if (!chosen && b.open)
                    chosen = b.id;
            if (!chosen && !r.batches.isEmpty())
                chosen = r.batches.first().id;
            if (chosen)
                r.figures = DashboardStats(db, user, *clock).load(chosen, days);
        });
        return r;
    }));
}

void DashboardPage::onLoaded()
{
    const Result r = m_loader.result();
    if (m_queuedBatch >= 0) {
        const qint64 next = m_queuedBatch;
        m_queuedBatch = -1;
        requestLoad(next);
        return;
    }
    if (m_connection->afterRead(r.error)) {
        m_status->clear(); // retries by itself; the figures shown stay as they were
        return;
    }
    if (r.error.failed()) {
        m_status->setText(tr("The figures could not be counted: %1").arg(r.error.message));
        return;
    }
    {
        const QSignalBlocker block(m_batch);
        m_batch->clear();
        for (const ExamBatch &b : r.batches)
            m_batch->addItem(b.open ? b.name : tr("%1 (closed)").arg(b.name), b.id);
        m_batch->setCurrentIndex(m_batch->findData(r.figures.batchId));
    }
    m_figures = r.figures;
    m_export->setEnabled(m_figures.batchId != 0);
    if (r.batches.isEmpty())
        m_status->setText(tr("There is no exam batch yet."));
    else
        m_status->setText(tr("As of %1").arg(formatDateTime(m_figures.computedAt)));
    showFunnel();
    m_ageing->setRows(m_figures.ageing);
    showWindows();
    showReasons();
    emit loaded();
}

void DashboardPage::showFunnel()
{
    const bool byCity = grouping() == FunnelGrouping::City;
    const QList<FunnelRow> &rows = byCity ? m_figures.byCity : m_figures.byBase;
    m_funnelTitle->setText(byCity ? tr("<b>Registrations by city and state</b> — click a bar to open that city's queue")
                                  : tr("<b>Registrations by training base and state</b> — click a bar to open that base's queue"));
    m_funnel->setRows(rows);
    m_funnel->setMinimumHeight(std::max(m_funnel->preferredHeight(), 300));
}

void DashboardPage::showWindows()
{
    const QDateTime now = m_session.clockRef().now();
    m_windowsTitle->setText(m_figures.closing.isEmpty()
                                ? tr("No open window closes within %n day(s).", nullptr, m_figures.closingDays)
                                : tr("Open windows that close within %n day(s):", nullptr, m_figures.closingDays));
    m_windows->setRowCount(0);
    m_windows->setRowCount(int(m_figures.closing.size()));
    for (int i = 0; i < m_figures.closing.size(); ++i) {
        const ClosingWindow &w = m_figures.closing.at(i);
        const qint64 hours = now.secsTo(w.closesAt) / 3600;
        const QString left = hours < 24 ? tr("%n hour(s)", nullptr, int(std::max<qint64>(hours, 0)))
                                        : tr("%n day(s)", nullptr, int(hours / 24));
        m_windows->setItem(i, 0, textItem(stageName(w.stage)));
        m_windows->setItem(i, 1, textItem(formatDateTime(w.closesAt)));
        auto *leftItem = textItem(left);
        if (hours < 48)
            leftItem->setForeground(QColor(0xC0, 0x39, 0x2B));
        m_windows->setItem(i, 2, leftItem);
        m_windows->setItem(i, 3, countItem(w.waiting));
        m_windows->setItem(i, 4, textItem(w.batchName));
    }
    m_windows->resizeColumnsToContents();
}

void DashboardPage::showReasons()
{
    m_reasons->setSortingEnabled(false);
    m_reasons->setRowCount(0);
    m_reasons->setRowCount(int(m_figures.reasons.size()));
    for (int i = 0; i < m_figures.reasons.size(); ++i) {
        const ReasonCount &r = m_figures.reasons.at(i);
        m_reasons->setItem(i, 0, textItem(actionName(r.action)));
        m_reasons->setItem(i, 1, countItem(r.count));
        auto *reason = textItem(r.reason);
        reason->setToolTip(r.reason);
        m_reasons->setItem(i, 2, reason);
    }
    m_reasons->resizeColumnToContents(0);
    m_reasons->resizeColumnToContents(1);
    // Room for the sort arrow beside the heading.
    m_reasons->setColumnWidth(1, m_reasons->columnWidth(1) + m_reasons->fontMetrics().height());
    m_reasons->setSortingEnabled(true);
    m_reasons->sortByColumn(1, Qt::DescendingOrder);
}

QueueFilter DashboardPage::filterForRow(int row) const
{
    QueueFilter filter;
    const bool byCity = grouping() == FunnelGrouping::City;
    const QList<FunnelRow> &rows = byCity ? m_figures.byCity : m_figures.byBase;
    if (row < 0 || row >= rows.size())
        return filter;
    filter.city = rows.at(row).city;
    if (!byCity)
        filter.base = rows.at(row).name;
    filter.track = m_figures.track;
    return filter;
}

bool DashboardPage::exportTo(const QString &path, QString *error)
{
    const DashboardFigures figures = m_figures;
    QString message;
    const bool ok = runWithBusyDialog(this, tr("Writing %1…").arg(QDir::toNativeSeparators(path)),
                                      [figures, path, &message] { return exportDashboard(figures, path, &message); });
    if (error)
        *error = message;
    return ok;
}

void DashboardPage::exportToExcel()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = tr("Dashboard %1 %2.xlsx")
                                  .arg(m_figures.batchName, m_figures.computedAt.toString(QStringLiteral("yyyyMMdd-HHmm")));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the figures to Excel"), QDir(folder).filePath(suggested),
                                                tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    QString error;
    if (exportTo(path, &error))
        m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export to Excel"), tr("The figures could not be saved.\n\n%1").arg(error));
}

} // namespace gme
