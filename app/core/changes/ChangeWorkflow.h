#pragma once

#include "review/Workflow.h"

// Change requests on a trainee's record [DOMAIN.md "Recruitment and training records", seed 001 二]:
// person type, sending unit, specialty, base (same training year only) and training status
// (退培 withdrawn / 暂停 suspended / 延期 extended, with reason and dates). Filed by the base,
// decided by the supervising authority (municipal):
//
//   submitted ──approve──▶ approved (the trainee's record changes now)
//       │──reject (reason)──▶ rejected
//       └──cancel (base, before any decision)──▶ cancelled
namespace gme::changes {

inline const QString kSubmitted = QStringLiteral("submitted");
inline const QString kApproved = QStringLiteral("approved");
inline const QString kRejected = QStringLiteral("rejected");
inline const QString kCancelled = QStringLiteral("cancelled");

inline const QString kApprove = QStringLiteral("approve");
inline const QString kReject = QStringLiteral("reject");
inline const QString kCancel = QStringLiteral("cancel");

inline const QString kStageDecision = QStringLiteral("decision");

// What a request changes (change_requests.kind).
enum class ChangeKind { PersonType, Unit, Specialty, Base, Status };
QString kindCode(ChangeKind k);
std::optional<ChangeKind> kindFromCode(const QString &code);
QString kindName(ChangeKind k); // translated

// Training status codes (trainees.training_status) a request can set.
inline const QString kWithdrawn = QStringLiteral("withdrawn");
inline const QString kSuspended = QStringLiteral("suspended");
inline const QString kExtended = QStringLiteral("extended");
QString statusName(const QString &code); // translated; "training" too

const Workflow &workflow();

} // namespace gme::changes
