#pragma once

#include "review/QueueRow.h"

#include <QVector>

#include <functional>

namespace gme {

struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    int rowsWritten = 0;
    QString error; // translated, when !ok && !cancelled
};

// Writes exactly the rows the user sees, in the order shown: rows[order[0]], rows[order[1]], ...
// progress(done, total) is called now and then and may return false to cancel; a cancelled
// export leaves nothing at `path`.
ExportResult exportQueueRows(const QString &path, const QVector<QueueRow> &rows, const QVector<int> &order,
                             const std::function<bool(int, int)> &progress = {});

// The column headings of the queue export, in the offices' own words.
QStringList queueExportHeadings();

} // namespace gme
