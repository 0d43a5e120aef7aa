#include "AssignmentGridPage.h"

#include "AssignmentGridModel.h"
#include "TeacherCellDelegate.h"
#include "TeacherPickDialog.h"
#include "common/Busy.h"
#include "common/ConnectionGuard.h"
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
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace gme {

AssignmentGridPage::AssignmentGridPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("assignmentGridPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    const bool head = m_session.user.role == Role::Department;
    top->addWidget(new QLabel(head ? tr("Department: %1").arg(m_session.user.departmentName) : tr("Department:"), this));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("gridDepartment"));
    m_department->setVisible(!head);
    top->addWidget(m_department);
    top->addStretch(1);
    auto *legend = new QLabel(tr("Amber: no teacher yet · red: the teacher may no longer supervise · bold: set by hand. "
                                 "F2 or typing edits a cell."),
                              this);
    legend->setWordWrap(true);
    top->addWidget(legend, 1);
    m_auto = new QPushButton(tr("&Fill empty cells automatically"), this);
    m_auto->setObjectName(QStringLiteral("gridAutoAssign"));
    top->addWidget(m_auto);
    m_pick = new QPushButton(tr("&Change teacher…"), this);
    m_pick->setObjectName(QStringLiteral("gridPickTeacher"));
    m_pick->setToolTip(tr("Lists every teacher of the department, with why those who may not supervise are refused."));
    top->addWidget(m_pick);
    layout->addLayout(top);
    // Back from an outage: the grid first (it hides the banner), then the department list.
    m_connection = new ConnectionGuard(this, m_session.database, [this] {
        reload();
        fillDepartments();
    }, ConnectionGuard::Retry::ProbeThenReload);
    layout->addWidget(m_connection->banner());

    m_model = new AssignmentGridModel(this);
    m_model->setAssign([this](qint64 rotationId, qint64 teacherId) {
        try {
            return teacherId ? service().assign(rotationId, teacherId) : service().clear(rotationId);
        } catch (const DbError &e) {
            return e.message();
        }
    });
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("assignmentGrid"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TeacherCellDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    // Every edit of a cell writes: the grid and its buttons wait while the server is out of reach.
    for (QWidget *w : {static_cast<QWidget *>(m_auto), static_cast<QWidget *>(m_pick), static_cast<QWidget *>(m_view)})
        m_connection->protect(w);

    m_loads = new QLabel(this);
    m_loads->setObjectName(QStringLiteral("gridLoads"));
    m_loads->setWordWrap(true);
    layout->addWidget(m_loads);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("gridMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("gridReport"));
    m_report->setReadOnly(true);
    m_report->setMaximumHeight(100);
    m_report->setPlaceholderText(tr("Rows the automatic assignment could not fill are listed here with the reason."));
    layout->addWidget(m_report);

    // The departments and the grid are read when the page is shown (showEvent), on the database thread.
    connect(m_department, &QComboBox::currentIndexChanged, this, &AssignmentGridPage::reload);
    connect(m_auto, &QPushButton::clicked, this, &AssignmentGridPage::autoAssignAll);
    connect(m_pick, &QPushButton::clicked, this, &AssignmentGridPage::pickTeacher);
    connect(m_model, &AssignmentGridModel::assignmentRefused, this, [this](const QString &why) { setMessage(why, true); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        setMessage(tr("Saved."), false);
        fillLoads();
    });
}

TeacherAssignments AssignmentGridPage::service() const
{
    return TeacherAssignments(m_session.database->connection(), m_session.user, m_session.clockRef());
}

void AssignmentGridPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fillDepartments(); // a teacher entered meanwhile may have added one
    reload();
}

void AssignmentGridPage::fillDepartments()
{
    if (m_session.user.role == Role::Department)
        return;
    const QSignalBlocker quiet(m_department);
    const qint64 current = m_department->currentData().toLongLong();
    m_department->clear();
    m_department->addItem(tr("All departments"), qint64(0));
    Database *database = m_session.database;
    const qint64 orgId = m_session.user.orgId;
    QList<Department> departments;
    const ReadError error =
        m_connection->readBeside([&] { departments = TeacherRepository(database->connection()).departments(orgId); });
    for (const Department &d : std::as_const(departments))
        m_department->addItem(d.name, d.id);
    if (error.failed() && !error.connectionLost)
        setMessage(error.message, true);
    m_department->setCurrentIndex(qMax(0, m_department->findData(current)));
}

void AssignmentGridPage::setDepartment(qint64 departmentId)
{
    if (m_department->count() == 0)
        fillDepartments(); // asked before the page was first shown
    const int at = m_department->findData(departmentId);
    if (at >= 0)
        m_department->setCurrentIndex(at);
}

void AssignmentGridPage::reload()
{
    const qint64 department = m_session.user.role == Role::Department ? m_session.user.departmentId
                                                                       : m_department->currentData().toLongLong();
    Database *database = m_session.database;
    const User user = m_session.user;
    const Clock *clock = &m_session.clockRef();
    struct Read
    {
        QList<RotationAssignment> rows;
        QHash<qint64, QList<AssignmentGridModel::Candidate>> candidates;
        ReadError error;
    };
    const Read read = runWithBusyDialog(this, tr("Loading…"), [=] {
        Read r;
        r.error = readCatchingErrors(*database, [&] {
            const TeacherAssignments assignments(database->connection(), user, *clock);
            r.rows = assignments.allMonths(department);
            r.candidates.clear();
            for (const RotationAssignment &row : std::as_const(r.rows)) {
                if (r.candidates.contains(row.departmentId))
                    continue;
                QList<AssignmentGridModel::Candidate> &list = r.candidates[row.departmentId];
                for (const auto &[teacher, why] : assignments.candidates(row.departmentId))
                    if (why.isEmpty())
                        list.append({teacher.id, teacher.name});
            }
        });
        return r;
    });
    if (m_connection->afterRead(read.error))
        return; // the grid last read stays under the banner
    if (read.error.failed()) {
        setMessage(tr("The assignments could not be loaded: %1").arg(read.error.message), true);
        return;
    }
    m_model->setRows(read.rows, read.candidates, department == 0);
    m_view->resizeColumnsToContents();
    fillLoads();
    setMessage(tr("%n cell(s) without a teacher.", nullptr, m_model->emptyCells()), false);
}

AutoAssignReport AssignmentGridPage::autoAssignAll()
{
    AutoAssignReport total;
    try {
        TeacherAssignments assignments = service();
        const qint64 department = m_department->currentData().toLongLong(); // a head's own is implied
        for (const QString &month : m_model->months()) {
            const AutoAssignReport r = assignments.autoAssign(month, department);
            total.assigned += r.assigned;
            total.kept += r.kept;
            total.released += r.released;
            total.unassigned += r.unassigned;
        }
    } catch (const DbError &e) {
        setMessage(e.message(), true);
        return total;
    }
    reload();
    setMessage(tr("%1 filled, %2 kept, %3 released because their teacher may no longer supervise, %4 left empty.")
                   .arg(total.assigned).arg(total.kept).arg(total.released).arg(total.unassigned.size()),
               false);
    m_report->setPlainText(total.unassigned.join(QLatin1Char('\n')));
    return total;
}

void AssignmentGridPage::pickTeacher()
{
    const QModelIndex index = m_view->currentIndex();
    const RotationAssignment *r = m_model->rotationAt(index);
    if (!r) {
        setMessage(tr("Select a cell with a rotation first."), true);
        return;
    }
    QList<QPair<Teacher, QString>> candidates;
    Database *database = m_session.database;
    const User user = m_session.user;
    const Clock *clock = &m_session.clockRef();
    const qint64 departmentId = r->departmentId;
    const ReadError error = m_connection->readBeside([&] {
        candidates = TeacherAssignments(database->connection(), user, *clock).candidates(departmentId);
    });
    if (error.failed()) {
        setMessage(error.message, true);
        return;
    }
    TeacherPickDialog dialog(tr("%1, %2, %3").arg(r->traineeName, r->departmentName, r->month), candidates,
                             r->teacherId, this);
    if (dialog.exec() == QDialog::Accepted && dialog.teacherId())
        m_model->setData(index, dialog.teacherId());
}

// The load of every teacher in the grid shown: what "balanced" means to the department head.
void AssignmentGridPage::fillLoads()
{
    QMap<QString, QMap<QString, int>> byDepartment;
    int unassigned = 0;
    for (const RotationAssignment &r : m_model->rotations()) {
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
    m_loads->setText(tr("Trainee-months per teacher — %1. Not assigned: %2.")
                         .arg(parts.isEmpty() ? tr("none") : parts.join(tr("; ")))
                         .arg(unassigned));
}

void AssignmentGridPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
}

QString AssignmentGridPage::messageText() const { return m_message->text(); }
QString AssignmentGridPage::reportText() const { return m_report->toPlainText(); }
QString AssignmentGridPage::loadsText() const { return m_loads->text(); }

} // namespace gme
