#pragma once

#include "teachers/Teacher.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace gme {

// Picks the supervising teacher for a rotation row: every teacher of the department is listed,
// those who may not supervise are greyed out with the reason beside their name.
class TeacherPickDialog : public QDialog
{
    Q_OBJECT
public:
    // candidates: (teacher, why they may not supervise; empty if they may).
    TeacherPickDialog(const QString &rowText, const QList<QPair<Teacher, QString>> &candidates,
                      qint64 currentTeacherId, QWidget *parent = nullptr);

    qint64 teacherId() const; // 0 when nobody may be picked

private:
    QComboBox *m_combo = nullptr;
};

} // namespace gme
