#include "TeacherImportDialog.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gme {

TeacherImportDialog::TeacherImportDialog(const Session &session, TeacherImportPlan plan, QWidget *parent)
    : QDialog(parent), m_session(session), m_plan(std::move(plan))
{
    setObjectName(QStringLiteral("teacherImportDialog"));
    setWindowTitle(tr("Import teachers from %1").arg(m_plan.fileName));
    resize(760, 480);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("teacherImportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("%1 rows read: %2 valid, %3 with problems.")
                           .arg(m_plan.rowsRead).arg(m_plan.valid.size()).arg(m_plan.rejectedRows.size()));
    layout->addWidget(m_summary);

    m_issues = new QTableWidget(0, 3, this);
    m_issues->setObjectName(QStringLiteral("teacherImportIssues"));
    m_issues->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->verticalHeader()->hide();
    m_issues->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_issues, 1);
    showIssues(m_plan.issues);

    m_validOnly = new QCheckBox(tr("Import the valid rows even if others have problems"), this);
    m_validOnly->setObjectName(QStringLiteral("teacherImportValidOnly"));
    m_validOnly->setVisible(!m_plan.issues.isEmpty());
    layout->addWidget(m_validOnly);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("teacherImportButton"));
    m_import->setEnabled(!m_plan.valid.isEmpty());
    layout->addWidget(buttons);
    connect(m_import, &QPushButton::clicked, this, [this] { runImport(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void TeacherImportDialog::setValidOnly(bool validOnly) { m_validOnly->setChecked(validOnly); }

QString TeacherImportDialog::summaryText() const { return m_summary->text(); }

void TeacherImportDialog::showIssues(const QList<ImportIssue> &issues)
{
    m_issues->setRowCount(int(issues.size()));
    for (int i = 0; i < issues.size(); ++i) {
        m_issues->setItem(i, 0, new QTableWidgetItem(QString::number(issues[i].row)));
        m_issues->setItem(i, 1, new QTableWidgetItem(issues[i].column));
        m_issues->setItem(i, 2, new QTableWidgetItem(issues[i].message));
    }
    m_issues->resizeColumnToContents(0);
    m_issues->resizeColumnToContents(1);
}

TeacherImportOutcome TeacherImportDialog::runImport()
{
    TeacherImportOutcome outcome;
    try {
        TeacherImporter importer(m_session.database->connection(), m_session.user, m_session.clockRef());
        outcome = importer.commit(m_plan, m_validOnly->isChecked() ? TeacherImporter::Mode::ValidRowsOnly
                                                                    : TeacherImporter::Mode::AllOrNothing);
    } catch (const DbError &e) {
        outcome.error = e.message();
    }
    QString text = outcome.ok ? tr("Imported: %1 new, %2 updated, %3 unchanged.")
                                    .arg(outcome.inserted).arg(outcome.updated).arg(outcome.unchanged)
                              : outcome.error;
    if (!outcome.notices.isEmpty())
        text += QLatin1Char('\n') + outcome.notices.join(QLatin1Char('\n'));
    m_summary->setText(text);
    m_summary->setStyleSheet(outcome.ok ? QString() : QStringLiteral("color: #c62828"));
    if (!outcome.refused.isEmpty())
        showIssues(m_plan.issues + outcome.refused);
    if (outcome.ok) {
        m_import->setEnabled(false);
        m_validOnly->setEnabled(false);
    }
    return outcome;
}

} // namespace gme
