#include "TeacherEditDialog.h"

#include "Clock.h"
#include "TeacherRecordText.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "domain/IdNumber.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gme {
namespace {
constexpr TeacherTitle kTitles[] = {TeacherTitle::Resident, TeacherTitle::Attending, TeacherTitle::AssociateChief,
                                    TeacherTitle::Chief};

QPlainTextEdit *recordsEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(objectName);
    e->setPlaceholderText(placeholder);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * 4 + 12);
    return e;
}
} // namespace

TeacherEditDialog::TeacherEditDialog(const Session &session, const std::optional<Teacher> &teacher,
                                     const QStringList &departments, QWidget *parent)
    : QDialog(parent), m_session(session), m_teacher(teacher)
{
    setObjectName(QStringLiteral("teacherEditDialog"));
    setWindowTitle(teacher ? tr("Edit teacher %1").arg(teacher->name) : tr("New teacher"));
    auto *form = new QFormLayout;

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("teacherName"));
    form->addRow(tr("&Name:"), m_name);
    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("teacherIdNumber"));
    m_idCheck = new QLabel(this);
    m_idCheck->setObjectName(QStringLiteral("teacherIdCheck"));
    form->addRow(tr("&ID number:"), m_idNumber);
    form->addRow(QString(), m_idCheck);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("teacherDepartment"));
    m_department->setEditable(true); // a department named for the first time is added to the base
    m_department->addItems(departments);
    form->addRow(tr("&Department:"), m_department);
    m_title = new QComboBox(this);
    m_title->setObjectName(QStringLiteral("teacherTitle"));
    for (TeacherTitle t : kTitles)
        m_title->addItem(teacherTitleName(t), int(t));
    form->addRow(tr("&Title:"), m_title);
    m_attending = new QDateEdit(this);
    m_attending->setObjectName(QStringLiteral("teacherAttendingSince"));
    m_attending->setCalendarPopup(true);
    m_attending->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_attending->setDate(m_session.clockRef().now().date());
    form->addRow(tr("Attending physician &since:"), m_attending);
    m_malpractice = recordsEdit(QStringLiteral("teacherMalpractice"),
                                tr("One per line, e.g. 2024-03-02 主要责任 (main responsibility)"), this);
    form->addRow(tr("&Malpractice events:"), m_malpractice);
    m_incidents = recordsEdit(QStringLiteral("teacherIncidents"), tr("One per line, e.g. 2023-05-01 严重 (serious)"), this);
    form->addRow(tr("Teaching &incidents:"), m_incidents);
    m_evaluations = recordsEdit(QStringLiteral("teacherEvaluations"), tr("One year per line, e.g. 2024 合格 or 2024 不合格"), this);
    form->addRow(tr("Yearly &evaluations:"), m_evaluations);

    if (teacher) {
        m_name->setText(teacher->name);
        m_idNumber->setText(teacher->idNumber);
        m_department->setCurrentText(teacher->departmentName);
        m_title->setCurrentIndex(m_title->findData(int(teacher->title)));
        if (teacher->attendingSince.isValid())
            m_attending->setDate(teacher->attendingSince);
        m_malpractice->setPlainText(malpracticeLines(teacher->malpractice));
        m_incidents->setPlainText(incidentLines(teacher->incidents));
        m_evaluations->setPlainText(evaluationLines(teacher->evaluations));
        if (teacher->state == TeacherState::Recommended || teacher->state == TeacherState::Appointed)
            m_idNumber->setToolTip(tr("The ID number of a recommended or appointed teacher cannot change."));
    } else {
        m_department->setCurrentText(QString());
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("teacherEditMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_title, &QComboBox::currentIndexChanged, this, &TeacherEditDialog::updateAttending);
    connect(m_idNumber, &QLineEdit::textChanged, this, &TeacherEditDialog::checkIdNumber);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAttending();
    checkIdNumber();
}

void TeacherEditDialog::updateAttending()
{
    m_attending->setEnabled(TeacherTitle(m_title->currentData().toInt()) != TeacherTitle::Resident);
}

void TeacherEditDialog::checkIdNumber()
{
    if (m_idNumber->text().trimmed().isEmpty()) {
        m_idCheck->clear();
        return;
    }
    const IdCheck check = checkResidentId(m_idNumber->text());
    m_idCheck->setText(check.ok() ? tr("✓ valid ID number") : idProblemText(check.problem));
    m_idCheck->setStyleSheet(check.ok() ? QStringLiteral("color: #2e7d32") : QStringLiteral("color: #c62828"));
}

std::optional<TeacherInput> TeacherEditDialog::readInput()
{
    TeacherInput in;
    if (m_teacher) {
        in.id = m_teacher->id;
        in.version = m_teacher->version;
    }
    in.name = m_name->text();
    in.idNumber = m_idNumber->text();
    in.departmentName = m_department->currentText();
    in.title = TeacherTitle(m_title->currentData().toInt());
    if (in.title != TeacherTitle::Resident)
        in.attendingSince = m_attending->date();
    QString problem;
    const auto malpractice = malpracticeFromLines(m_malpractice->toPlainText(),
                                                  m_teacher ? m_teacher->malpractice : QList<MalpracticeRecord>(), &problem);
    const auto incidents = malpractice ? incidentsFromLines(m_incidents->toPlainText(),
                                                            m_teacher ? m_teacher->incidents : QList<TeachingIncident>(),
                                                            &problem)
                                       : std::nullopt;
    const auto evaluations = incidents ? evaluationsFromLines(m_evaluations->toPlainText(), &problem) : std::nullopt;
    if (!evaluations) {
        m_message->setText(problem);
        return std::nullopt;
    }
    in.malpractice = *malpractice;
    in.incidents = *incidents;
    in.evaluations = *evaluations;
    return in;
}

bool TeacherEditDialog::save()
{
    const std::optional<TeacherInput> input = readInput();
    if (!input)
        return false;
    try {
        m_result = TeacherEditor(m_session.database->connection(), m_session.user, m_session.clockRef()).save(*input);
    } catch (const DbError &e) {
        m_message->setText(e.message());
        return false;
    }
    if (!m_result.ok()) {
        m_message->setText(m_result.problems());
        return false;
    }
    return true;
}

QString TeacherEditDialog::messageText() const { return m_message->text(); }

} // namespace gme
