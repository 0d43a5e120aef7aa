#pragma once

#include "SheetTable.h"

#include <QMap>
#include <QStringList>

#include <optional>

namespace gme {

// The fields a trainee roster can carry, whatever each office calls its columns.
enum class RosterField {
    SerialNo, Name, Gender, IdType, IdNumber, Ethnicity, BirthDate, PersonType, Track, Base, Unit,
    Specialty, TrainingStart, TrainingEnd, Education, Degree, School, GraduationDate, Phone,
    LicenceNumber, IsMakeup, Remark,
    TrainingYears, // 培训年限 (training-years sheet); added last so stored mappings keep their numbers
};
inline constexpr int kRosterFieldCount = int(RosterField::TrainingYears) + 1;

QString rosterFieldLabel(RosterField f);     // the canonical Chinese heading
QStringList rosterFieldSynonyms(RosterField f); // headings seen in real offices' files

// Where the header row is and which column holds which field (user corrections go into columnOf).
struct ColumnMapping
{
    int headerRow = -1;                 // 0-based row index in the sheet
    QMap<RosterField, int> columnOf;    // 0-based column
    QStringList unmappedHeadings;       // headings nothing matched, for the wizard to offer

    bool has(RosterField f) const { return columnOf.contains(f); }
};

// A heading made comparable: spaces, "*" required markers, colons and bracketed notes removed.
QString canonicalHeading(const QString &heading);

// Looks through the first rows below title and unit lines for the row that reads most like a
// header. nullopt when no row names at least a name or ID column and one more field.
std::optional<ColumnMapping> detectRosterHeader(const SheetTable &table, int scanRows = 30);

} // namespace gme
