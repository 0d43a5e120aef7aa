#pragma once

#include "DashboardStats.h"

#include <QString>

namespace gme {

// Writes the dashboard's figures to one .xlsx sheet, block under block: funnel by city, funnel by
// base, items waiting by age, windows closing, return and reject reasons. Counts are numbers, every
// name is a text cell (never a formula); the file appears at `path` only when complete.
// Returns false with `error` set when the file cannot be written.
bool exportDashboard(const DashboardFigures &figures, const QString &path, QString *error);

} // namespace gme
