#pragma once

#include "common/Session.h"
#include "teachers/TeacherAssignments.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace gme {

class ConnectionGuard;

class AssignmentGridModel;

// Supervising teachers as a trainee × month grid (分配带教老师) for one department or all of them.
// Cells are edited in place with the keyboard, choosing among the department's teachers who may
// supervise; the automatic assignment fills the empty cells of every month shown and keeps the
// others (hand changes included). "Change teacher…" lists every teacher of the cell's department with
// why those who may not supervise are refused. A department head sees only its own department.
class AssignmentGridPage : public QWidget
{
    Q_OBJECT
public:
    explicit AssignmentGridPage(const Session &session, QWidget *parent = nullptr);

    void reload();
    void setDepartment(qint64 departmentId); // 0: every department (base only)
    // Runs the automatic assignment for every month in the grid; returns the combined report.
    AutoAssignReport autoAssignAll();
    AssignmentGridModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Opens the teacher picker for the current cell (every teacher, ineligible ones greyed with the reason).
    void pickTeacher();
    QString messageText() const;
    QString reportText() const; // the cells the last automatic assignment left empty, with why
    QString loadsText() const;  // trainees per teacher in the grid shown

protected:
    void showEvent(QShowEvent *event) override;

private:
    TeacherAssignments service() const;
    void fillDepartments(); // base only: all departments, then each of the base's
    void setMessage(const QString &text, bool error);
    void fillLoads();

    Session m_session;
    AssignmentGridModel *m_model = nullptr;
    QComboBox *m_department = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_loads = nullptr;
    QLabel *m_message = nullptr;
    ConnectionGuard *m_connection = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_auto = nullptr;
    QPushButton *m_pick = nullptr;
};

} // namespace gme
