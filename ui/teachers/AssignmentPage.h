#pragma once

#include "common/Session.h"
#include "teachers/TeacherAssignments.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace gme {

// Supervising teachers per trainee and rotation month (分配带教老师): one month's rows by department,
// the automatic assignment with its report of rows it could not fill, and hand adjustments
// checked by the same rules. Re-running the automatic assignment fills only empty rows.
class AssignmentPage : public QWidget
{
    Q_OBJECT
public:
    explicit AssignmentPage(const Session &session, QWidget *parent = nullptr);

    void reload();
    void setMonth(const QString &month);
    void setDepartment(qint64 departmentId); // 0: every department
    AutoAssignReport runAutoAssign();
    // Sets the selected row's teacher; returns an empty string or why it was refused (also shown).
    QString assignSelected(qint64 teacherId);
    QString clearSelected();
    void selectRotation(qint64 rotationId);
    const QList<RotationAssignment> &rows() const { return m_rows; }
    QString reportText() const;
    QString messageText() const;
    QTableWidget *table() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    TeacherAssignments service() const;
    void loadRows();
    void fillLoads();
    void pickTeacher();
    const RotationAssignment *selectedRow() const;
    void setMessage(const QString &text, bool error);

    Session m_session;
    QList<RotationAssignment> m_rows;
    QComboBox *m_month = nullptr;
    QComboBox *m_department = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_loads = nullptr;
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_auto = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace gme
