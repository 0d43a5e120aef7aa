#include "FlowPane.h"

#include "FlowTableModel.h"
#include "common/Busy.h"
#include "common/ConnectionBanner.h"
#include "common/ConnectionGuard.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "review/ReviewEngine.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gme {
namespace {

template <typename T>
struct Attempt
{
    T value{};
    QString error;
    bool connectionLost = false;
};

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

FlowPane::FlowPane(const Session &session, const Workflow &workflow, QWidget *parent)
    : QWidget(parent), m_session(session), m_workflow(workflow), m_prompts(std::make_unique<FlowPrompts>())
{
    m_queueModel = new FlowTableModel(workflow, this);
    m_pendingModel = new FlowTableModel(workflow, this);
    // reload() waits with a busy dialog: a retry first sees whether the server answers at all.
    m_connection = new ConnectionGuard(this, session.database, [this] { reload(); },
                                       ConnectionGuard::Retry::ProbeThenReload);
    buildLayout();
}

FlowPane::~FlowPane() = default;

void FlowPane::setPrompts(std::unique_ptr<FlowPrompts> prompts) { m_prompts = std::move(prompts); }

void FlowPane::buildLayout()
{
    auto *top = new QVBoxLayout(this);
    m_toolbar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("flowSearch"));
    m_search->setPlaceholderText(tr("Search name or ID number"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &FlowPane::applySearch);
    m_showAll = new QCheckBox(tr("Show decided items too"), this);
    m_showAll->setObjectName(QStringLiteral("flowShowAll"));
    connect(m_showAll, &QCheckBox::toggled, this, &FlowPane::reload);
    auto *reloadButton = new QPushButton(tr("Reload"), this);
    connect(reloadButton, &QPushButton::clicked, this, &FlowPane::reload);
    m_toolbar->addWidget(m_search, 1);
    m_toolbar->addWidget(m_showAll);
    m_toolbar->addWidget(reloadButton);
    top->addLayout(m_toolbar);
    top->addWidget(m_connection->banner());

    m_queueProxy = new QSortFilterProxyModel(this);
    m_queueProxy->setSourceModel(m_queueModel);
    m_queueProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_queueProxy->setFilterKeyColumn(-1);
    m_queueView = makeTable(m_queueProxy, this, QStringLiteral("flowQueue"));
    m_queueView->setSortingEnabled(true);
    m_pendingView = makeTable(m_pendingModel, this, QStringLiteral("flowPending"));
    connect(m_queueView, &QTableView::doubleClicked, this, &FlowPane::addSelectedToPending);
    connect(m_pendingView, &QTableView::doubleClicked, this, &FlowPane::removeSelectedFromPending);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) { showHistoryOf(i, false); });
    connect(m_pendingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) { showHistoryOf(i, true); });

    auto *middle = new QVBoxLayout;
    auto addButton = [&](const QString &text, const QString &name, void (FlowPane::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        middle->addWidget(b);
    };
    middle->addStretch();
    addButton(tr("Add →"), QStringLiteral("flowAdd"), &FlowPane::addSelectedToPending);
    addButton(tr("Add all shown →"), QStringLiteral("flowAddAll"), &FlowPane::addAllShown);
    addButton(tr("← Remove"), QStringLiteral("flowRemove"), &FlowPane::removeSelectedFromPending);
    addButton(tr("← Remove all"), QStringLiteral("flowRemoveAll"), &FlowPane::clearPending);
    middle->addStretch();

    auto *pendingSide = new QWidget(this);
    auto *pendingLayout = new QVBoxLayout(pendingSide);
    pendingLayout->setContentsMargins(0, 0, 0, 0);
    pendingLayout->addWidget(new QLabel(tr("Pending batch (one action applies to all of it)"), pendingSide));
    pendingLayout->addWidget(m_pendingView, 1);
    // Three buttons to a row: a base's recruitment has six actions, which in one row made the window
    // wider than a 1366-pixel screen.
    constexpr int kActionsPerRow = 3;
    auto *actions = new QGridLayout;
    const QStringList roleActions = m_workflow.actions(m_session.user.role);
    for (int i = 0; i < roleActions.size(); ++i) {
        const QString action = roleActions.at(i);
        auto *b = new QPushButton(m_workflow.actionName(action), pendingSide);
        b->setObjectName(QStringLiteral("action_") + action);
        connect(b, &QPushButton::clicked, this, [this, action] { decide(action); });
        m_actionButtons.append(b);
        m_connection->protect(b);
        actions->addWidget(b, i / kActionsPerRow, i % kActionsPerRow);
    }
    actions->setColumnStretch(kActionsPerRow, 1);
    pendingLayout->addLayout(actions);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_queueView);
    auto *middleWidget = new QWidget(this);
    middleWidget->setLayout(middle);
    split->addWidget(middleWidget);
    split->addWidget(pendingSide);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(2, 2);
    top->addWidget(split, 1);

    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("flowHistory"));
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setWordWrap(true);
    top->addWidget(m_history);
    auto *status = new QHBoxLayout;
    m_counts = new QLabel(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("flowNote"));
    status->addWidget(m_counts);
    status->addStretch();
    status->addWidget(m_note);
    top->addLayout(status);
}

void FlowPane::reload()
{
    QStringList states;
    if (m_showAll->isChecked())
        for (const auto &[code, name] : m_workflow.spec().stateNames)
            states.append(code);
    QList<qint64> pendingIds;
    for (const FlowRow &r : m_pendingModel->rows())
        pendingIds.append(r.id);
    Database *database = m_session.database;
    const User user = m_session.user;
    const Workflow *workflow = &m_workflow;
    using Loaded = std::pair<QVector<FlowRow>, QVector<FlowRow>>;
    struct Read
    {
        Loaded value;
        ReadError error;
    };
    const Read read = runWithBusyDialog(this, tr("Loading…"), [=] {
        Read r;
        r.error = readCatchingErrors(*database, [&] {
            const FlowQueue queue(database->connection(), user, *workflow);
            r.value = {queue.load(states), queue.loadRows(pendingIds)};
        });
        return r;
    });
    if (m_connection->afterRead(read.error))
        return; // the rows last read stay under the banner
    if (read.error.failed()) {
        setNote(read.error.message);
        return;
    }
    QSet<qint64> pending;
    for (const FlowRow &r : read.value.second)
        pending.insert(r.id);
    QVector<FlowRow> queue;
    for (const FlowRow &r : read.value.first)
        if (!pending.contains(r.id))
            queue.append(r);
    m_current = nullptr;
    m_queueModel->setRows(queue);
    m_pendingModel->setRows(read.value.second);
    m_counts->setText(tr("%1 waiting, %2 in the pending batch").arg(queue.size()).arg(pending.size()));
    emit loaded();
}

void FlowPane::addSelectedToPending()
{
    QSet<qint64> ids;
    for (const QModelIndex &i : m_queueView->selectionModel()->selectedRows())
        ids.insert(m_queueModel->row(m_queueProxy->mapToSource(i).row()).id);
    QVector<FlowRow> queue, pending = m_pendingModel->rows();
    for (const FlowRow &r : m_queueModel->rows())
        (ids.contains(r.id) ? pending : queue).append(r);
    m_current = nullptr;
    m_queueModel->setRows(queue);
    m_pendingModel->setRows(pending);
}

void FlowPane::addAllShown()
{
    m_queueView->selectAll();
    addSelectedToPending();
}

void FlowPane::removeSelectedFromPending()
{
    QSet<int> rows;
    for (const QModelIndex &i : m_pendingView->selectionModel()->selectedRows())
        rows.insert(i.row());
    QVector<FlowRow> queue = m_queueModel->rows(), pending;
    for (int i = 0; i < m_pendingModel->rowCount(); ++i)
        (rows.contains(i) ? queue : pending).append(m_pendingModel->row(i));
    m_current = nullptr;
    m_queueModel->setRows(queue);
    m_pendingModel->setRows(pending);
}

void FlowPane::clearPending()
{
    m_pendingView->selectAll();
    removeSelectedFromPending();
}

QList<BatchRow> FlowPane::pendingRows() const
{
    QList<BatchRow> rows;
    for (const FlowRow &r : m_pendingModel->rows())
        rows.append(BatchRow{r.id, r.version});
    return rows;
}

QPushButton *FlowPane::actionButton(const QString &action) const
{
    for (QPushButton *b : m_actionButtons)
        if (b->objectName() == QStringLiteral("action_") + action)
            return b;
    return nullptr;
}

void FlowPane::decide(const QString &action)
{
    const QString title = m_workflow.actionName(action);
    const QList<BatchRow> rows = pendingRows();
    if (rows.isEmpty()) {
        m_prompts->inform(this, title, tr("The pending batch is empty. Move rows into it first."));
        return;
    }
    if (handleAction(action, rows))
        return;
    QString reason;
    if (m_workflow.needsReason(m_session.user.role, action)) {
        const std::optional<QString> asked = m_prompts->askReason(this, title);
        if (!asked)
            return;
        reason = *asked;
    }
    if (applyBatch(BatchRequest::of(action, rows, reason))) {
        setNote(tr("%1: %n row(s) done", nullptr, int(rows.size())).arg(title));
        m_pendingModel->setRows({});
        reload();
        emit decided(action, int(rows.size()));
    }
}

bool FlowPane::handleAction(const QString &action, const QList<BatchRow> &rows)
{
    Q_UNUSED(action) Q_UNUSED(rows)
    return false;
}

bool FlowPane::applyBatch(const BatchRequest &request)
{
    Database *database = m_session.database;
    const User user = m_session.user;
    const Workflow *workflow = &m_workflow;
    const Clock *clock = &m_session.clockRef();
    const Attempt<BatchResult> done = runWithBusyDialog(this, tr("Applying…"), [=] {
        Attempt<BatchResult> a;
        try {
            a.value = ReviewEngine(database->connection(), user, *workflow, *clock).apply(request);
        } catch (const DbError &e) {
            a.error = e.message();
            a.connectionLost = database->connectionLost();
        }
        return a;
    });
    const QString title = m_workflow.actionName(request.code());
    if (done.connectionLost)
        m_connection->showLost(done.error); // further actions wait until a reload gets through
    if (!done.error.isEmpty()) {
        m_prompts->warn(this, title, done.error);
        return false;
    }
    if (!done.value.applied) {
        showRefusal(title, done.value.check);
        return false;
    }
    return true;
}

void FlowPane::showRefusal(const QString &title, const BatchCheck &check)
{
    QStringList lines;
    if (check.problem != BatchProblem::None)
        lines.append(batchProblemText(check.problem));
    for (const ManifestRow &r : check.rows)
        if (r.problem != RowProblem::None)
            lines.append(tr("%1 (%2): %3")
                             .arg(r.name.isEmpty() ? tr("not visible to you") : r.name, r.idNumber,
                                  r.note.isEmpty() ? rowProblemText(r.problem) : r.note));
    const QString text = tr("Nothing was changed.") + QLatin1Char('\n') + lines.mid(0, 30).join(QLatin1Char('\n'))
        + (lines.size() > 30 ? tr("\n… and %1 more").arg(lines.size() - 30) : QString());
    setNote(tr("Refused: nothing was changed"));
    m_prompts->warn(this, title, text);
}

const FlowRow *FlowPane::currentRow() const { return m_current; }

void FlowPane::showHistoryOf(const QModelIndex &index, bool pendingSide)
{
    m_current = nullptr;
    if (!index.isValid()) {
        m_history->clear();
        return;
    }
    const int row = pendingSide ? index.row() : m_queueProxy->mapToSource(index).row();
    m_currentCopy = (pendingSide ? m_pendingModel : m_queueModel)->row(row);
    m_current = &m_currentCopy;
    Database *database = m_session.database;
    const User user = m_session.user;
    const Workflow *workflow = &m_workflow;
    const qint64 id = m_currentCopy.id;
    QList<FlowDecision> log;
    const ReadError error = m_connection->readBeside([&] {
        log = FlowQueue(database->connection(), user, *workflow).history(id);
    });
    if (error.failed()) {
        m_history->setText(error.message);
        return;
    }
    QStringList lines;
    for (const FlowDecision &d : log)
        lines.append(tr("%1  %2  %3: %4 → %5 %6")
                         .arg(d.decidedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), d.reviewer,
                              m_workflow.actionName(d.action),
                              d.fromState.isEmpty() ? QStringLiteral("—") : m_workflow.stateName(d.fromState),
                              m_workflow.stateName(d.toState), d.reason)
                         .trimmed());
    m_history->setText(tr("History of %1: ").arg(m_currentCopy.name) + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

QString FlowPane::historyText() const { return m_history->text(); }

void FlowPane::applySearch() { m_queueProxy->setFilterFixedString(m_search->text().trimmed()); }

ConnectionBanner *FlowPane::connectionBanner() const { return m_connection->banner(); }

void FlowPane::protectWhileOffline(QWidget *widget) { m_connection->protect(widget); }

ConnectionGuard &FlowPane::connection() const { return *m_connection; }

void FlowPane::setNote(const QString &text)
{
    m_lastNote = text;
    m_note->setText(text);
}

} // namespace gme
