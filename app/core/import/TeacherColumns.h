#pragma once

#include "SheetTable.h"

#include <QMap>
#include <QStringList>

#include <optional>

namespace gme {

// The columns of a teacher sheet (师资名单), whatever each base calls them.
enum class TeacherField { Name, IdNumber, Department, Title, AttendingSince, Malpractice, Incidents, Evaluations };
inline constexpr int kTeacherFieldCount = int(TeacherField::Evaluations) + 1;

QString teacherFieldLabel(TeacherField f);       // the canonical Chinese heading
QStringList teacherFieldSynonyms(TeacherField f); // with the variants bases type

struct TeacherColumnMapping
{
    int headerRow = -1;              // 0-based
    QMap<TeacherField, int> columnOf; // 0-based column

    bool has(TeacherField f) const { return columnOf.contains(f); }
};

// The row among the first `scanRows` that names the most teacher columns, at least a name or ID
// number column and one more (headings compared as canonicalHeading() makes them); nullopt if none.
std::optional<TeacherColumnMapping> detectTeacherHeader(const SheetTable &table, int scanRows = 30);

} // namespace gme
