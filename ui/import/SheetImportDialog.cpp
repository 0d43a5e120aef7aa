#include "SheetImportDialog.h"

#include "export/RosterSheets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
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

SheetImportDialog::SheetImportDialog(const Session &session, const SheetImportTexts &texts, QWidget *parent)
    : QDialog(parent), m_session(session), m_title(texts.title)
{
    setWindowTitle(texts.title);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(texts.intro, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(texts.objectPrefix + QStringLiteral("File"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    fileRow->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("Choose file…"), this);
    if (!texts.browseObjectName.isEmpty())
        browse->setObjectName(texts.browseObjectName);
    connect(browse, &QPushButton::clicked, this, &SheetImportDialog::browse);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    m_summary = new QLabel(texts.chooseHint, this);
    m_summary->setObjectName(texts.objectPrefix + QStringLiteral("Summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_issues = new QTableWidget(0, 3, this);
    m_issues->setObjectName(texts.objectPrefix + QStringLiteral("Issues"));
    m_issues->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_issues, 1);

    if (!texts.validOnlyBox.isEmpty()) {
        m_validOnly = new QCheckBox(texts.validOnlyBox, this);
        m_validOnly->setObjectName(texts.objectPrefix + QStringLiteral("ValidOnly"));
        layout->addWidget(m_validOnly);
        connect(m_validOnly, &QCheckBox::toggled, this, [this] {
            if (m_planned)
                showPlan();
        });
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (texts.withReport) {
        m_report = buttons->addButton(tr("Save problem report…"), QDialogButtonBox::ActionRole);
        m_report->setEnabled(false);
        connect(m_report, &QPushButton::clicked, this, [this] { saveReport(); });
    }
    m_apply = buttons->addButton(texts.applyButton, QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(texts.applyObjectName);
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, [this] { commit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(texts.size);
}

QString SheetImportDialog::statusText() const
{
    return m_summary->text();
}

void SheetImportDialog::setValidOnly(bool on)
{
    if (m_validOnly)
        m_validOnly->setChecked(on);
}

bool SheetImportDialog::validOnly() const
{
    return m_validOnly && m_validOnly->isChecked();
}

QString SheetImportDialog::noHeaderError()
{
    return tr("no header row with an ID number column was found.");
}

void SheetImportDialog::browse()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("ui/lastImportDir"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QString path = QFileDialog::getOpenFileName(this, m_title, dir, tr("Spreadsheets (*.xlsx *.csv *.xls)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("ui/lastImportDir"), QFileInfo(path).absolutePath());
    loadFile(path);
}

bool SheetImportDialog::loadFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_planned = false;
    const ReadResult read = readPlan(path);
    if (!read.error.isEmpty() || read.cancelled) {
        clearPlan();
        m_issues->setRowCount(0);
        m_summary->setText(read.cancelled ? tr("Reading was cancelled.")
                                          : tr("The file could not be read: %1").arg(read.error));
        m_apply->setEnabled(false);
        if (m_report)
            m_report->setEnabled(false);
        return false;
    }
    m_planned = true;
    showPlan();
    return true;
}

void SheetImportDialog::showPlan()
{
    const PlanView view = planView();
    m_summary->setText(view.summary);
    m_issues->setRowCount(int(view.issues.size()));
    for (int i = 0; i < view.issues.size(); ++i) {
        const ImportIssue &issue = view.issues.at(i);
        m_issues->setItem(i, 0, new QTableWidgetItem(QString::number(issue.row)));
        m_issues->setItem(i, 1, new QTableWidgetItem(issue.column));
        m_issues->setItem(i, 2, new QTableWidgetItem(issue.message));
    }
    m_issues->resizeColumnToContents(0);
    m_issues->resizeColumnToContents(1);
    m_apply->setEnabled(view.canWrite);
    if (m_report)
        m_report->setEnabled(!view.issues.isEmpty());
}

bool SheetImportDialog::commit()
{
    if (!m_planned || !hasWork())
        return false;
    m_apply->setEnabled(false);
    const WriteResult written = writePlan();
    m_summary->setText(written.message);
    if (!written.ok) {
        m_apply->setEnabled(true);
        return false;
    }
    m_planned = false;
    announceWritten();
    return true;
}

bool SheetImportDialog::saveReport(QString path)
{
    const ImportPlan report = problemReport();
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Save problem report"),
                                            QFileInfo(report.fileName).completeBaseName() + tr("_problems.xlsx"),
                                            tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return false;
    const ExportResult r = exportImportReport(report, path);
    if (!r.ok)
        m_summary->setText(tr("The report could not be written: %1").arg(r.error));
    return r.ok;
}

} // namespace gme
