#pragma once

// Spreadsheet cells and tables as the readers produce them, for import tests: a text cell, or an
// empty one for an empty string.
#include "import/SheetTable.h"

#include <QStringList>

namespace gme::test {

inline SheetCell textCell(const QString &s)
{
    SheetCell c;
    if (!s.isEmpty()) {
        c.kind = SheetCell::Kind::Text;
        c.text = s;
    }
    return c;
}

// One row per list, one text cell per string.
inline SheetTable textSheet(const QList<QStringList> &rows)
{
    SheetTable t;
    for (const QStringList &r : rows) {
        QVector<SheetCell> cells;
        for (const QString &s : r)
            cells.append(textCell(s));
        t.rows.append(cells);
    }
    return t;
}

} // namespace gme::test
