#pragma once

#include "RosterColumns.h"
#include "domain/Types.h"

#include <QDate>
#include <QList>

#include <optional>

namespace gme {

// A trainee's training years as stored, for a roster row to be judged against.
struct StoredYears
{
    std::optional<int> years;
    QDate start, end;
    std::optional<int> approvedYears; // set by an applied reduction (减免)
};

// True when a roster sets training years: it has a 培训年限 column and a start date column, or both
// start and end date columns (the years then follow from the dates when they span 1, 2 or 3 years).
bool rosterSetsTrainingYears(const ColumnMapping &m);

// What one roster row gives a trainee, under the rules of app/core/years: years in {1, 2, 3}, end =
// start + years − 1 day, no change of years or dates an applied reduction set. A row whose dates
// span no whole 1–3 years (an extension, say) and has no years keeps the stored years.
struct RosterYears
{
    std::optional<int> years; // what training_years becomes
    QDate end;                // what training_end becomes
    QList<std::pair<RosterField, QString>> problems; // translated
};

struct RosterYearsInput
{
    QString yearsText;     // the 培训年限 cell, normalised ("" when empty or no column)
    QDate start, end;      // parsed cells (invalid when empty)
    bool endMapped = false;
    Track track = Track::Resident;
    const StoredYears *stored = nullptr; // null for a new trainee
};

RosterYears rosterTrainingYears(const RosterYearsInput &in);

} // namespace gme
