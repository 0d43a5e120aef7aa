#include "RosterExportDialog.h"

#include "common/Busy.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "export/RosterSheets.h"
#include "common/CancellableRun.h"
#include "review/ExamBatches.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace gme {

RosterExportDialog::RosterExportDialog(const Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Export roster"));
    m_sheet = new QComboBox(this);
    if (session.user.role == Role::Provincial)
        m_sheet->addItem(tr("National submission roster (final-passed)"), int(RosterSheet::NationalRoster));
    m_sheet->addItem(tr("Registration summary (报名汇总表)"), int(RosterSheet::BaseSummary));
    m_sheet->addItem(tr("Returned and rejected, with reasons"), int(RosterSheet::ReturnedList));
    m_sheet->addItem(tr("All registrants (25 columns)"), int(RosterSheet::AllRegistrants));
    m_batch = new QComboBox(this);
    const QList<ExamBatch> batches = runWithBusyDialog(this, tr("Loading exam batches…"), [this] {
        try {
            return loadExamBatches(m_session.database->connection());
        } catch (const DbError &) {
            return QList<ExamBatch>();
        }
    });
    for (const ExamBatch &b : batches)
        m_batch->addItem(b.name, b.id);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setEnabled(m_batch->count() > 0);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(tr("Exam &batch:"), m_batch);
    form->addRow(m_status);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &RosterExportDialog::exportNow);
}

void RosterExportDialog::exportNow()
{
    QSettings settings;
    const QString suggested = settings.value(QStringLiteral("export/lastFolder")).toString() + QLatin1Char('/')
                              + m_batch->currentText() + QLatin1Char('-') + m_sheet->currentText().section(QLatin1Char(' '), 0, 0)
                              + QStringLiteral(".xlsx");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export roster"), suggested, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/lastFolder"), QFileInfo(path).absolutePath());
    const auto sheet = RosterSheet(m_sheet->currentData().toInt());
    const qint64 batch = m_batch->currentData().toLongLong();
    const Session s = m_session;
    const ExportResult r = runCancellable<ExportResult>(this, tr("Exporting…"),
        [s, sheet, batch, path](const std::function<bool(int, int)> &progress) {
            try {
                return exportRosterSheet(s.database->connection(), s.user, sheet, batch, path, progress);
            } catch (const DbError &e) {
                ExportResult failed;
                failed.error = e.message();
                return failed;
            }
        });
    if (r.cancelled)
        m_status->setText(tr("Export cancelled; no file was written."));
    else if (!r.ok)
        m_status->setText(r.error);
    else
        m_status->setText(tr("%1 rows written to %2.").arg(r.rowsWritten).arg(path));
}

} // namespace gme
