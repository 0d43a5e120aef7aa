#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

namespace gme {

// One-sheet .xlsx writer. It writes to a temporary file beside the target and renames it into
// place on commit(), so a cancel or a crash never leaves a half file at the target.
// Every text cell carries the Text number format ("@"), so a value such as "=HYPERLINK(...)" stays
// text even when a user edits the cell later; nothing is ever written as a formula.
//
// Rows stream in order (a row before the current one cannot be written any more); cells of the
// current row may come in any order. Text goes into a shared-string table, as Excel and WPS write
// it; the rows are compressed as they come, so a 100,000-row sheet never sits in memory as XML.
// Column widths and the frozen pane may be set at any time before commit().
class XlsxWriter
{
public:
    explicit XlsxWriter(QString targetPath, const QString &sheetName);
    ~XlsxWriter(); // discards the temporary file unless committed
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    bool isOpen() const;
    QString errorString() const { return m_error; }

    void setColumnWidth(int column, double width);
    // A title line centred across the first `columns` columns (write it before any other cell).
    void writeTitle(int row, int columns, const QString &text);
    void writeHeader(int row, const QStringList &labels);
    void writeText(int row, int column, const QString &text);
    void writeDate(int row, int column, const QDate &date); // blank when invalid
    void writeNumber(int row, int column, double value);
    void freezeRowsAbove(int row);

    // Finishes the file and moves it to the target path. Returns false with errorString() set.
    bool commit();

    struct Sheet; // the streaming worksheet and package (XlsxWriter.cpp)

private:
    void fail(const QString &message);

    QString m_target;
    QString m_tempPath;
    std::unique_ptr<Sheet> m_sheet;
    QString m_error;
    bool m_committed = false;
};

} // namespace gme
