#pragma once

#include "SheetTable.h"

#include <optional>

namespace gme {

// What offices type into rosters, made comparable: full-width letters and digits become ASCII,
// ideographic and other odd spaces become plain spaces, runs of spaces collapse, the ends are
// trimmed, and a space between two Chinese characters ("张 三") disappears.
QString normalizeOfficeText(const QString &raw);

// Dates as offices write them: Excel date cells or serials, 2021-08-01, 2021/8/1, 2021.08.01,
// 20210801, 2021.08 and 2021-08 (the first of the month), 2021年8月1日, 2021年8月.
std::optional<QDate> parseOfficeDate(const SheetCell &cell);
std::optional<QDate> parseOfficeDate(const QString &text);

} // namespace gme
