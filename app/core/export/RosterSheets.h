#pragma once

#include "QueueExport.h"
#include "auth/User.h"
#include "import/RosterImport.h"

#include <QSqlDatabase>

namespace gme {

// The spreadsheets offices exchange, each limited to what the user may see.
enum class RosterSheet {
    NationalRoster, // 结业理论统考资格审核名册: final-passed rows, provincial template, title and seal lines
    BaseSummary,    // 报名汇总表: a base's registrants with title and unit lines
    ReturnedList,   // returned and rejected registrants with the reason, to notify trainees
    AllRegistrants, // every registrant of the batch in reach, 25 columns
};

// examBatchId 0: every exam batch.
ExportResult exportRosterSheet(QSqlDatabase db, const User &user, RosterSheet sheet, qint64 examBatchId,
                               const QString &path, const std::function<bool(int, int)> &progress = {});

// The import report: file, row, column and problem of every issue.
ExportResult exportImportReport(const ImportPlan &plan, const QString &path);

} // namespace gme
