#include "RequiredEvidence.h"

#include "db/SqlDialect.h"

#include "EvidenceRef.h"

namespace gme {

int standardTrainingYears(Track track)
{
    return track == Track::Resident ? 3 : 2;
}

bool trainingYearsReduced(const EvidenceSituation &s)
{
    if (!s.trainingStart.isValid() || !s.trainingEnd.isValid())
        return false;
    const QDate standardEnd = s.trainingStart.addYears(standardTrainingYears(s.track)).addMonths(-1);
    return s.trainingEnd < standardEnd;
}

QStringList requiredEvidenceKinds(const EvidenceSituation &s)
{
    QStringList kinds{EvidenceKind::ProcessRegister, EvidenceKind::Photo};
    if (s.track == Track::Resident)
        kinds.append(EvidenceKind::Licence);
    if (trainingYearsReduced(s))
        kinds.append(EvidenceKind::ReductionProof);
    return kinds;
}

QStringList missingEvidenceKinds(const EvidenceSituation &s, const QStringList &presentKinds)
{
    QStringList missing;
    for (const QString &kind : requiredEvidenceKinds(s))
        if (!presentKinds.contains(kind))
            missing.append(kind);
    return missing;
}

QString missingEvidenceSqlCondition(Dialect dialect, const QString &r, const QString &t)
{
    auto lacks = [&r](QLatin1String kind) {
        return QStringLiteral("NOT EXISTS (SELECT 1 FROM evidence ev WHERE ev.registration_id = %1.id AND ev.kind = '%2')")
            .arg(r, kind);
    };
    // Mirrors trainingYearsReduced(): shorter than the standard length less a month's grace.
    const QString start = t + QStringLiteral(".training_start");
    const QString end = t + QStringLiteral(".training_end");
    const QString reduced =
        QStringLiteral("(%1 IS NOT NULL AND %2 IS NOT NULL AND %3 < %4)")
            .arg(start, end, sql::asDate(dialect, end),
                 sql::plusMonths(dialect, start,
                                 QStringLiteral("CASE WHEN %1.track = 'resident' THEN 35 ELSE 23 END").arg(t)));
    return QStringLiteral("(%1 OR %2 OR (%3.track = 'resident' AND %4) OR (%5 AND %6))")
        .arg(lacks(EvidenceKind::ProcessRegister), lacks(EvidenceKind::Photo), t, lacks(EvidenceKind::Licence), reduced,
             lacks(EvidenceKind::ReductionProof));
}

} // namespace gme
