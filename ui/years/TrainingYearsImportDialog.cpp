#include "TrainingYearsImportDialog.h"

#include "common/CancellableRun.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "export/RosterSheets.h"
#include "import/RosterColumns.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gme {
namespace {

struct PlanResult
{
    TrainingYearsPlan plan;
    QString error;
};

} // namespace

TrainingYearsImportDialog::TrainingYearsImportDialog(const Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Import training years"));
    setObjectName(QStringLiteral("trainingYearsImportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A training-years sheet (培训年限表): ID number, training years (1, 2 or 3), start date "
                                "and, if present, end date and name. The end must be the start plus the years. "
                                "Fewer years than the standard need an approved reduction."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("yearsFile"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    fileRow->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("Choose file…"), this);
    connect(browse, &QPushButton::clicked, this, &TrainingYearsImportDialog::browse);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    m_summary = new QLabel(tr("Choose a .xlsx, .xls or .csv file."), this);
    m_summary->setObjectName(QStringLiteral("yearsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_issues = new QTableWidget(0, 3, this);
    m_issues->setObjectName(QStringLiteral("yearsIssues"));
    m_issues->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_issues, 1);

    m_validOnly = new QCheckBox(tr("Import the valid rows even if other rows have problems"), this);
    m_validOnly->setObjectName(QStringLiteral("yearsValidOnly"));
    layout->addWidget(m_validOnly);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_report = buttons->addButton(tr("Save problem report…"), QDialogButtonBox::ActionRole);
    m_report->setEnabled(false);
    connect(m_report, &QPushButton::clicked, this, [this] { saveReport(); });
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::ApplyRole);
    m_import->setObjectName(QStringLiteral("yearsImport"));
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, [this] { commit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_validOnly, &QCheckBox::toggled, this, [this] {
        if (m_planned)
            showPlan();
    });
    layout->addWidget(buttons);
    resize(760, 500);
}

QString TrainingYearsImportDialog::statusText() const
{
    return m_summary->text();
}

void TrainingYearsImportDialog::setValidOnly(bool on)
{
    m_validOnly->setChecked(on);
}

void TrainingYearsImportDialog::browse()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("ui/lastImportDir"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import training years"), dir,
                                                      tr("Spreadsheets (*.xlsx *.csv *.xls)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("ui/lastImportDir"), QFileInfo(path).absolutePath());
    loadFile(path);
}

bool TrainingYearsImportDialog::loadFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_planned = false;
    const Session session = m_session;
    const QString fileName = QFileInfo(path).fileName();
    const PlanResult result = runCancellable<PlanResult>(
        this, tr("Reading %1…").arg(fileName), [session, path, fileName](const std::function<bool(int, int)> &progress) {
            PlanResult out;
            const SheetReadResult read = readRosterFile(path);
            if (!read.ok) {
                out.error = read.error;
                return out;
            }
            const auto mapping = detectRosterHeader(read.table);
            if (!mapping) {
                out.error = TrainingYearsImportDialog::tr("no header row with an ID number column was found.");
                return out;
            }
            try {
                out.plan = TrainingYearsImporter(session.database->connection(), session.user)
                               .plan(read.table, *mapping, fileName, progress);
            } catch (const DbError &e) {
                out.error = e.message();
            }
            return out;
        });
    if (!result.error.isEmpty() || result.plan.cancelled) {
        m_plan = {};
        m_issues->setRowCount(0);
        m_summary->setText(result.plan.cancelled ? tr("Reading was cancelled.")
                                                 : tr("The file could not be read: %1").arg(result.error));
        m_import->setEnabled(false);
        m_report->setEnabled(false);
        return false;
    }
    m_plan = result.plan;
    m_planned = true;
    showPlan();
    return true;
}

void TrainingYearsImportDialog::showPlan()
{
    const int valid = int(m_plan.valid.size());
    const int bad = int(m_plan.rejectedRows.size());
    QString text = tr("%1: %n row(s) read.", nullptr, m_plan.rowsRead).arg(m_plan.fileName) + QLatin1Char(' ')
                   + tr("%n row(s) can be imported.", nullptr, valid);
    if (!m_plan.issues.isEmpty())
        text += QLatin1Char(' ') + tr("%n row(s) have problems (listed below).", nullptr, qMax(bad, 1));
    const bool allowed = valid > 0 && (bad == 0 || m_validOnly->isChecked());
    if (valid > 0 && bad > 0 && !m_validOnly->isChecked())
        text += QLatin1Char(' ') + tr("Fix them, or tick the box below to import the valid rows only.");
    m_summary->setText(text);
    m_issues->setRowCount(int(m_plan.issues.size()));
    for (int i = 0; i < m_plan.issues.size(); ++i) {
        const ImportIssue &issue = m_plan.issues.at(i);
        m_issues->setItem(i, 0, new QTableWidgetItem(QString::number(issue.row)));
        m_issues->setItem(i, 1, new QTableWidgetItem(issue.column));
        m_issues->setItem(i, 2, new QTableWidgetItem(issue.message));
    }
    m_issues->resizeColumnToContents(0);
    m_issues->resizeColumnToContents(1);
    m_import->setEnabled(allowed);
    m_report->setEnabled(!m_plan.issues.isEmpty());
}

bool TrainingYearsImportDialog::commit()
{
    if (!m_planned || m_plan.valid.isEmpty())
        return false;
    m_import->setEnabled(false);
    const Session session = m_session;
    const TrainingYearsPlan plan = m_plan;
    const auto mode = m_validOnly->isChecked() ? RosterImporter::Mode::ValidRowsOnly : RosterImporter::Mode::AllOrNothing;
    const ImportOutcome outcome = runCancellable<ImportOutcome>(
        this, tr("Importing training years…"), [session, plan, mode](const std::function<bool(int, int)> &progress) {
            ImportOutcome out;
            try {
                out = TrainingYearsImporter(session.database->connection(), session.user).commit(plan, mode, progress);
            } catch (const DbError &e) {
                out.error = e.message();
            }
            return out;
        });
    if (!outcome.ok) {
        m_summary->setText(outcome.cancelled ? tr("The import was cancelled; nothing was written.")
                                             : tr("Nothing was imported: %1").arg(outcome.error));
        m_import->setEnabled(true);
        return false;
    }
    m_planned = false;
    m_summary->setText(tr("%1 updated, %2 unchanged.").arg(outcome.updated).arg(outcome.unchanged));
    emit imported(outcome.updated);
    return true;
}

bool TrainingYearsImportDialog::saveReport(QString path)
{
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Save problem report"),
                                            QFileInfo(m_plan.fileName).completeBaseName() + tr("_problems.xlsx"),
                                            tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return false;
    const ExportResult r = exportImportReport(m_plan.asReport(), path);
    if (!r.ok)
        m_summary->setText(tr("The report could not be written: %1").arg(r.error));
    return r.ok;
}

} // namespace gme
