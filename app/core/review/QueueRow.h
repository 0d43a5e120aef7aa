#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace gme {

// One line of a review queue, loaded once and held in memory; filtering and sorting work on these.
struct QueueRow
{
    qint64 registrationId = 0;
    int version = 0;
    QString name;
    QString idNumber;
    QString gender;      // "M" / "F"
    QString specialty;   // display name
    QString base;        // base name
    QString city;        // name of the base's city or school authority
    QString personType;
    Track track = Track::Resident;
    State state = State::Submitted;
    QString examBatch;   // exam batch name
    bool isMakeup = false;
    QDateTime submittedAt;
    QStringList missingEvidence; // required evidence kinds (EvidenceKind codes) nobody uploaded
};

} // namespace gme
