#pragma once

#include "db/Database.h"
#include "domain/Types.h"

#include <QDate>
#include <QStringList>

namespace gme {

// What a registrant's situation asks of their evidence.
struct EvidenceSituation
{
    Track track = Track::Resident;
    QDate trainingStart;
    QDate trainingEnd;
};

// The standard programme length: 3 years for residents, 2 for assistant GPs.
int standardTrainingYears(Track track);

// True when the training period is shorter than the standard length (a month's grace for
// periods such as 2020-09-01..2023-08-31); false when either date is unknown. There is no
// reduction column yet, so the dates decide.
bool trainingYearsReduced(const EvidenceSituation &situation);

// Kinds every such registrant must upload (EvidenceKind codes), in display order:
// process assessment register and certificate photo always; the physician qualification
// certificate on the resident track; the reduction proof when training years were reduced.
QStringList requiredEvidenceKinds(const EvidenceSituation &situation);

// The required kinds not among presentKinds.
QStringList missingEvidenceKinds(const EvidenceSituation &situation, const QStringList &presentKinds);

// The same rule as an SQL condition in the given dialect, true for registrations missing any required
// evidence, for queue filters: `registration` and `trainee` are the aliases of registrations and
// trainees in the caller's query. Binds nothing.
QString missingEvidenceSqlCondition(Dialect dialect, const QString &registration, const QString &trainee);

} // namespace gme
