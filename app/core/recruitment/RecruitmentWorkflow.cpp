#include "RecruitmentWorkflow.h"

#include "RecruitmentRules.h"

#include <QCoreApplication>

namespace gme::recruit {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Recruitment)
};

WorkflowSpec spec()
{
    WorkflowSpec s;
    s.code = QStringLiteral("recruitment");
    s.title = Text::tr("Recruitment");
    using enum Role;
    s.steps = {
        // 学员志愿预审核
        {Base, kStagePreAudit, kApplied, kPreAdmit, kPreAdmitted, false, false},
        {Base, kStagePreAudit, kApplied, kNotAdmit, kNotAdmitted, true, false},
        {Base, kStagePreAudit, kPreAdmitted, kCancelPreAdmit, kApplied, false, false},
        // 学员录取管理: admit, send, and for 12 hours after sending cancel or withdraw to change
        {Base, kStageAdmission, kPreAdmitted, kAdmit, kAdmitted, false, false},
        {Base, kStageAdmission, kAdmitted, kCancelAdmission, kPreAdmitted, false, false},
        {Base, kStageAdmission, kAdmitted, kSend, kSent, false, false},
        {Base, kStageAdmission, kSent, kCancelAdmission, kPreAdmitted, false, false},
        {Base, kStageAdmission, kSent, kWithdraw, kAdmitted, false, false},
        // The trainee's answer, entered by the base on the trainee's behalf
        {Base, kStageConfirmation, kSent, kAccept, kAccepted, false, false},
        {Base, kStageConfirmation, kSent, kDecline, kDeclined, false, false},
        // 录取结果确认
        {Municipal, kStageCityConfirmation, kAccepted, kConfirm, kConfirmed, false, false},
        {Municipal, kStageCityConfirmation, kAccepted, kRefuse, kRefused, true, false},
        // 学员报到管理
        {Base, kStageReportIn, kConfirmed, kReportIn, kReported, false, false},
        {Base, kStageReportIn, kConfirmed, kNoShow, kNotReported, false, false},
        {Base, kStageReportIn, kNotReported, kReportIn, kReported, false, false},
    };
    s.storage.table = QStringLiteral("applications");
    s.storage.personJoin = QString();
    s.storage.nameColumn = QStringLiteral("r.name");
    s.storage.idNumberColumn = QStringLiteral("r.id_number");
    s.storage.scopeColumn = QStringLiteral("r.base_id");
    s.storage.windowKeyColumn = QStringLiteral("r.round_id");
    s.storage.decisionTable = QStringLiteral("application_decisions");
    s.storage.decisionItemColumn = QStringLiteral("application_id");
    s.storage.extraJoins = QStringLiteral(
        "JOIN orgs o ON o.id = r.base_id JOIN recruitment_rounds rr ON rr.id = r.round_id "
        "JOIN specialties c1 ON c1.code = r.choice1 LEFT JOIN specialties c2 ON c2.code = r.choice2 "
        "LEFT JOIN specialties c3 ON c3.code = r.choice3 LEFT JOIN specialties sa ON sa.code = r.admitted_specialty");
    s.windowsSql = QStringLiteral("SELECT w.round_id, w.stage, w.opens_at, w.closes_at, "
                                  "CASE WHEN rr.status = 'open' THEN 1 ELSE 0 END "
                                  "FROM recruitment_windows w JOIN recruitment_rounds rr ON rr.id = w.round_id");
    s.columns = {
        {QStringLiteral("base"), Text::tr("Base"), QStringLiteral("o.name"), {}},
        {QStringLiteral("person_type"), Text::tr("Person type"), QStringLiteral("r.person_type"), {}},
        {QStringLiteral("choices"), Text::tr("Specialty choices"),
         QStringLiteral("c1.name || COALESCE(' / ' || c2.name, '') || COALESCE(' / ' || c3.name, '')"), {}},
        {QStringLiteral("obey"), Text::tr("Obeys adjustment"), QStringLiteral("r.obey_adjustment"),
         {{QStringLiteral("1"), Text::tr("Yes")}, {QStringLiteral("0"), Text::tr("No")}}},
        {QStringLiteral("admitted_specialty"), Text::tr("Admitted to"), QStringLiteral("COALESCE(sa.name, '')"), {}},
        {QStringLiteral("sent_at"), Text::tr("Result sent at"), QStringLiteral("COALESCE(r.sent_at, '')"), {}},
        {QStringLiteral("round"), Text::tr("Round"), QStringLiteral("rr.name"), {}},
    };
    s.stateNames = {
        {kApplied, Text::tr("Applied")},
        {kPreAdmitted, Text::tr("Pre-admitted")},
        {kNotAdmitted, Text::tr("Not admitted")},
        {kAdmitted, Text::tr("Admitted, not sent")},
        {kSent, Text::tr("Result sent")},
        {kAccepted, Text::tr("Accepted by trainee")},
        {kDeclined, Text::tr("Declined by trainee")},
        {kConfirmed, Text::tr("Confirmed by authority")},
        {kRefused, Text::tr("Refused by authority")},
        {kReported, Text::tr("Reported in")},
        {kNotReported, Text::tr("Not reported")},
    };
    s.actionNames = {
        {kPreAdmit, Text::tr("Pre-admit")},
        {kNotAdmit, Text::tr("Do not admit")},
        {kCancelPreAdmit, Text::tr("Cancel pre-admission")},
        {kAdmit, Text::tr("Admit")},
        {kSend, Text::tr("Send admission result")},
        {kCancelAdmission, Text::tr("Cancel admission")},
        {kWithdraw, Text::tr("Withdraw to change")},
        {kAccept, Text::tr("Record acceptance")},
        {kDecline, Text::tr("Record refusal by trainee")},
        {kConfirm, Text::tr("Confirm admission")},
        {kRefuse, Text::tr("Refuse admission")},
        {kReportIn, Text::tr("Reported in")},
        {kNoShow, Text::tr("Not reported")},
        {kChangeSpecialty, Text::tr("Change admitted specialty")},
    };
    s.rules = std::make_shared<RecruitmentRules>();
    return s;
}

} // namespace

QStringList placeHoldingStates() { return {kAdmitted, kSent, kAccepted, kConfirmed, kReported}; }

QDateTime lockTime(const QDateTime &sentAt) { return sentAt.addSecs(kChangeHours * 3600); }

const Workflow &workflow()
{
    static const Workflow wf(spec());
    return wf;
}

} // namespace gme::recruit
