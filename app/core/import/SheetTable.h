#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace gme {

// A cell as a spreadsheet or CSV file gave it, before any column meaning is applied.
struct SheetCell
{
    enum class Kind { Empty, Text, Number, Date, Boolean };
    Kind kind = Kind::Empty;
    QString text;     // the text as written (for numbers: the shortest exact decimal)
    double number = 0; // Number and Date (Date: the Excel serial)
    QDate date;        // Date only

    bool isEmpty() const { return kind == Kind::Empty || (kind == Kind::Text && text.trimmed().isEmpty()); }
};

// The first sheet of a file: rows of cells, row 0 = the file's first row (blank rows kept, so
// row numbers in messages match what the user sees in Excel: row index + 1).
struct SheetTable
{
    QString sheetName;
    QVector<QVector<SheetCell>> rows;

    const SheetCell &cell(int row, int column) const;
};

// Excel's day count (1900 date system, with its fictitious 1900-02-29) to a date.
QDate excelSerialToDate(double serial);

} // namespace gme
