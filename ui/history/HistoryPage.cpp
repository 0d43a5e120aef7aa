#include "HistoryPage.h"

#include "common/ColumnWidths.h"
#include "common/ConnectionGuard.h"
#include "common/DbPool.h"
#include "common/Format.h"
#include "db/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace gme {
namespace {
// The widest of the action names in the current language, so none is cut off.
QString longestActionName()
{
    QString longest;
    for (Action a : {Action::Pass, Action::Reject, Action::Return, Action::Submit, Action::Resubmit, Action::Cancel})
        if (actionName(a).size() > longest.size())
            longest = actionName(a);
    return longest;
}
} // namespace

HistoryPage::HistoryPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("historyPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, ID number, reviewer or reason"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    m_count = new QLabel(this);
    bar->addWidget(m_count);
    auto *refresh = new QPushButton(tr("Reload"), this);
    bar->addWidget(refresh);
    layout->addLayout(bar);
    m_connection = new ConnectionGuard(this, m_session.database, [this] { reload(); });
    layout->addWidget(m_connection->banner());

    m_model = new QStandardItemModel(0, 9, this);
    m_model->setHorizontalHeaderLabels({tr("Decided at"), tr("Name"), tr("ID number"), tr("Stage"), tr("Action"),
                                        tr("From → to"), tr("Reviewer"), tr("Batch action"), tr("Reason")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    setColumnWidthsFromSamples(m_view, {QStringLiteral("2026-03-14 09:00"), QStringLiteral(u"欧阳某某某"),
                                        QStringLiteral("44010619900101123X"), stageName(Stage::CityReview),
                                        longestActionName(), QStringLiteral(u"Submitted → Passed by base"),
                                        QStringLiteral(u"广州市第一人民医院 住培"), QStringLiteral("#12345")});
    m_view->sortByColumn(0, Qt::DescendingOrder);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setFilterFixedString(t.trimmed());
        updateCount();
    });
    connect(refresh, &QPushButton::clicked, this, &HistoryPage::reload);
    connect(&m_loader, &QFutureWatcher<Result>::finished, this, &HistoryPage::onLoaded);
}

HistoryPage::~HistoryPage()
{
    waitForDatabaseWork(m_loader.future());
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        reload();
    }
}

void HistoryPage::reload()
{
    if (m_loader.isRunning())
        return;
    m_count->setText(tr("Loading…"));
    Database *database = m_session.database;
    const User user = m_session.user;
    const Workflow *workflow = m_session.workflow;
    m_loader.setFuture(QtConcurrent::run(databasePool(), [database, user, workflow] {
        Result r;
        r.error = readCatchingErrors(*database, [&] {
            r.entries = QueueRepository(database->connection(), user, *workflow).loadHistory();
        });
        return r;
    }));
}

void HistoryPage::onLoaded()
{
    const Result r = m_loader.result();
    if (m_connection->afterRead(r.error)) {
        updateCount(); // the rows last read stay under the banner
        return;
    }
    m_model->removeRows(0, m_model->rowCount());
    if (r.error.failed()) {
        m_count->setText(tr("The history could not be loaded: %1").arg(r.error.message));
        return;
    }
    m_model->setRowCount(int(r.entries.size()));
    for (int i = 0; i < r.entries.size(); ++i) {
        const DecisionEntry &e = r.entries.at(i);
        const QStringList cells = {formatDateTime(e.decidedAt), e.traineeName, e.idNumber, stageName(e.stage),
                                   actionName(e.action),
                                   tr("%1 → %2").arg(stateName(e.fromState), stateName(e.toState)), e.reviewer,
                                   QString(), e.reason};
        for (int c = 0; c < cells.size(); ++c)
            m_model->setItem(i, int(c), new QStandardItem(cells.at(c)));
        if (e.batchActionId > 0) // a number, so it sorts as one
            m_model->item(i, 7)->setData(e.batchActionId, Qt::DisplayRole);
    }
    updateCount();
    emit loaded();
}

int HistoryPage::visibleCount() const
{
    return m_proxy->rowCount();
}

void HistoryPage::updateCount()
{
    m_count->setText(tr("Showing %1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace gme
