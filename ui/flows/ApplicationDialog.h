#pragma once

#include "recruitment/RecruitmentService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace gme {

// An application (志愿) entered by the base on the applicant's behalf: identity, person type, up to
// three specialties of this base in order of preference, and whether the applicant obeys adjustment.
class ApplicationDialog : public QDialog
{
    Q_OBJECT
public:
    // specialties: (code, name) of the base's track.
    ApplicationDialog(const QList<std::pair<QString, QString>> &specialties, QWidget *parent = nullptr);

    // The form for `roundId` at `baseId`; choices left at "—" are skipped.
    recruit::ApplicationForm form(qint64 roundId, qint64 baseId) const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QComboBox *choiceBox(int i) const { return m_choices.at(i); }
    QCheckBox *obeyBox() const { return m_obey; }

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_id = nullptr;
    QComboBox *m_gender = nullptr;
    QComboBox *m_personType = nullptr;
    QLineEdit *m_phone = nullptr;
    QList<QComboBox *> m_choices;
    QCheckBox *m_obey = nullptr;
};

} // namespace gme
