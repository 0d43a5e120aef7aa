#include "AcceptanceImportDialog.h"

#include "common/CancellableRun.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "export/RosterSheets.h"

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
    recruit::AcceptancePlan plan;
    QString error;
};

} // namespace

AcceptanceImportDialog::AcceptanceImportDialog(const Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Import trainees' answers"));
    setObjectName(QStringLiteral("acceptanceImportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A sheet of the trainees' answers to their admission results: ID number, answer "
                                "(是否接受录取: 接受 or 放弃) and, if present, name and specialty. Answers are recorded "
                                "only for results sent more than 12 hours ago, while the confirmation window is open."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("acceptanceFile"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    fileRow->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("Choose file…"), this);
    connect(browse, &QPushButton::clicked, this, &AcceptanceImportDialog::browse);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    m_summary = new QLabel(tr("Choose a .xlsx, .xls or .csv file."), this);
    m_summary->setObjectName(QStringLiteral("acceptanceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_issues = new QTableWidget(0, 3, this);
    m_issues->setObjectName(QStringLiteral("acceptanceIssues"));
    m_issues->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_issues, 1);

    m_validOnly = new QCheckBox(tr("Record the valid rows even if other rows have problems"), this);
    m_validOnly->setObjectName(QStringLiteral("acceptanceValidOnly"));
    layout->addWidget(m_validOnly);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_report = buttons->addButton(tr("Save problem report…"), QDialogButtonBox::ActionRole);
    m_report->setEnabled(false);
    connect(m_report, &QPushButton::clicked, this, [this] { saveReport(); });
    m_import = buttons->addButton(tr("Record answers"), QDialogButtonBox::ApplyRole);
    m_import->setObjectName(QStringLiteral("acceptanceApply"));
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

QString AcceptanceImportDialog::statusText() const { return m_summary->text(); }

void AcceptanceImportDialog::setValidOnly(bool on) { m_validOnly->setChecked(on); }

void AcceptanceImportDialog::browse()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("ui/lastImportDir"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import trainees' answers"), dir,
                                                      tr("Spreadsheets (*.xlsx *.csv *.xls)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("ui/lastImportDir"), QFileInfo(path).absolutePath());
    loadFile(path);
}

bool AcceptanceImportDialog::loadFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_planned = false;
    const Session session = m_session;
    const Clock *clock = &m_session.clockRef();
    const QString fileName = QFileInfo(path).fileName();
    const PlanResult result = runCancellable<PlanResult>(
        this, tr("Reading %1…").arg(fileName), [session, clock, path, fileName](const std::function<bool(int, int)> &progress) {
            PlanResult out;
            const SheetReadResult read = readRosterFile(path);
            if (!read.ok) {
                out.error = read.error;
                return out;
            }
            const auto mapping = recruit::detectAcceptanceHeader(read.table);
            if (!mapping) {
                out.error = AcceptanceImportDialog::tr("no header row with an ID number column was found.");
                return out;
            }
            try {
                out.plan = recruit::AcceptanceImporter(session.database->connection(), session.user, *clock)
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

void AcceptanceImportDialog::showPlan()
{
    const int valid = int(m_plan.valid.size());
    const int bad = int(m_plan.rejectedRows.size());
    QString text = tr("%1: %n row(s) read.", nullptr, m_plan.rowsRead).arg(m_plan.fileName) + QLatin1Char(' ')
                   + tr("%n answer(s) can be recorded.", nullptr, valid);
    if (m_plan.alreadyAnswered > 0)
        text += QLatin1Char(' ') + tr("%n row(s) are already recorded.", nullptr, m_plan.alreadyAnswered);
    if (!m_plan.issues.isEmpty())
        text += QLatin1Char(' ') + tr("%n row(s) have problems (listed below).", nullptr, qMax(bad, 1));
    if (valid > 0 && bad > 0 && !m_validOnly->isChecked())
        text += QLatin1Char(' ') + tr("Fix them, or tick the box below to record the valid rows only.");
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
    m_import->setEnabled(valid > 0 && (bad == 0 || m_validOnly->isChecked()));
    m_report->setEnabled(!m_plan.issues.isEmpty());
}

bool AcceptanceImportDialog::commit()
{
    if (!m_planned || m_plan.valid.isEmpty())
        return false;
    m_import->setEnabled(false);
    const Session session = m_session;
    const Clock *clock = &m_session.clockRef();
    const recruit::AcceptancePlan plan = m_plan;
    const auto mode = m_validOnly->isChecked() ? RosterImporter::Mode::ValidRowsOnly : RosterImporter::Mode::AllOrNothing;
    const ImportOutcome outcome = runCancellable<ImportOutcome>(
        this, tr("Recording answers…"), [session, clock, plan, mode](const std::function<bool(int, int)> &progress) {
            ImportOutcome out;
            try {
                out = recruit::AcceptanceImporter(session.database->connection(), session.user, *clock)
                          .commit(plan, mode, progress);
            } catch (const DbError &e) {
                out.error = e.message();
            }
            return out;
        });
    if (!outcome.ok) {
        m_summary->setText(outcome.cancelled ? tr("Cancelled; no answer was recorded.")
                                             : tr("No answer was recorded: %1").arg(outcome.error));
        m_import->setEnabled(true);
        return false;
    }
    m_planned = false;
    m_summary->setText(tr("%1 answer(s) recorded, %2 already recorded.").arg(outcome.updated).arg(outcome.unchanged));
    emit imported(outcome.updated);
    return true;
}

bool AcceptanceImportDialog::saveReport(QString path)
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
