#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace gme {

// One-sheet .xlsx writer over libxlsxwriter. It writes to a temporary file beside the target and
// renames it into place on commit(), so a cancel or a crash never leaves a half file at the target.
// Every text cell carries the Text number format ("@"), so a value such as "=HYPERLINK(...)" stays
// text even when a user edits the cell later; nothing is ever written as a formula.
class XlsxWriter
{
public:
    explicit XlsxWriter(QString targetPath, const QString &sheetName);
    ~XlsxWriter(); // discards the temporary file unless committed
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    bool isOpen() const { return m_sheet != nullptr; }
    QString errorString() const { return m_error; }

    void setColumnWidth(int column, double width);
    // A title line merged across the first `columns` columns (write it before any other cell).
    void writeTitle(int row, int columns, const QString &text);
    void writeHeader(int row, const QStringList &labels);
    void writeText(int row, int column, const QString &text);
    void writeDate(int row, int column, const QDate &date); // blank when invalid
    void writeNumber(int row, int column, double value);
    void freezeRowsAbove(int row);

    // Finishes the file and moves it to the target path. Returns false with errorString() set.
    bool commit();

private:
    void fail(const QString &message);

    QString m_target;
    QString m_tempPath;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_text = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_title = nullptr;
    QString m_error;
    bool m_committed = false;
};

} // namespace gme
