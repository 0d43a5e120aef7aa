#include "BatchesPage.h"

#include "ExtendWindowDialog.h"
#include "Clock.h"
#include "common/Busy.h"
#include "common/ConnectionGuard.h"
#include "common/Format.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "review/ReviewEngine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gme {
namespace {
constexpr Stage kStages[] = {Stage::Registration, Stage::BaseReview, Stage::CityReview, Stage::FinalReview};
}

BatchesPage::BatchesPage(const Session &session, bool readOnly, QWidget *parent)
    : QWidget(parent), m_session(session), m_readOnly(readOnly)
{
    setObjectName(QStringLiteral("batchesPage"));
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_connection = new ConnectionGuard(this, m_session.database, [this] { reload(); },
                                       ConnectionGuard::Retry::ProbeThenReload);
    layout->addWidget(m_connection->banner());

    QStringList headers = {tr("Exam batch"), tr("Year"), tr("Track"), tr("Status"), tr("Open now")};
    for (Stage s : kStages)
        headers << stageName(s);
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setObjectName(QStringLiteral("batchesTable"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    auto *refresh = new QPushButton(tr("Reload"), this);
    bar->addWidget(refresh);
    m_extend = new QPushButton(tr("Extend window…"), this);
    m_extend->setObjectName(QStringLiteral("extendButton"));
    m_extend->setVisible(!readOnly);
    m_connection->protect(m_extend);
    bar->addWidget(m_extend);
    layout->addLayout(bar);

    connect(refresh, &QPushButton::clicked, this, &BatchesPage::reload);
    connect(m_extend, &QPushButton::clicked, this, &BatchesPage::extendSelected);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] {
        if (!m_readOnly)
            extendSelected();
    });
}

void BatchesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void BatchesPage::reload()
{
    Database *database = m_session.database;
    struct Read
    {
        QList<ExamBatch> batches;
        ReadError error;
    };
    const Read read = runWithBusyDialog(this, tr("Loading…"), [database] {
        Read r;
        r.error = readCatchingErrors(*database, [&] { r.batches = loadExamBatches(database->connection()); });
        return r;
    });
    if (m_connection->afterRead(read.error))
        return; // the batches last read stay under the banner
    if (read.error.failed()) {
        m_message->setText(tr("The exam batches could not be loaded: %1").arg(read.error.message));
        m_message->show();
        return;
    }
    m_batches = read.batches;
    const QDateTime now = m_session.clockRef().now();
    const int keep = m_table->currentRow();
    m_table->setRowCount(int(m_batches.size()));
    for (int i = 0; i < m_batches.size(); ++i) {
        const ExamBatch &b = m_batches.at(i);
        QStringList cells = {b.name, QString::number(b.year), trackName(b.track),
                             b.open ? tr("Open") : tr("Closed")};
        QStringList openNow, windows;
        // Within the batch's own year the year is left out, so four windows fit on a screen.
        auto when = [&b](const QDateTime &t) {
            return t.date().year() == b.year ? t.toString(QStringLiteral("MM-dd HH:mm")) : formatDateTime(t);
        };
        for (Stage s : kStages) {
            QString text;
            for (const StageWindow &w : b.windows) {
                if (w.stage != s)
                    continue;
                text = tr("%1 – %2").arg(when(w.opensAt), when(w.closesAt));
                if (b.open && w.isOpenAt(now))
                    openNow << stageName(s);
            }
            windows << text;
        }
        cells << (openNow.isEmpty() ? tr("No window open") : openNow.join(tr(", "))) << windows;
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(i, int(c), item);
        }
    }
    m_table->resizeColumnsToContents();
    if (keep >= 0 && keep < m_table->rowCount())
        m_table->selectRow(keep);
    else if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_extend->setEnabled(!m_batches.isEmpty());
}

ConnectionBanner *BatchesPage::connectionBanner() const
{
    return m_connection->banner();
}

void BatchesPage::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void BatchesPage::extendSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_batches.size())
        return;
    ExtendWindowDialog dialog(m_batches.at(row), this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        try {
            ReviewEngine engine(m_session.database->connection(), m_session.user, *m_session.workflow,
                                m_session.clockRef());
            error = engine.extendWindow(m_batches.at(row).id, dialog.stage(), dialog.closesAt());
        } catch (const DbError &e) {
            error = e.message();
        }
        if (error.isEmpty())
            break;
        dialog.setError(error);
    }
    reload();
}

} // namespace gme
