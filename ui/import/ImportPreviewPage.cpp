#include "ImportPreviewPage.h"

#include "common/CancellableRun.h"
#include "ImportState.h"
#include "common/Busy.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "export/RosterSheets.h"
#include "review/ExamBatches.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gme {
namespace {
constexpr int kShownIssues = 5000; // the report file carries all of them
}

ImportPreviewPage::ImportPreviewPage(ImportState *state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Check before importing"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_issues = new QTableWidget(0, 3, this);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_saveReport = new QPushButton(tr("Save problem &report…"), this);
    m_batch = new QComboBox(this);
    m_batch->setObjectName(QStringLiteral("importBatch"));
    auto *validOnly = new QRadioButton(tr("Import the valid rows, skip the rows with problems"), this);
    validOnly->setObjectName(QStringLiteral("importValidOnly"));
    auto *allOrNothing = new QRadioButton(tr("Import nothing unless every row is valid"), this);
    m_mode = new QButtonGroup(this);
    m_mode->addButton(validOnly, int(RosterImporter::Mode::ValidRowsOnly));
    m_mode->addButton(allOrNothing, int(RosterImporter::Mode::AllOrNothing));
    allOrNothing->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Register for &exam batch:"), m_batch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_saveReport, 0, Qt::AlignLeft);
    layout->addLayout(form);
    layout->addWidget(validOnly);
    layout->addWidget(allOrNothing);
    connect(m_saveReport, &QPushButton::clicked, this, &ImportPreviewPage::saveReport);
}

void ImportPreviewPage::initializePage()
{
    ImportState *s = m_state;
    const QString fileName = QFileInfo(s->path).fileName();
    s->plan = runCancellable<ImportPlan>(this, tr("Checking %1…").arg(fileName),
                                         [s, fileName](const std::function<bool(int, int)> &progress) {
        try {
            RosterImporter importer(s->session.database->connection(), s->session.user);
            return importer.plan(s->table, s->mapping, fileName, progress);
        } catch (const DbError &e) {
            ImportPlan failed;
            failed.issues.append({0, QString(), e.message()});
            return failed;
        }
    });
    m_planned = !s->plan.cancelled;
    const ImportPlan &p = s->plan;
    if (p.cancelled)
        m_summary->setText(tr("Checking was cancelled. Go back and try again."));
    else
        m_summary->setText(tr("%1 rows read: %2 valid, %3 with problems.")
                               .arg(p.rowsRead).arg(p.valid.size()).arg(p.rejectedRows.size()));
    const int shown = int(qMin<qsizetype>(p.issues.size(), kShownIssues));
    m_issues->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const ImportIssue &issue = p.issues[i];
        m_issues->setItem(i, 0, new QTableWidgetItem(QString::number(issue.row)));
        m_issues->setItem(i, 1, new QTableWidgetItem(issue.column));
        m_issues->setItem(i, 2, new QTableWidgetItem(issue.message));
    }
    m_saveReport->setEnabled(!p.issues.isEmpty());

    m_batch->clear();
    m_batch->addItem(tr("Do not register (trainee records only)"), QVariant());
    const QList<ExamBatch> batches = runWithBusyDialog(this, tr("Loading exam batches…"), [s] {
        try {
            return loadExamBatches(s->session.database->connection());
        } catch (const DbError &) {
            return QList<ExamBatch>();
        }
    });
    for (const ExamBatch &b : batches)
        if (b.open)
            m_batch->addItem(b.name, b.id);
    m_batch->setCurrentIndex(m_batch->count() > 1 ? 1 : 0);
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const { return m_planned && !m_state->plan.valid.isEmpty(); }

void ImportPreviewPage::saveReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save problem report"),
                                                      QFileInfo(m_state->path).completeBaseName() + tr("-problems.xlsx"),
                                                      tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const ExportResult r = exportImportReport(m_state->plan, path);
    if (!r.ok)
        QMessageBox::warning(this, tr("Problem report"), r.error);
}

bool ImportPreviewPage::validatePage()
{
    ImportState *s = m_state;
    const auto mode = RosterImporter::Mode(m_mode->checkedId());
    const std::optional<qint64> batch = m_batch->currentData().isValid()
                                            ? std::optional<qint64>(m_batch->currentData().toLongLong())
                                            : std::nullopt;
    const ImportOutcome out = runWithBusyDialog(this, tr("Importing…"), [s, mode, batch] {
        try {
            return RosterImporter(s->session.database->connection(), s->session.user).commit(s->plan, mode, batch);
        } catch (const DbError &e) {
            ImportOutcome failed;
            failed.error = e.message();
            return failed;
        }
    });
    if (!out.ok) {
        QMessageBox::warning(this, tr("Import"), out.error);
        return false;
    }
    QMessageBox::information(this, tr("Import"),
                             tr("%1 new trainees, %2 updated, %3 unchanged; %4 new registrations.")
                                 .arg(out.inserted).arg(out.updated).arg(out.unchanged).arg(out.registrationsCreated));
    return true;
}

} // namespace gme
