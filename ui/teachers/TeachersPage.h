#pragma once

#include "common/Session.h"
#include "teachers/Eligibility.h"
#include "import/TeacherImport.h"
#include "teachers/Teacher.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace gme {

class ConnectionGuard;

// The base's teachers (师资): list with the four eligibility flags and their reasons, the review
// actions 推荐 / 不推荐 (with reason), appointment 聘任, dismissal and reconsideration, and the
// selected teacher's records and decision history; for the base also entry: a new teacher, editing
// the selected one and importing a teacher sheet (.xlsx/.csv).
class TeachersPage : public QWidget
{
    Q_OBJECT
public:
    explicit TeachersPage(const Session &session, QWidget *parent = nullptr);

    void reload();
    // Applies an action to the selected teachers; returns false and shows why when refused.
    bool applyToSelection(TeacherAction action, const QString &reason = {});
    void selectTeacher(qint64 teacherId);
    QList<qint64> selectedIds() const;
    QString messageText() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *actionButton(TeacherAction action) const { return m_buttons.value(action); }

    // Entry (base only): the dialogs for a new teacher, the selected one and a teacher sheet.
    void addTeacher();
    void editSelected();
    void importTeachers();
    // Reads and checks a teacher sheet off the GUI thread; nullopt (with the reason shown) when
    // the file cannot be read or has no teacher header.
    std::optional<TeacherImportPlan> readTeacherSheet(const QString &path);

signals:
    void teachersChanged(); // after an applied action: assignments may have to be looked at again

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillTable();
    void showDetails();
    void updateButtons();
    void askAndApply(TeacherAction action);
    void setMessage(const QString &text, bool error);
    QStringList departmentNames() const;
    void afterSave(const TeacherSaveResult &result);

    Session m_session;
    QList<Teacher> m_teachers;
    QList<Eligibility> m_eligibility; // parallel to m_teachers
    QTableWidget *m_table = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_message = nullptr;
    QHash<TeacherAction, QPushButton *> m_buttons;
    QPushButton *m_edit = nullptr;
    ConnectionGuard *m_connection = nullptr;
};

} // namespace gme
