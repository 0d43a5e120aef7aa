#include "DecisionImportDialog.h"

#include "common/CancellableRun.h"
#include "db/Database.h"
#include "db/DbError.h"

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
    DecisionImportPlan plan;
    QString error;
};

} // namespace

DecisionImportDialog::DecisionImportDialog(const Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Import decisions"));
    setObjectName(QStringLiteral("decisionImportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A sheet with one decision per row: ID number, outcome (通过 / 不通过 / 退回) and "
                                "a reason where the outcome needs one. The decisions go through the same checks "
                                "as a batch in the review pane; when any check fails, nothing is applied."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("decisionFile"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    fileRow->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("Choose file…"), this);
    browse->setObjectName(QStringLiteral("chooseDecisionFile"));
    connect(browse, &QPushButton::clicked, this, &DecisionImportDialog::browse);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("decisionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_issues = new QTableWidget(0, 3, this);
    m_issues->setObjectName(QStringLiteral("decisionIssues"));
    m_issues->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_issues, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("Apply decisions"), QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(QStringLiteral("applyDecisions"));
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, [this] { applyPlan(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_summary->setText(tr("Choose a .xlsx or .csv file."));
    resize(720, 480);
}

QString DecisionImportDialog::statusText() const
{
    return m_summary->text();
}

void DecisionImportDialog::browse()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("ui/lastImportDir"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import decisions"), dir,
                                                      tr("Spreadsheets (*.xlsx *.csv *.xls)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("ui/lastImportDir"), QFileInfo(path).absolutePath());
    loadFile(path);
}

bool DecisionImportDialog::loadFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_planned = false;
    m_applied = 0;
    const Session session = m_session;
    const QString fileName = QFileInfo(path).fileName();
    const PlanResult result = runCancellable<PlanResult>(
        this, tr("Reading %1…").arg(fileName), [session, path, fileName](const std::function<bool(int, int)> &) {
            PlanResult out;
            const SheetReadResult read = readRosterFile(path);
            if (!read.ok) {
                out.error = read.error;
                return out;
            }
            try {
                DecisionImporter importer(session.database->connection(), session.user, *session.workflow,
                                          session.clockRef());
                out.plan = importer.plan(read.table, fileName);
            } catch (const DbError &e) {
                out.error = e.message();
            }
            return out;
        });
    if (!result.error.isEmpty()) {
        m_plan = {};
        m_issues->setRowCount(0);
        m_summary->setText(tr("The file could not be read: %1").arg(result.error));
        m_apply->setEnabled(false);
        return false;
    }
    m_plan = result.plan;
    m_planned = true;
    showPlan();
    return true;
}

void DecisionImportDialog::showPlan()
{
    int pass = 0, reject = 0, ret = 0;
    for (const BatchRequest &b : std::as_const(m_plan.batches)) {
        const int n = int(b.rows.size());
        if (b.action == Action::Pass)
            pass += n;
        else if (b.action == Action::Reject)
            reject += n;
        else
            ret += n;
    }
    const int total = pass + reject + ret;
    QString text = tr("%1: %n row(s) read.", nullptr, m_plan.rowsRead).arg(m_plan.fileName) + QLatin1Char(' ')
                   + tr("Pass %1, reject %2, return for revision %3.").arg(pass).arg(reject).arg(ret);
    if (!m_plan.issues.isEmpty())
        text += QLatin1Char(' ') + tr("%n row(s) with problems are listed below and will not be applied.", nullptr,
                                      int(m_plan.issues.size()));
    if (total == 0)
        text += QLatin1Char(' ') + tr("There is nothing to apply.");
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
    m_apply->setEnabled(total > 0);
}

bool DecisionImportDialog::applyPlan()
{
    if (!m_planned || m_plan.batches.isEmpty())
        return false;
    m_apply->setEnabled(false);
    const Session session = m_session;
    const DecisionImportPlan plan = m_plan;
    const DecisionImportOutcome outcome = runCancellable<DecisionImportOutcome>(
        this, tr("Applying decisions…"), [session, plan](const std::function<bool(int, int)> &) {
            DecisionImportOutcome out;
            try {
                DecisionImporter importer(session.database->connection(), session.user, *session.workflow,
                                          session.clockRef());
                out = importer.apply(plan);
            } catch (const DbError &e) {
                out.error = e.message();
            }
            return out;
        });
    if (!outcome.ok) {
        m_summary->setText(tr("Nothing was applied: %1").arg(outcome.error));
        m_apply->setEnabled(true);
        return false;
    }
    m_applied = outcome.applied;
    m_planned = false;
    m_summary->setText(tr("%n decision(s) applied.", nullptr, outcome.applied));
    emit applied(outcome.applied);
    return true;
}

} // namespace gme
