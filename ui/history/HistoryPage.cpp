#include "HistoryPage.h"

#include "common/ColumnWidths.h"
#include "common/ConnectionGuard.h"
#include "common/DbPool.h"
#include "common/Format.h"
#include "db/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace gme {
namespace {

enum Column { TimeColumn, FlowColumn, NameColumn, IdColumn, StageColumn, ActionColumn, StatesColumn, ReviewerColumn,
              OrgColumn, BatchColumn, ReasonColumn, ColumnCount };

// The widest of the flows' titles and action names in the current language, so none is cut off.
QString longest(const QStringList &words)
{
    QString out;
    for (const QString &w : words)
        if (w.size() > out.size())
            out = w;
    return out;
}

QStringList flowTitles()
{
    QStringList out;
    for (const Workflow *flow : DecisionHistory::flows())
        out << flow->spec().title;
    return out;
}

QStringList actionWords()
{
    QStringList out;
    for (const Workflow *flow : DecisionHistory::flows())
        for (const auto &[code, name] : flow->spec().actionNames)
            out << name;
    return out;
}

// A date box whose lowest date means "no bound", shown as `anyText`.
QDateEdit *openDateEdit(const QString &objectName, const QString &anyText, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(anyText);
    edit->setDate(edit->minimumDate());
    return edit;
}

} // namespace

HistoryPage::HistoryPage(const Session &session, QWidget *parent, int pageSize)
    : QWidget(parent), m_session(session), m_pageSize(pageSize)
{
    setObjectName(QStringLiteral("historyPage"));
    auto *layout = new QVBoxLayout(this);

    // What the database is asked for.
    auto *query = new QHBoxLayout;
    m_flow = new QComboBox(this);
    m_flow->setObjectName(QStringLiteral("historyFlow"));
    m_flow->addItem(tr("All flows"), QString());
    for (const Workflow *flow : DecisionHistory::flows())
        m_flow->addItem(flow->spec().title, flow->code());
    query->addWidget(new QLabel(tr("Flow:"), this));
    query->addWidget(m_flow);
    m_from = openDateEdit(QStringLiteral("historyFrom"), tr("any"), this);
    m_to = openDateEdit(QStringLiteral("historyTo"), tr("any"), this);
    query->addWidget(new QLabel(tr("From:"), this));
    query->addWidget(m_from);
    query->addWidget(new QLabel(tr("To:"), this));
    query->addWidget(m_to);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search a name or ID number"));
    m_search->setClearButtonEnabled(true);
    query->addWidget(m_search, 1);
    m_everyDecider = new QCheckBox(tr("Include other organisations' decisions"), this);
    m_everyDecider->setObjectName(QStringLiteral("historyEveryDecider"));
    m_everyDecider->setToolTip(tr("Also list what others decided on your organisation's items: a higher "
                                  "authority's reviews, the bases' own steps, trainees' submissions"));
    query->addWidget(m_everyDecider);
    auto *refresh = new QPushButton(tr("Reload"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Load the newest decisions again (F5)"));
    query->addWidget(refresh);
    layout->addLayout(query);

    // What is shown of the loaded rows.
    auto *shown = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setPlaceholderText(tr("Filter the loaded rows by name, ID number, reviewer or reason"));
    m_filter->setClearButtonEnabled(true);
    shown->addWidget(m_filter, 1);
    m_count = new QLabel(this);
    shown->addWidget(m_count);
    m_more = new QPushButton(tr("Load more"), this);
    m_more->setObjectName(QStringLiteral("historyLoadMore"));
    m_more->setEnabled(false);
    shown->addWidget(m_more);
    layout->addLayout(shown);
    m_connection = new ConnectionGuard(this, m_session.database, [this] { reload(); });
    layout->addWidget(m_connection->banner());

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Decided at"), tr("Flow"), tr("Name"), tr("ID number"), tr("Stage"),
                                        tr("Action"), tr("From → to"), tr("Reviewer"), tr("Organisation"),
                                        tr("Batch action"), tr("Reason")});
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
    setColumnWidthsFromSamples(m_view, {QStringLiteral("2026-03-14 09:00"), longest(flowTitles()), QStringLiteral(u"欧阳某某某"),
                                        QStringLiteral("44010619900101123X"), stageName(Stage::CityReview),
                                        longest(actionWords()), QStringLiteral(u"Submitted → Passed by base"),
                                        QStringLiteral(u"欧阳某某某"), QStringLiteral(u"广州市第一人民医院"),
                                        QStringLiteral("#12345")});
    m_view->sortByColumn(TimeColumn, Qt::DescendingOrder);
    layout->addWidget(m_view, 1);

    // Typing searches once the user pauses, not at every key.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryPage::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryPage::reload);
    connect(m_flow, &QComboBox::currentIndexChanged, this, &HistoryPage::reload);
    connect(m_everyDecider, &QCheckBox::toggled, this, &HistoryPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::reload);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setFilterFixedString(t.trimmed());
        updateCount();
    });
    connect(refresh, &QPushButton::clicked, this, &HistoryPage::reload);
    connect(m_more, &QPushButton::clicked, this, &HistoryPage::loadMore);
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

HistoryFilter HistoryPage::currentFilter() const
{
    HistoryFilter f;
    f.flowCode = m_flow->currentData().toString();
    if (m_from->date() > m_from->minimumDate())
        f.from = m_from->date().startOfDay();
    if (m_to->date() > m_to->minimumDate())
        f.to = m_to->date().addDays(1).startOfDay(); // the whole "to" day
    f.text = m_search->text().trimmed();
    f.everyDecider = m_everyDecider->isChecked();
    return f;
}

void HistoryPage::reload()
{
    m_searchDelay->stop();
    start(false);
}

void HistoryPage::loadMore()
{
    if (m_hasMore)
        start(true);
}

void HistoryPage::start(bool append)
{
    if (m_loader.isRunning()) {
        if (!append)
            m_reloadQueued = true; // the newest filters win once this page is in
        return;
    }
    m_more->setEnabled(false);
    m_count->setText(tr("Loading…"));
    Database *database = m_session.database;
    const User user = m_session.user;
    const HistoryFilter filter = currentFilter();
    const HistoryCursor after = append ? m_next : HistoryCursor{};
    const int pageSize = m_pageSize;
    m_loader.setFuture(QtConcurrent::run(databasePool(), [database, user, filter, after, pageSize, append] {
        Result r;
        r.append = append;
        r.error = readCatchingErrors(*database, [&] {
            r.slice = DecisionHistory(database->connection(), user).load(filter, pageSize, after);
        });
        return r;
    }));
}

void HistoryPage::onLoaded()
{
    if (m_reloadQueued) {
        m_reloadQueued = false;
        start(false);
        return;
    }
    const Result r = m_loader.result();
    if (m_connection->afterRead(r.error)) {
        updateCount(); // the rows last read stay under the banner
        return;
    }
    if (!r.append)
        m_model->removeRows(0, m_model->rowCount());
    if (r.error.failed()) {
        m_hasMore = false;
        m_more->setEnabled(false);
        m_count->setText(tr("The history could not be loaded: %1").arg(r.error.message));
        return;
    }
    appendRows(r.slice.entries);
    m_next = r.slice.next;
    m_hasMore = r.slice.more;
    m_more->setEnabled(m_hasMore);
    updateCount();
    emit loaded();
}

void HistoryPage::appendRows(const QList<DecisionEntry> &entries)
{
    const bool sorting = m_view->isSortingEnabled();
    m_view->setSortingEnabled(false); // one sort after the page, not one per row
    for (const DecisionEntry &e : entries) {
        const QString states = e.fromText.isEmpty() ? e.toText : tr("%1 → %2").arg(e.fromText, e.toText);
        const QStringList cells = {formatDateTime(e.decidedAt), e.flow, e.traineeName, e.idNumber, e.stageText,
                                   e.actionText, states, e.reviewer, e.reviewerOrg, QString(), e.reason};
        QList<QStandardItem *> row;
        for (const QString &cell : cells)
            row << new QStandardItem(cell);
        if (e.batchActionId > 0) // a number, so it sorts as one
            row.at(BatchColumn)->setData(e.batchActionId, Qt::DisplayRole);
        row.at(FlowColumn)->setData(e.flowCode, Qt::UserRole);
        m_model->appendRow(row);
    }
    m_view->setSortingEnabled(sorting);
}

int HistoryPage::visibleCount() const
{
    return m_proxy->rowCount();
}

int HistoryPage::loadedCount() const
{
    return m_model->rowCount();
}

void HistoryPage::updateCount()
{
    const QString shown = tr("Showing %1 of %2 loaded").arg(m_proxy->rowCount()).arg(m_model->rowCount());
    m_count->setText(m_hasMore ? tr("%1; older decisions follow").arg(shown) : shown);
}

} // namespace gme
