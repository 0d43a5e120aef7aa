#pragma once

#include "common/Session.h"
#include "teachers/TeacherEditor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace gme {

// Adds or edits one teacher (师资录入): identity, department, title and the date it was obtained,
// malpractice and teaching-incident records and yearly evaluations (one per line, as in a teacher
// sheet). Saving goes through TeacherEditor, so its rules and messages apply; the dialog stays open
// and shows why when a save is refused.
class TeacherEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `teacher` null: a new teacher. `departments`: the base's, offered in the editable list.
    TeacherEditDialog(const Session &session, const std::optional<Teacher> &teacher, const QStringList &departments,
                      QWidget *parent = nullptr);

    // Reads the fields and saves; true when saved (or unchanged). Called by OK.
    bool save();
    const TeacherSaveResult &result() const { return m_result; }
    QString messageText() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idNumberEdit() const { return m_idNumber; }
    QComboBox *departmentBox() const { return m_department; }
    QComboBox *titleBox() const { return m_title; }
    QDateEdit *attendingEdit() const { return m_attending; }
    QPlainTextEdit *malpracticeEdit() const { return m_malpractice; }
    QPlainTextEdit *incidentsEdit() const { return m_incidents; }
    QPlainTextEdit *evaluationsEdit() const { return m_evaluations; }

private:
    void updateAttending();
    void checkIdNumber();
    std::optional<TeacherInput> readInput();

    Session m_session;
    std::optional<Teacher> m_teacher;
    TeacherSaveResult m_result;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLabel *m_idCheck = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_title = nullptr;
    QDateEdit *m_attending = nullptr;
    QPlainTextEdit *m_malpractice = nullptr;
    QPlainTextEdit *m_incidents = nullptr;
    QPlainTextEdit *m_evaluations = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace gme
