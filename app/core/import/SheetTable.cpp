#include "SheetTable.h"

namespace gme {

const SheetCell &SheetTable::cell(int row, int column) const
{
    static const SheetCell empty;
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
        return empty;
    return rows[row][column];
}

QDate excelSerialToDate(double serial)
{
    if (serial < 1 || serial > 2958465) // 9999-12-31
        return {};
    // Serial 60 is the 1900-02-29 that never was; later serials are one day ahead of reality.
    const qint64 days = qint64(serial);
    const QDate epoch(1899, 12, 31);
    return days < 60 ? epoch.addDays(days) : epoch.addDays(days - 1);
}

} // namespace gme
