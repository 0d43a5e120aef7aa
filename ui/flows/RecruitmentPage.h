#pragma once

#include "FlowPane.h"
#include "recruitment/RecruitmentService.h"

#include <functional>

class QTimer;

namespace gme {

class AcceptanceImportDialog;
class ElidedLabel;
struct ReadError;

// 招录: the recruitment queue on the generic pane, plus what recruitment adds: the send of
// admission results in groups of at most 20 (the groups are shown before sending), the 12-hour
// change window with a countdown, the admitted specialty, the plan's use and the report-in sheet.
class RecruitmentPage : public FlowPane
{
    Q_OBJECT
public:
    explicit RecruitmentPage(const Session &session, QWidget *parent = nullptr);

    // The latest open round, read the first time it is needed.
    qint64 roundId();
    // The countdown text of a row ("open, 3 h 12 min left", "locked"), at the session's clock.
    QString changeWindowText(const FlowRow &row) const;
    // Admits the current row to another specialty (before sending). Empty string on success.
    QString changeSpecialty(const QString &specialtyCode);
    // Writes the report-in sheet; returns the rows written or -1 (the reason is shown).
    int exportReportIn(QString path = {});
    QString planText() const;
    // Enters an application on the applicant's behalf (what the dialog's OK does). Empty on success.
    QString submitApplication(const recruit::ApplicationForm &form);
    // Opens the import of trainees' answers (接受 / 放弃) beside the page; the queue reloads after it.
    AcceptanceImportDialog *openAcceptanceImport();
    QList<QStringList> lastSendGroups() const { return m_lastGroups; } // names per group, last send

protected:
    bool handleAction(const QString &action, const QList<BatchRow> &rows) override;

private:
    void refreshPlans();
    void showPlans(const QList<recruit::PlanUse> &plans, const ReadError &error);
    void askSpecialty();
    void openApplicationDialog();
    // Runs `read` with a recruitment service on the database thread (ConnectionGuard::readBeside).
    ReadError readPlanService(const std::function<void(const recruit::RecruitmentService &)> &read);

    qint64 m_round = 0;
    bool m_roundRead = false;
    int m_sentAtColumn = -1;
    ElidedLabel *m_plans = nullptr;
    QTimer *m_tick = nullptr;
    QList<QStringList> m_lastGroups;
};

} // namespace gme
