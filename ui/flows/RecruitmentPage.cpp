#include "RecruitmentPage.h"

#include "common/ElidedLabel.h"

#include "AcceptanceImportDialog.h"
#include "ApplicationDialog.h"
#include "FlowTableModel.h"
#include "Clock.h"
#include "common/Busy.h"
#include "common/ConnectionGuard.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "recruitment/RecruitmentService.h"
#include "recruitment/RecruitmentWorkflow.h"
#include "recruitment/ReportInExport.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace gme {

RecruitmentPage::RecruitmentPage(const Session &session, QWidget *parent)
    : FlowPane(session, recruit::workflow(), parent)
{
    setObjectName(QStringLiteral("recruitmentPage"));
    m_sentAtColumn = queueModel()->columnOf(QStringLiteral("sent_at")) - FlowTableModel::kFixedColumns;
    const FlowTableModel::Derived countdown{tr("Change window"), [this](const FlowRow &r) { return changeWindowText(r); }};
    queueModel()->addDerived(countdown);
    pendingModel()->addDerived(countdown);

    const Role role = session.user.role;
    if (role == Role::Base) {
        auto *add = new QPushButton(tr("New application…"), this);
        add->setObjectName(QStringLiteral("newApplication"));
        connect(add, &QPushButton::clicked, this, &RecruitmentPage::openApplicationDialog);
        toolbar()->addWidget(add);
        auto *change = new QPushButton(tr("Admitted specialty…"), this);
        change->setObjectName(QStringLiteral("changeSpecialty"));
        change->setToolTip(tr("Admit the selected applicant to another of their choices (or any planned specialty "
                              "when they obey adjustment), before the result is sent"));
        connect(change, &QPushButton::clicked, this, &RecruitmentPage::askSpecialty);
        toolbar()->addWidget(change);
        auto *answers = new QPushButton(tr("Import answers…"), this);
        answers->setObjectName(QStringLiteral("importAcceptance"));
        answers->setToolTip(tr("Record the trainees' answers (接受 / 放弃) from a sheet"));
        connect(answers, &QPushButton::clicked, this, [this] {
            if (AcceptanceImportDialog *dialog = openAcceptanceImport())
                dialog->raise();
        });
        toolbar()->addWidget(answers);
        for (QWidget *w : {static_cast<QWidget *>(add), static_cast<QWidget *>(change), static_cast<QWidget *>(answers)})
            protectWhileOffline(w);
    }
    auto *exportButton = new QPushButton(tr("Export report-in…"), this);
    exportButton->setObjectName(QStringLiteral("exportReportIn"));
    connect(exportButton, &QPushButton::clicked, this, [this] { exportReportIn(); });
    toolbar()->addWidget(exportButton);
    m_plans = new ElidedLabel(this); // one line however many plans; all of them in the tooltip
    m_plans->setObjectName(QStringLiteral("planUse"));
    toolbar()->insertWidget(0, m_plans, 1); // shares the room with the search box

    // The countdown moves by itself; nothing else about the rows changes with time.
    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        queueModel()->refreshDerived();
        pendingModel()->refreshDerived();
    });
    m_tick->start();
    // The plan's use follows every reload (after each decision too); read on the database thread.
    connect(this, &FlowPane::loaded, this, &RecruitmentPage::refreshPlans);
}

qint64 RecruitmentPage::roundId()
{
    if (m_roundRead)
        return m_round;
    Database *database = session().database;
    qint64 round = 0;
    const ReadError error =
        connection().readBeside([&] { round = recruit::RecruitmentService::latestOpenRound(database->connection()).first; });
    if (error.failed()) {
        setNote(error.message);
        return 0;
    }
    m_round = round;
    m_roundRead = true;
    return m_round;
}

AcceptanceImportDialog *RecruitmentPage::openAcceptanceImport()
{
    auto *dialog = new AcceptanceImportDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AcceptanceImportDialog::imported, this, &RecruitmentPage::reload);
    dialog->open();
    return dialog;
}

QString RecruitmentPage::changeWindowText(const FlowRow &row) const
{
    if (row.state != recruit::kSent || m_sentAtColumn < 0 || m_sentAtColumn >= row.cells.size())
        return {};
    const QDateTime sentAt = fromDbTime(row.cells.at(m_sentAtColumn));
    if (!sentAt.isValid())
        return {};
    const qint64 left = session().clockRef().now().secsTo(recruit::lockTime(sentAt));
    if (left <= 0)
        return tr("Locked; the trainee answers");
    return tr("Open, %1 h %2 min left").arg(left / 3600).arg((left % 3600) / 60, 2, 10, QLatin1Char('0'));
}

bool RecruitmentPage::handleAction(const QString &action, const QList<BatchRow> &rows)
{
    if (action != recruit::kSend)
        return false;
    const QList<QList<BatchRow>> groups = recruit::RecruitmentService::splitIntoSendGroups(rows);
    QHash<qint64, QString> names;
    for (const FlowRow &r : pendingModel()->rows())
        names.insert(r.id, r.name);
    m_lastGroups.clear();
    QStringList lines;
    int first = 1;
    for (const QList<BatchRow> &g : groups) {
        QStringList groupNames;
        for (const BatchRow &r : g)
            groupNames.append(names.value(r.registrationId));
        m_lastGroups.append(groupNames);
        lines.append(tr("Group %1: rows %2–%3 (%4)")
                         .arg(m_lastGroups.size())
                         .arg(first)
                         .arg(first + g.size() - 1)
                         .arg(groupNames.mid(0, 5).join(QStringLiteral("、")) + (g.size() > 5 ? QStringLiteral("…") : QString())));
        first += int(g.size());
    }
    const QString title = workflow().actionName(action);
    const QString text = tr("%n result(s) will be sent in %1 group(s) of at most %2:", nullptr, int(rows.size()))
                             .arg(groups.size())
                             .arg(recruit::kSendGroupSize)
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + tr("For %1 hours after sending you may cancel or change a result (and must send it again); "
             "after that it is locked and the trainee answers.")
              .arg(recruit::kChangeHours);
    if (!prompts().confirm(this, title, text))
        return true;

    Database *database = session().database;
    const User user = session().user;
    const Clock *clock = &session().clockRef();
    struct Sent
    {
        recruit::SendOutcome outcome;
        QString error;
    };
    const Sent sent = runWithBusyDialog(this, tr("Sending…"), [=] {
        Sent s;
        try {
            s.outcome = recruit::RecruitmentService(database->connection(), user, *clock).send(rows);
        } catch (const DbError &e) {
            s.error = e.message();
        }
        return s;
    });
    if (!sent.error.isEmpty()) {
        prompts().warn(this, title, sent.error);
        return true;
    }
    if (!sent.outcome.result.applied) {
        showRefusal(title, sent.outcome.result.check);
        return true;
    }
    setNote(tr("Sent %n result(s) in %1 group(s)", nullptr, int(rows.size())).arg(groups.size()));
    clearPending();
    reload();
    emit decided(action, int(rows.size()));
    return true;
}

QString RecruitmentPage::changeSpecialty(const QString &specialtyCode)
{
    const FlowRow *row = currentRow();
    if (!row)
        return tr("Select an applicant first");
    QString error;
    try {
        error = recruit::RecruitmentService(session().database->connection(), session().user, session().clockRef())
                    .changeAdmittedSpecialty(row->id, row->version, specialtyCode);
    } catch (const DbError &e) {
        error = e.message();
    }
    if (error.isEmpty()) {
        setNote(tr("Admitted specialty of %1 changed").arg(row->name));
        reload();
    }
    return error;
}

void RecruitmentPage::askSpecialty()
{
    const FlowRow *row = currentRow();
    if (!row) {
        prompts().inform(this, tr("Admitted specialty"), tr("Select an applicant first"));
        return;
    }
    QList<std::pair<QString, QString>> choices;
    const qint64 id = row->id;
    const ReadError readError = readPlanService([&](const recruit::RecruitmentService &service) {
        choices = service.admissibleSpecialties(id);
    });
    if (readError.failed()) {
        prompts().warn(this, tr("Admitted specialty"), readError.message);
        return;
    }
    QStringList names;
    for (const auto &[code, name] : choices)
        names.append(name);
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, tr("Admitted specialty"),
                                                 tr("Admit %1 to:").arg(row->name), names, 0, false, &ok);
    if (!ok)
        return;
    const QString code = choices.value(names.indexOf(picked)).first;
    const QString error = changeSpecialty(code);
    if (!error.isEmpty())
        prompts().warn(this, tr("Admitted specialty"), error);
}

int RecruitmentPage::exportReportIn(QString path)
{
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export report-in"), tr("report-in.xlsx"), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return -1;
    Database *database = session().database;
    const User user = session().user;
    const qint64 round = roundId();
    struct Written
    {
        int rows = -1;
        QString error;
    };
    const Written w = runWithBusyDialog(this, tr("Exporting…"), [=] {
        Written out;
        try {
            out.rows = recruit::exportReportIn(database->connection(), user, round, path, &out.error);
        } catch (const DbError &e) {
            out.error = e.message();
        }
        return out;
    });
    if (w.rows < 0) {
        prompts().warn(this, tr("Export report-in"), w.error);
        return -1;
    }
    setNote(tr("%n row(s) written to %1", nullptr, w.rows).arg(path));
    return w.rows;
}

void RecruitmentPage::refreshPlans()
{
    QList<recruit::PlanUse> plans;
    const qint64 round = roundId();
    const ReadError error = readPlanService([&](const recruit::RecruitmentService &service) { plans = service.plans(round); });
    showPlans(plans, error);
}

void RecruitmentPage::showPlans(const QList<recruit::PlanUse> &plans, const ReadError &error)
{
    QStringList parts;
    for (const recruit::PlanUse &p : plans)
        parts.append(session().user.role == Role::Base
                         ? tr("%1 %2/%3").arg(p.specialtyName).arg(p.taken).arg(p.quota)
                         : tr("%1 %2 %3/%4").arg(p.baseName, p.specialtyName).arg(p.taken).arg(p.quota));
    if (error.failed())
        parts = {error.message};
    m_plans->setText(parts.isEmpty() ? QString() : tr("Plan used: %1").arg(parts.mid(0, 6).join(QStringLiteral("; "))));
    m_plans->setFullToolTip(parts.join(QLatin1Char('\n')));
}

QString RecruitmentPage::planText() const { return m_plans->text(); }

ReadError RecruitmentPage::readPlanService(const std::function<void(const recruit::RecruitmentService &)> &read)
{
    Database *database = session().database;
    const User user = session().user;
    const Clock *clock = &session().clockRef();
    return connection().readBeside([&] { read(recruit::RecruitmentService(database->connection(), user, *clock)); });
}

QString RecruitmentPage::submitApplication(const recruit::ApplicationForm &form)
{
    QString error;
    try {
        recruit::RecruitmentService service(session().database->connection(), session().user, session().clockRef());
        if (service.submitApplication(form, &error) == 0)
            return error;
    } catch (const DbError &e) {
        return e.message();
    }
    setNote(tr("Application of %1 entered").arg(form.name));
    reload();
    return {};
}

void RecruitmentPage::openApplicationDialog()
{
    // The base's planned specialties are the ones it recruits in.
    QList<std::pair<QString, QString>> specialties;
    QList<recruit::PlanUse> plans;
    const qint64 round = roundId();
    const ReadError error = readPlanService([&](const recruit::RecruitmentService &service) { plans = service.plans(round); });
    if (error.failed()) {
        prompts().warn(this, tr("New application"), error.message);
        return;
    }
    for (const recruit::PlanUse &p : std::as_const(plans))
        specialties.append({p.specialtyCode, p.specialtyName});
    ApplicationDialog dialog(specialties, this);
    while (dialog.exec() == QDialog::Accepted) {
        const QString error = submitApplication(dialog.form(roundId(), session().user.orgId));
        if (error.isEmpty())
            return;
        prompts().warn(this, dialog.windowTitle(), error);
    }
}

} // namespace gme
