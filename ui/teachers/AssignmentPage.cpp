#include "AssignmentPage.h"

#include "TeacherPickDialog.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "teachers/TeacherRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gme {
namespace {
enum Column { TraineeColumn, DepartmentColumn, MonthColumn, TeacherColumn, HowColumn, ProblemColumn, ColumnCount };
}

AssignmentPage::AssignmentPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("assignmentPage"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Rotation month:"), this));
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("assignmentMonth"));
    filters->addWidget(m_month);
    filters->addWidget(new QLabel(tr("Department:"), this));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("assignmentDepartment"));
    filters->addWidget(m_department);
    filters->addStretch(1);
    auto *refresh = new QPushButton(tr("Reload"), this);
    filters->addWidget(refresh);
    layout->addLayout(filters);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("assignmentTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Trainee"), tr("Department"), tr("Month"), tr("Supervising teacher"), tr("How"), tr("Problem")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_loads = new QLabel(this);
    m_loads->setObjectName(QStringLiteral("assignmentLoads"));
    m_loads->setWordWrap(true);
    layout->addWidget(m_loads);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("assignmentMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("assignmentReport"));
    m_report->setReadOnly(true);
    m_report->setMaximumHeight(120);
    m_report->setPlaceholderText(tr("Rows the automatic assignment could not fill are listed here with the reason."));
    layout->addWidget(m_report);

    auto *bar = new QHBoxLayout;
    auto *hint = new QLabel(tr("The automatic assignment keeps every row that already has a teacher who may supervise "
                               "it, and fills only the empty rows."),
                            this);
    hint->setWordWrap(true);
    bar->addWidget(hint, 1);
    m_auto = new QPushButton(tr("Assign automatically"), this);
    m_auto->setObjectName(QStringLiteral("autoAssignButton"));
    m_change = new QPushButton(tr("Change teacher…"), this);
    m_change->setObjectName(QStringLiteral("changeTeacherButton"));
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("clearTeacherButton"));
    bar->addWidget(m_auto);
    bar->addWidget(m_change);
    bar->addWidget(m_clear);
    layout->addLayout(bar);

    connect(refresh, &QPushButton::clicked, this, &AssignmentPage::reload);
    connect(m_month, &QComboBox::currentIndexChanged, this, &AssignmentPage::loadRows);
    connect(m_department, &QComboBox::currentIndexChanged, this, &AssignmentPage::loadRows);
    connect(m_auto, &QPushButton::clicked, this, [this] { runAutoAssign(); });
    connect(m_change, &QPushButton::clicked, this, &AssignmentPage::pickTeacher);
    connect(m_clear, &QPushButton::clicked, this, [this] { clearSelected(); });
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &AssignmentPage::pickTeacher);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_change->setEnabled(selectedRow() != nullptr);
        m_clear->setEnabled(selectedRow() && selectedRow()->teacherId);
    });
}

TeacherAssignments AssignmentPage::service() const
{
    return TeacherAssignments(m_session.database->connection(), m_session.user, m_session.clockRef());
}

void AssignmentPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void AssignmentPage::reload()
{
    const QString month = m_month->currentText();
    const qint64 department = m_department->currentData().toLongLong();
    QStringList months;
    QList<Department> departments;
    try {
        months = service().months();
        departments = TeacherRepository(m_session.database->connection()).departments(m_session.user.orgId);
    } catch (const DbError &e) {
        setMessage(tr("The rotations could not be loaded: %1").arg(e.message()), true);
        return;
    }
    {
        const QSignalBlocker blockMonth(m_month), blockDepartment(m_department);
        m_month->clear();
        m_month->addItems(months);
        m_month->setCurrentIndex(months.contains(month) ? int(months.indexOf(month)) : 0);
        m_department->clear();
        m_department->addItem(tr("All departments"), qint64(0));
        for (const Department &d : departments)
            m_department->addItem(d.name, d.id);
        m_department->setCurrentIndex(qMax(0, m_department->findData(department)));
    }
    if (months.isEmpty())
        setMessage(tr("No trainee of your base has a rotation month on record."), false);
    m_auto->setEnabled(!months.isEmpty() && m_session.user.role == Role::Base);
    loadRows();
}

void AssignmentPage::setMonth(const QString &month)
{
    if (m_month->count() == 0)
        reload();
    m_month->setCurrentIndex(qMax(0, m_month->findText(month)));
}

void AssignmentPage::setDepartment(qint64 departmentId)
{
    if (m_department->count() == 0)
        reload();
    m_department->setCurrentIndex(qMax(0, m_department->findData(departmentId)));
}

void AssignmentPage::loadRows()
{
    const qint64 keep = selectedRow() ? selectedRow()->rotationId : 0;
    try {
        m_rows = m_month->count() ? service().rows(m_month->currentText(), m_department->currentData().toLongLong())
                                  : QList<RotationAssignment>();
    } catch (const DbError &e) {
        setMessage(tr("The rotations could not be loaded: %1").arg(e.message()), true);
        return;
    }
    m_table->clearContents();
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const RotationAssignment &r = m_rows.at(i);
        const QString how = !r.teacherId ? QString() : r.manual ? tr("Adjusted") : tr("Automatic");
        const QStringList cells = {r.traineeName, r.departmentName, r.month,
                                   r.teacherId ? r.teacherName : tr("(not assigned)"), how, r.problem};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if ((c == TeacherColumn && !r.teacherId) || (c == ProblemColumn && !r.problem.isEmpty()))
                item->setForeground(QColor(0xc62828));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_change->setEnabled(false);
    m_clear->setEnabled(false);
    if (keep)
        selectRotation(keep);
    fillLoads();
}

// The load of every teacher in the rows shown: what "balanced" means to the department head.
void AssignmentPage::fillLoads()
{
    QMap<QString, QMap<QString, int>> byDepartment;
    int unassigned = 0;
    for (const RotationAssignment &r : m_rows) {
        if (r.teacherId)
            ++byDepartment[r.departmentName][r.teacherName];
        else
            ++unassigned;
    }
    QStringList parts;
    for (auto d = byDepartment.cbegin(); d != byDepartment.cend(); ++d) {
        QStringList teachers;
        for (auto t = d->cbegin(); t != d->cend(); ++t)
            teachers << tr("%1 %2").arg(t.key()).arg(t.value());
        parts << tr("%1: %2").arg(d.key(), teachers.join(tr(", ")));
    }
    m_loads->setText(tr("Trainees per teacher — %1. Not assigned: %2.")
                         .arg(parts.isEmpty() ? tr("none") : parts.join(tr("; ")))
                         .arg(unassigned));
}

AutoAssignReport AssignmentPage::runAutoAssign()
{
    AutoAssignReport report;
    if (m_month->count() == 0)
        return report;
    try {
        report = service().autoAssign(m_month->currentText());
    } catch (const DbError &e) {
        setMessage(e.message(), true);
        return report;
    }
    setMessage(tr("Automatic assignment for %1: %2 assigned, %3 kept, %4 released, %5 could not be assigned.")
                   .arg(m_month->currentText())
                   .arg(report.assigned)
                   .arg(report.kept)
                   .arg(report.released)
                   .arg(report.unassigned.size()),
               !report.unassigned.isEmpty());
    m_report->setPlainText(report.unassigned.join(QLatin1Char('\n')));
    loadRows();
    return report;
}

const RotationAssignment *AssignmentPage::selectedRow() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || m_table->selectionModel()->selectedRows().isEmpty())
        return nullptr;
    return &m_rows.at(row);
}

void AssignmentPage::selectRotation(qint64 rotationId)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).rotationId == rotationId)
            m_table->selectRow(i);
}

void AssignmentPage::pickTeacher()
{
    const RotationAssignment *row = selectedRow();
    if (!row)
        return;
    QList<QPair<Teacher, QString>> candidates;
    try {
        candidates = service().candidates(row->departmentId);
    } catch (const DbError &e) {
        setMessage(e.message(), true);
        return;
    }
    TeacherPickDialog dialog(tr("%1, %2, %3").arg(row->traineeName, row->departmentName, row->month), candidates,
                             row->teacherId, this);
    if (dialog.exec() == QDialog::Accepted && dialog.teacherId())
        assignSelected(dialog.teacherId());
}

QString AssignmentPage::assignSelected(qint64 teacherId)
{
    const RotationAssignment *row = selectedRow();
    if (!row)
        return tr("Select a row first");
    QString error;
    try {
        error = service().assign(row->rotationId, teacherId);
    } catch (const DbError &e) {
        error = e.message();
    }
    setMessage(error.isEmpty() ? tr("Supervising teacher changed.") : error, !error.isEmpty());
    if (error.isEmpty())
        loadRows();
    return error;
}

QString AssignmentPage::clearSelected()
{
    const RotationAssignment *row = selectedRow();
    if (!row)
        return tr("Select a row first");
    QString error;
    try {
        error = service().clear(row->rotationId);
    } catch (const DbError &e) {
        error = e.message();
    }
    setMessage(error.isEmpty() ? tr("Supervising teacher removed.") : error, !error.isEmpty());
    if (error.isEmpty())
        loadRows();
    return error;
}

void AssignmentPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
}

QString AssignmentPage::reportText() const { return m_report->toPlainText(); }
QString AssignmentPage::messageText() const { return m_message->text(); }

} // namespace gme
