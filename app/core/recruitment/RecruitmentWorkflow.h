#pragma once

#include "review/Workflow.h"

#include <QDateTime>

// Recruitment (招录) as a workflow on the review engine [DOMAIN.md "Recruitment", seed 001]:
//
//   applied ──pre_admit──▶ pre_admitted ──admit──▶ admitted ──send (≤ 20 per group)──▶ sent
//      │ ◀──cancel_pre_admit──┘    ▲ ◀──cancel_admission── admitted / sent (sent: within 12 hours)
//      └──not_admit──▶ not_admitted      admitted ◀──withdraw── sent (within 12 hours; change, resend)
//   sent ──accept / decline (on the trainee's behalf, after the 12-hour lock, confirmation window)──▶
//   accepted ──confirm / refuse (municipal)──▶ confirmed ──report_in / no_show──▶ reported / not_reported
namespace gme::recruit {

// State codes.
inline const QString kApplied = QStringLiteral("applied");
inline const QString kPreAdmitted = QStringLiteral("pre_admitted");
inline const QString kNotAdmitted = QStringLiteral("not_admitted");
inline const QString kAdmitted = QStringLiteral("admitted");
inline const QString kSent = QStringLiteral("sent");
inline const QString kAccepted = QStringLiteral("accepted");
inline const QString kDeclined = QStringLiteral("declined");
inline const QString kConfirmed = QStringLiteral("confirmed");
inline const QString kRefused = QStringLiteral("refused");
inline const QString kReported = QStringLiteral("reported");
inline const QString kNotReported = QStringLiteral("not_reported");

// Action codes.
inline const QString kPreAdmit = QStringLiteral("pre_admit");
inline const QString kNotAdmit = QStringLiteral("not_admit");
inline const QString kCancelPreAdmit = QStringLiteral("cancel_pre_admit");
inline const QString kAdmit = QStringLiteral("admit");
inline const QString kSend = QStringLiteral("send");
inline const QString kCancelAdmission = QStringLiteral("cancel_admission");
inline const QString kWithdraw = QStringLiteral("withdraw");
inline const QString kAccept = QStringLiteral("accept");
inline const QString kDecline = QStringLiteral("decline");
inline const QString kConfirm = QStringLiteral("confirm");
inline const QString kRefuse = QStringLiteral("refuse");
inline const QString kReportIn = QStringLiteral("report_in");
inline const QString kNoShow = QStringLiteral("no_show");
inline const QString kChangeSpecialty = QStringLiteral("change_specialty"); // logged, not a state move

// Stage codes (recruitment_windows.stage).
inline const QString kStagePreAudit = QStringLiteral("pre_audit");
inline const QString kStageAdmission = QStringLiteral("admission");
inline const QString kStageConfirmation = QStringLiteral("confirmation");
inline const QString kStageCityConfirmation = QStringLiteral("city_confirmation");
inline const QString kStageReportIn = QStringLiteral("report_in");

constexpr int kSendGroupSize = 20;      // "最多可筛选 20 个学员一批次点击‘发送录取结果’"
constexpr qint64 kChangeHours = 12;     // the base may cancel or change a sent result for 12 hours

// States that hold a place of the base's plan for the admitted specialty.
QStringList placeHoldingStates();

// When a result sent at `sentAt` locks (sentAt + 12 hours).
QDateTime lockTime(const QDateTime &sentAt);

const Workflow &workflow();

} // namespace gme::recruit
