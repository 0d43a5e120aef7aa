#include "ReviewPane.h"

#include "BatchDecision.h"
#include "Clock.h"
#include "DetailsPanel.h"
#include "QueueFilterBar.h"
#include "QueueLoader.h"
#include "QueueTableModel.h"
#include "StageWindowText.h"
#include "common/CancellableRun.h"
#include "common/ColumnWidths.h"
#include "common/ConnectionBanner.h"
#include "common/ConnectionGuard.h"
#include "common/DbPool.h"
#include "common/Format.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "common/EvidenceSourceFactory.h"
#include "evidence/EvidenceSource.h"
#include "evidence/EvidenceUploader.h"
#include "evidence/EvidenceViewer.h"
#include "export/QueueExport.h"
#include "review/PendingStore.h"
#include "review/QueueRepository.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace gme {

ReviewPane::ReviewPane(const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_prompts(std::make_unique<ReviewPrompts>())
{
    setObjectName(QStringLiteral("reviewPane"));
    m_queueModel = new QueueTableModel(this);
    m_pendingModel = new QueueTableModel(this);

    auto *layout = new QVBoxLayout(this);

    // Header: the stage window, a busy bar while loading, reload.
    auto *header = new QHBoxLayout;
    m_windowState = new QLabel(this);
    m_windowState->setObjectName(QStringLiteral("windowState"));
    m_windowState->setWordWrap(true);
    header->addWidget(m_windowState, 1);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setFormat(tr("Loading…"));
    m_busy->setTextVisible(true);
    m_busy->hide();
    header->addWidget(m_busy);
    m_reload = new QPushButton(tr("Reload"), this);
    m_reload->setShortcut(QKeySequence::Refresh);
    m_reload->setToolTip(tr("Load the queue again from the database (%1)")
                             .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    header->addWidget(m_reload);
    m_exportShown = new QPushButton(this);
    m_exportShown->setObjectName(QStringLiteral("exportShownButton"));
    connect(m_exportShown, &QPushButton::clicked, this, [this] { exportShownRows(); });
    header->addWidget(m_exportShown);
    layout->addLayout(header);

    m_filterBar = new QueueFilterBar(this);
    layout->addWidget(m_filterBar);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    m_note->hide();
    layout->addWidget(m_note);
    m_connection = new ConnectionGuard(this, m_session.database, [this] { reload(); });
    m_connection->banner()->setText(tr("The connection to the server is lost; reconnecting… The pending batch is kept."));
    layout->addWidget(m_connection->banner());

    m_queueView = new QTableView(this);
    m_queueView->setObjectName(QStringLiteral("queueView"));
    setupTable(m_queueView, m_queueModel, true);
    m_pendingView = new QTableView(this);
    m_pendingView->setObjectName(QStringLiteral("pendingView"));
    setupTable(m_pendingView, m_pendingModel, false);
    // What is missing matters when deciding: the column sits next to the name and ID number.
    m_queueView->horizontalHeader()->moveSection(QueueTableModel::Evidence, QueueTableModel::Gender);
    // The pending batch shows who is in it; the rest is one click away in the details.
    for (int c : {QueueTableModel::Gender, QueueTableModel::City, QueueTableModel::PersonType,
                  QueueTableModel::TrackColumn, QueueTableModel::Makeup, QueueTableModel::SubmittedAt})
        m_pendingView->setColumnHidden(c, true);

    auto *lists = new QSplitter(Qt::Horizontal, this);
    lists->setChildrenCollapsible(false);
    lists->addWidget(m_queueView);
    QWidget *moves = buildMiddleButtons();
    lists->addWidget(moves);
    lists->addWidget(buildPendingSide());
    // Out of reach, the lists stay frozen with what was last read: moves and decisions wait.
    for (QWidget *w : {static_cast<QWidget *>(m_queueView), static_cast<QWidget *>(m_pendingView), moves})
        m_connection->protect(w);
    for (QPushButton *b : std::as_const(m_actionButtons))
        m_connection->protect(b);
    lists->setStretchFactor(0, 3);
    lists->setStretchFactor(1, 0);
    lists->setStretchFactor(2, 2);
    lists->setSizes({900, 120, 400});

    // Below the lists: the current registration's details and, beside them, its evidence, which
    // follows the current row so the arrow keys page through registrants and their files.
    m_details = new DetailsPanel(this);
    m_evidence = new EvidenceViewer(this);
    m_evidence->setObjectName(QStringLiteral("evidenceViewer"));
    m_evidenceSource = makeEvidenceSource(*m_session.database, this);
    m_evidence->setSource(m_evidenceSource.get());
    setupEvidenceUpload(header);
    auto *below = new QSplitter(Qt::Horizontal, this);
    below->setObjectName(QStringLiteral("detailsSplitter"));
    below->setChildrenCollapsible(false);
    below->addWidget(m_details);
    below->addWidget(m_evidence);
    below->setStretchFactor(0, 2);
    below->setStretchFactor(1, 3);
    below->setSizes({560, 840});

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("reviewSplitter"));
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(lists);
    vertical->addWidget(below);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({420, 420});
    layout->addWidget(vertical, 1);

    connect(m_filterBar, &QueueFilterBar::filterChanged, this, &ReviewPane::onFilterChanged);
    connect(&m_evidenceLoader, &QFutureWatcher<EvidenceLoad>::finished, this, &ReviewPane::onEvidenceLoaded);
    connect(m_reload, &QPushButton::clicked, this, &ReviewPane::reload);
    connect(&m_loader, &QFutureWatcher<QueueLoad>::resultReadyAt, this, &ReviewPane::onLoadPart);
    connect(&m_loader, &QFutureWatcher<QueueLoad>::finished, this, &ReviewPane::onLoaded);
    connect(m_queueView, &QTableView::doubleClicked, this, [this] { addSelectedToPending(); });
    connect(m_pendingView, &QTableView::doubleClicked, this, [this] { removeSelectedFromPending(); });
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetailsOf(m_queueView, current); });
    connect(m_pendingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetailsOf(m_pendingView, current); });

    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filterBar->textEdit()->setFocus();
        m_filterBar->textEdit()->selectAll();
    });
    auto *add = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right), this, nullptr, nullptr,
                              Qt::WidgetWithChildrenShortcut);
    connect(add, &QShortcut::activated, this, &ReviewPane::addSelectedToPending);
    auto *remove = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left), this, nullptr, nullptr,
                                 Qt::WidgetWithChildrenShortcut);
    connect(remove, &QShortcut::activated, this, &ReviewPane::removeSelectedFromPending);

    // Tab goes left to right: filters, queue, move buttons, pending batch, decisions, details.
    QList<QWidget *> order;
    for (const char *name : {"filterText", "filterSpecialty", "filterBase", "filterCity", "filterPersonType",
                             "filterTrack", "filterEvidence", "clearFilters", "queueView", "addButton", "removeButton", "addAllButton",
                             "removeAllButton", "pendingView", "passButton", "rejectButton", "returnButton"})
        if (auto *w = findChild<QWidget *>(QString::fromLatin1(name)))
            order.append(w);
    order.append(m_details);
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    updateCounts();
    reload();
}

ReviewPane::~ReviewPane()
{
    // The database work holds no pointer to this pane; wait so the database outlives it.
    waitForDatabaseWork(m_loader.future());
    waitForDatabaseWork(m_evidenceLoader.future());
    waitForDatabaseWork(m_lastSave);
    // The viewer and the uploader hold the source: they go first.
    delete m_evidence;
    m_evidence = nullptr;
    m_uploader.reset();
}

void ReviewPane::setPrompts(std::unique_ptr<ReviewPrompts> prompts)
{
    m_prompts = prompts ? std::move(prompts) : std::make_unique<ReviewPrompts>();
}

bool ReviewPane::isLoading() const
{
    return m_loader.isRunning();
}

void ReviewPane::reload()
{
    if (m_loader.isRunning()) {
        m_reloadAgain = true;
        return;
    }
    m_busy->show();
    m_reload->setEnabled(false);
    m_queueView->setEnabled(false);
    m_pendingView->setEnabled(false);
    Database *database = m_session.database;
    const User user = m_session.user;
    const Workflow *workflow = m_session.workflow;
    m_loader.setFuture(QtConcurrent::run(databasePool(), [database, user, workflow](QPromise<QueueLoad> &promise) {
        loadQueueFor(promise, database, user, *workflow);
    }));
}

void ReviewPane::onLoadPart(int index)
{
    if (m_reloadAgain)
        return; // a newer load follows when this one has finished
    QueueLoad load = m_loader.resultAt(index);
    if (m_connection->afterRead({load.error, load.connectionLost}))
        return;
    if (!load.error.isEmpty()) {
        setNote(tr("The queue could not be loaded: %1").arg(load.error));
        return;
    }
    m_filterBar->setChoices(load.choices);
    if (index > 0) {
        // The rest of the queue, behind the rows already shown; sorting and filter still apply.
        m_queueModel->keepAlive(load.store);
        m_pendingModel->keepAlive(load.store); // rows moved there point into this store too
        m_queueModel->appendRows(load.queue);
        updateCounts();
        return;
    }
    // The first rows: readable at once, while the rest is still being read (moves wait for it).
    m_queueView->setEnabled(true);
    m_pendingView->setEnabled(true);
    m_queueModel->setFilter(m_filterBar->filter());
    m_queueModel->setRows(load.store, std::move(load.queue));
    m_pendingModel->setRows(load.store, std::move(load.pending));
    showWindowState(load.batches);
    if (load.droppedFromPending > 0)
        setNote(tr("%1 rows were dropped from the pending batch because they are no longer waiting in this queue.")
                    .arg(load.droppedFromPending));
    else
        setNote({});
    updateCounts();
    ++m_shownCount;
    emit pendingChanged(m_pendingModel->totalCount());
    emit firstRowsShown();
}

void ReviewPane::onLoaded()
{
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
        return;
    }
    m_busy->hide();
    m_reload->setEnabled(true);
    // Out of reach: the lists stay frozen under the banner until a load gets through.
    m_queueView->setEnabled(!m_connection->isLost());
    m_pendingView->setEnabled(!m_connection->isLost());
    ++m_loadCount;
    emit queueLoaded();
}

ConnectionBanner *ReviewPane::connectionBanner() const
{
    return m_connection->banner();
}

void ReviewPane::showConnectionLost(const QString &detail)
{
    // The lists keep what was last read, greyed out: the pending batch is still stored on the
    // server as it was, and moves are refused until the queue is read again.
    m_connection->showLost(detail);
}

void ReviewPane::showWindowState(const QList<ExamBatch> &batches)
{
    const std::optional<Stage> stage = m_session.workflow->reviewStage(m_session.user.role);
    m_windowState->setText(stage ? stageWindowsHtml(batches, *stage, m_session.clockRef().now()) : QString());
}

QString ReviewPane::windowStateText() const
{
    return m_windowState->text();
}

void ReviewPane::onFilterChanged()
{
    m_queueModel->setFilter(m_filterBar->filter());
    updateCounts();
}

void ReviewPane::applyFilter(const QueueFilter &filter)
{
    m_filterBar->setFilter(filter); // emits filterChanged(): the model follows
}

void ReviewPane::updateCounts()
{
    const int shown = m_queueModel->visibleCount();
    m_filterBar->setCounts(shown, m_queueModel->totalCount());
    m_exportShown->setText(tr("Export shown rows (%1)…").arg(shown));
    m_exportShown->setToolTip(tr("Write the %n row(s) shown in the queue, in the order shown, to an Excel file",
                                 nullptr, shown));
    m_exportShown->setEnabled(shown > 0);
    m_pendingCount->setText(tr("Pending: %1").arg(m_pendingModel->totalCount()));
    for (QPushButton *b : std::as_const(m_actionButtons))
        b->setEnabled(m_pendingModel->totalCount() > 0);
}

void ReviewPane::setNote(const QString &text)
{
    m_lastNote = text;
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QList<int> ReviewPane::selectedRows(const QTableView *view)
{
    // Ranges, not selectedRows(): selecting 100,000 rows must not build 100,000 indexes per column.
    QList<int> rows;
    const QItemSelection selection = view->selectionModel()->selection();
    for (const QItemSelectionRange &r : selection)
        for (int i = r.top(); i <= r.bottom(); ++i)
            rows.append(i);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void ReviewPane::addSelectedToPending()
{
    const QList<int> rows = selectedRows(m_queueView);
    if (rows.isEmpty())
        return;
    const int first = rows.first();
    moveToPending(m_queueModel->idsOfVisibleRows(rows));
    if (m_queueModel->rowCount() > 0)
        m_queueView->setCurrentIndex(m_queueModel->index(std::min(first, m_queueModel->rowCount() - 1), 0));
}

void ReviewPane::addAllShown()
{
    moveToPending(m_queueModel->idsOfAllVisible());
}

void ReviewPane::removeSelectedFromPending()
{
    const QList<int> rows = selectedRows(m_pendingView);
    if (rows.isEmpty())
        return;
    const int first = rows.first();
    moveToQueue(m_pendingModel->idsOfVisibleRows(rows));
    if (m_pendingModel->rowCount() > 0)
        m_pendingView->setCurrentIndex(m_pendingModel->index(std::min(first, m_pendingModel->rowCount() - 1), 0));
}

void ReviewPane::removeAllFromPending()
{
    moveToQueue(m_pendingModel->idsOfAllVisible());
}

void ReviewPane::moveToPending(const QSet<qint64> &ids)
{
    // A load replaces both lists with what the database held when it started: no moves meanwhile,
    // nor while the server is out of reach (they could not be saved).
    if (ids.isEmpty() || isLoading() || m_connection->isLost())
        return;
    const QVector<const QueueRow *> rows = m_queueModel->takeIds(ids);
    QList<BatchRow> batch;
    batch.reserve(rows.size());
    for (const QueueRow *r : rows)
        batch.append({r->registrationId, r->version});
    m_pendingModel->appendRows(rows);
    persist([batch](PendingStore &store) { store.add(batch); });
    updateCounts();
    emit pendingChanged(m_pendingModel->totalCount());
}

void ReviewPane::moveToQueue(const QSet<qint64> &ids)
{
    if (ids.isEmpty() || isLoading() || m_connection->isLost())
        return;
    m_queueModel->appendRows(m_pendingModel->takeIds(ids));
    const QList<qint64> list(ids.begin(), ids.end());
    persist([list](PendingStore &store) { store.remove(list); });
    updateCounts();
    emit pendingChanged(m_pendingModel->totalCount());
}

void ReviewPane::persist(std::function<void(PendingStore &)> change)
{
    // On the database thread, in order: 100,000 inserts would freeze the window for a second.
    // Loads, checks and applies run on the same thread, so they always see the saved batch.
    Database *database = m_session.database;
    const qint64 userId = m_session.user.id;
    m_lastSave = QtConcurrent::run(databasePool(), [database, userId, change = std::move(change)] {
        try {
            // Adding or removing the same rows twice leaves the same batch: safe to repeat.
            database->retryIfConnectionLost([&] {
                PendingStore store(database->connection(), userId);
                change(store);
            });
        } catch (const DbError &e) {
            return SaveResult{e.message(), e.connectionLost()};
        }
        return SaveResult{};
    });
    m_lastSave.then(this, [this](const SaveResult &saved) {
        if (saved.error.isEmpty())
            return;
        setNote(tr("The pending batch could not be saved: %1").arg(saved.error));
        if (saved.connectionLost)
            showConnectionLost(saved.error);
    });
}

void ReviewPane::waitForSaved()
{
    waitForDatabaseWork(m_lastSave);
}

void ReviewPane::decide(Action action)
{
    if (isLoading())
        return;
    QList<BatchRow> rows;
    for (int i = 0; i < m_pendingModel->visibleCount(); ++i)
        rows.append({m_pendingModel->visibleRow(i).registrationId, m_pendingModel->visibleRow(i).version});
    BatchDecision decision(m_session, *m_prompts, this);
    bool droppedProblemRows = false;
    const DecisionOutcome outcome = decision.run(action, rows, [this, &droppedProblemRows](const QSet<qint64> &ids) {
        droppedProblemRows = true;
        moveToQueue(ids);
    });
    if (outcome.connectionLost)
        showConnectionLost(outcome.connectionError);
    if (!outcome.applied) {
        // Rows sent back as changed still hold what was loaded; fetch what they are now.
        if (droppedProblemRows)
            reload();
        return;
    }
    persist([](PendingStore &store) { store.clear(); });
    m_pendingModel->clear();
    m_details->clearDetails();
    requestEvidence(0, {});
    updateCounts();
    emit pendingChanged(0);
    reload();
}

void ReviewPane::showDetailsOf(QTableView *view, const QModelIndex &current)
{
    if (!current.isValid()) {
        m_details->clearDetails();
        requestEvidence(0, {});
        updateUploadButton();
        return;
    }
    const qint64 id = view->model()->data(current, QueueTableModel::RegistrationIdRole).toLongLong();
    // The next rows' files are fetched ahead, so moving down with the arrow keys finds them ready.
    QList<qint64> ahead;
    for (int r = current.row() + 1; r < view->model()->rowCount() && ahead.size() < 3; ++r)
        ahead.append(view->model()->index(r, 0).data(QueueTableModel::RegistrationIdRole).toLongLong());
    requestEvidence(id, ahead);
    updateUploadButton();
    try {
        const Database *database = m_session.database;
        m_details->showDetails(database->retryIfConnectionLost([&] {
            return QueueRepository(database->connection(), m_session.user, *m_session.workflow).loadDetails(id);
        }));
    } catch (const DbError &e) {
        m_details->clearDetails();
        if (e.connectionLost())
            showConnectionLost(e.message());
        else
            setNote(tr("The details could not be loaded: %1").arg(e.message()));
    }
}

void ReviewPane::requestEvidence(qint64 registrationId, const QList<qint64> &ahead)
{
    m_wantedEvidence = registrationId;
    m_wantedAhead = ahead;
    if (registrationId == 0) {
        m_evidence->clear();
        return;
    }
    // One load at a time on the database thread; rows passed over meanwhile are skipped.
    if (!m_evidenceLoader.isRunning())
        startEvidenceLoad();
}

void ReviewPane::startEvidenceLoad()
{
    Database *database = m_session.database;
    const qint64 id = m_wantedEvidence;
    const QList<qint64> ahead = m_wantedAhead;
    m_evidenceLoader.setFuture(QtConcurrent::run(databasePool(), [database, id, ahead] {
        EvidenceLoad out;
        out.requested = id;
        try {
            database->retryIfConnectionLost([&] {
                EvidenceRepository repo(database->connection());
                out.current = repo.registration(id);
                if (!ahead.isEmpty())
                    out.ahead = repo.filesOf(ahead);
            });
        } catch (const DbError &e) {
            out.error = e.message();
        }
        return out;
    }));
}

void ReviewPane::onEvidenceLoaded()
{
    const EvidenceLoad load = m_evidenceLoader.result();
    if (m_wantedEvidence == 0)
        return; // cleared meanwhile
    if (load.requested != m_wantedEvidence) {
        startEvidenceLoad(); // the reviewer moved on
        return;
    }
    ++m_evidenceLoadCount;
    if (!load.error.isEmpty()) {
        m_evidence->clear();
        setNote(tr("The evidence could not be loaded: %1").arg(load.error));
        return;
    }
    if (load.current.registrationId == 0) {
        m_evidence->clear();
        return;
    }
    m_currentMissingKinds = load.current.missingKinds;
    if (m_evidence->registrationId() != load.current.registrationId)
        m_evidence->showRegistration(load.current);
    m_evidence->prefetch(load.ahead);
}

int ReviewPane::exportShownRows(QString path)
{
    const int shown = m_queueModel->visibleCount();
    if (shown == 0)
        return 0;
    if (path.isEmpty()) {
        QSettings settings;
        const QString dir = settings.value(QStringLiteral("ui/lastExportDir"),
                                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                .toString();
        const QString suggested = dir + QLatin1Char('/') + tr("queue-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate));
        path = QFileDialog::getSaveFileName(this, tr("Export shown rows"), suggested, tr("Excel workbook (*.xlsx)"));
        if (path.isEmpty())
            return -1;
        if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            path += QLatin1String(".xlsx");
        settings.setValue(QStringLiteral("ui/lastExportDir"), QFileInfo(path).absolutePath());
    }
    // A snapshot of what is shown, in the order shown; the file is written off the GUI thread.
    QVector<QueueRow> rows;
    rows.reserve(shown);
    for (int i = 0; i < shown; ++i)
        rows.append(m_queueModel->visibleRow(i));
    QVector<int> order(shown);
    for (int i = 0; i < shown; ++i)
        order[i] = i;
    const ExportResult result = runCancellable<ExportResult>(
        this, tr("Exporting %n row(s)…", nullptr, shown),
        [path, rows = std::move(rows), order = std::move(order)](const std::function<bool(int, int)> &progress) {
            return exportQueueRows(path, rows, order, progress);
        });
    if (result.cancelled)
        return -1;
    if (!result.ok) {
        m_prompts->warn(this, tr("Export shown rows"), tr("The rows could not be exported: %1").arg(result.error));
        return -1;
    }
    m_prompts->inform(this, tr("Export shown rows"),
                      tr("%n row(s) written to %1.", nullptr, result.rowsWritten).arg(QDir::toNativeSeparators(path)));
    return result.rowsWritten;
}

bool ReviewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool del = key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace;
        if (watched == m_queueView && enter && key->modifiers() == Qt::NoModifier) {
            addSelectedToPending();
            return true;
        }
        if (watched == m_pendingView && (del || enter) && key->modifiers() == Qt::NoModifier) {
            removeSelectedFromPending();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gme
