#pragma once

#include "auth/User.h"
#include "export/QueueExport.h"

#include <QSqlDatabase>

#include <functional>

namespace gme {

struct TrainingYearsRow;

// The headings of the training-years sheet (培训年限表), which its import reads back.
QStringList trainingYearsHeadings();

// Writes the training-years sheet of every trainee in the user's reach: title line, header, one
// row per trainee (ID numbers as text, dates as dates, years as numbers).
ExportResult exportTrainingYearsSheet(QSqlDatabase db, const User &user, const QString &path,
                                      const std::function<bool(int, int)> &progress = {});

// The same sheet for rows already loaded (exactly the rows a list shows, in its order).
ExportResult exportTrainingYearsRows(const QVector<TrainingYearsRow> &rows, const QVector<int> &order,
                                     const QString &path, const std::function<bool(int, int)> &progress = {});

} // namespace gme
