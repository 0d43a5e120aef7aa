#pragma once

#include "EvidenceRef.h"
#include "RequiredEvidence.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace gme {

// What the evidence pane needs about one registration, read in one go.
struct RegistrationEvidence
{
    qint64 registrationId = 0;
    QString idNumber;            // for the photo naming rule
    EvidenceSituation situation;
    QList<EvidenceRef> files;    // in upload order
    QStringList missingKinds;    // required kinds without a file
};

// Reads evidence metadata (never the bytes). Throws DbError on database failure.
class EvidenceRepository
{
public:
    explicit EvidenceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<EvidenceRef> filesOf(qint64 registrationId) const;
    // Files of several registrations in one query (e.g. the next rows, to prefetch), in upload order.
    QList<EvidenceRef> filesOf(const QList<qint64> &registrationIds) const;
    // Empty registrationId (0) when the registration does not exist.
    RegistrationEvidence registration(qint64 registrationId) const;
    // Missing required kinds for many registrations at once (for queue columns and filters);
    // registrations with nothing missing are left out.
    QHash<qint64, QStringList> missingKinds(const QList<qint64> &registrationIds) const;

private:
    QSqlDatabase m_db;
};

} // namespace gme
