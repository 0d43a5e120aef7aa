#include "TrainingYearsPage.h"

#include "ReductionRequestDialog.h"
#include "TrainingYearsImportDialog.h"
#include "TrainingYearsModel.h"
#include "common/CancellableRun.h"
#include "common/ColumnWidths.h"
#include "common/ConnectionGuard.h"
#include "common/DbPool.h"
#include "db/Database.h"
#include "years/TrainingYearsSheet.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace gme {

TrainingYearsPage::TrainingYearsPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("trainingYearsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("yearsFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, ID number, base or specialty"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("yearsCount"));
    bar->addWidget(m_count);
    // Importing and requesting a reduction write: they wait while the server is out of reach.
    m_connection = new ConnectionGuard(this, m_session.database, [this] { reload(); });
    auto *import = new QPushButton(tr("Import sheet…"), this);
    m_connection->protect(import);
    import->setObjectName(QStringLiteral("importYears"));
    connect(import, &QPushButton::clicked, this, &TrainingYearsPage::importSheet);
    bar->addWidget(import);
    auto *exportButton = new QPushButton(tr("Export shown…"), this);
    exportButton->setObjectName(QStringLiteral("exportYears"));
    connect(exportButton, &QPushButton::clicked, this, [this] { exportShownRows(); });
    bar->addWidget(exportButton);
    if (session.user.role == Role::Base) {
        m_request = new QPushButton(tr("Request reduction…"), this);
        m_request->setObjectName(QStringLiteral("requestReduction"));
        m_request->setEnabled(false);
        connect(m_request, &QPushButton::clicked, this, &TrainingYearsPage::requestReduction);
        m_connection->protect(m_request);
        bar->addWidget(m_request);
    }
    auto *refresh = new QPushButton(tr("Reload"), this);
    connect(refresh, &QPushButton::clicked, this, &TrainingYearsPage::reload);
    bar->addWidget(refresh);
    layout->addLayout(bar);
    layout->addWidget(m_connection->banner());

    m_model = new TrainingYearsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(TrainingYearsModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("yearsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    setColumnWidthsFromSamples(m_view, {QStringLiteral(u"广州市"), QStringLiteral(u"广州市第一人民医院"),
                                        QStringLiteral(u"欧阳某某"), QStringLiteral("44010619900101123X"),
                                        QStringLiteral(u"助理全科医生"), QStringLiteral(u"全科医学科"),
                                        tr("%n year(s)", nullptr, 3), QStringLiteral("2023-09-01"),
                                        QStringLiteral("2026-08-31")});
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &TrainingYearsPage::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrainingYearsPage::updateButtons);
    connect(&m_loader, &QFutureWatcher<Result>::finished, this, &TrainingYearsPage::onLoaded);
}

TrainingYearsPage::~TrainingYearsPage()
{
    waitForDatabaseWork(m_loader.future());
}

void TrainingYearsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        reload();
    }
}

void TrainingYearsPage::reload()
{
    if (m_loader.isRunning())
        return;
    m_loadedOnce = true;
    m_count->setText(tr("Loading…"));
    Database *database = m_session.database;
    const User user = m_session.user;
    m_loader.setFuture(QtConcurrent::run(databasePool(), [database, user] {
        Result r;
        r.error = readCatchingErrors(*database, [&] { r.rows = loadTrainingYears(database->connection(), user); });
        return r;
    }));
}

void TrainingYearsPage::onLoaded()
{
    Result r = m_loader.result();
    ++m_loadCount;
    if (m_connection->afterRead(r.error)) {
        updateCount(); // the rows last read stay under the banner
    } else if (r.error.failed()) {
        m_model->setRows({});
        m_count->setText(tr("The training years could not be loaded: %1").arg(r.error.message));
    } else {
        m_model->setRows(std::move(r.rows));
        updateCount();
    }
    updateButtons();
    emit loaded();
}

void TrainingYearsPage::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text.trimmed());
    updateCount();
}

int TrainingYearsPage::visibleCount() const
{
    return m_proxy->rowCount();
}

void TrainingYearsPage::updateCount()
{
    m_count->setText(tr("Showing %1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void TrainingYearsPage::updateButtons()
{
    if (!m_request)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_request->setEnabled(rows.size() == 1);
}

int TrainingYearsPage::exportShownRows(QString path)
{
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export training years"), tr("training_years.xlsx"),
                                            tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return -1;
    QVector<int> order;
    order.reserve(m_proxy->rowCount());
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        order.append(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
    const QVector<TrainingYearsRow> rows = m_model->rows();
    const ExportResult r = runCancellable<ExportResult>(
        this, tr("Exporting %n row(s)…", nullptr, int(order.size())),
        [rows, order, path](const std::function<bool(int, int)> &progress) {
            return exportTrainingYearsRows(rows, order, path, progress);
        });
    if (r.cancelled)
        return -1;
    if (!r.ok) {
        QMessageBox::warning(this, tr("Export training years"), tr("The file could not be written: %1").arg(r.error));
        return -1;
    }
    m_count->setText(tr("%n row(s) exported.", nullptr, r.rowsWritten));
    return r.rowsWritten;
}

void TrainingYearsPage::importSheet()
{
    TrainingYearsImportDialog dialog(m_session, this);
    connect(&dialog, &TrainingYearsImportDialog::imported, this, &TrainingYearsPage::reload);
    dialog.exec();
}

void TrainingYearsPage::requestReduction()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const int source = m_proxy->mapToSource(rows.first()).row();
    ReductionRequestDialog dialog(m_session, m_model->rows().at(source), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit reductionFiled();
    }
}

} // namespace gme
