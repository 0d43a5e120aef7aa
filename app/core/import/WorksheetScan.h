#pragma once

#include "SharedStringsScan.h"
#include "XlsxReader.h"

#include <QByteArrayView>
#include <QStringList>

#include <functional>
#include <memory>

namespace gme::xlsx {

// The cells of a worksheet part read with the fast XML tokenizer (XmlScan.h), about twenty times
// faster than QXmlStreamReader on a 100,000-row sheet. Whatever the tokenizer does not understand
// answers Outcome::General, and the caller reads the part again with QXmlStreamReader, which also
// words the error for a damaged file.

// More: feed the next piece. Failed: result->error is set (row or column out of range, bad
// reference), worded as the general reader words it.
enum class Outcome { More, Read, General, Failed, Cancelled };

// The cells of a worksheet part, into result->table.rows.
class WorksheetScan
{
public:
    WorksheetScan(const QStringList &shared, const QVector<bool> &dateStyles, const QString &fileName,
                  const std::function<bool(int)> &progress, SheetReadResult *result, qint64 totalSize);
    ~WorksheetScan();
    // Pieces ending after </row>.
    Outcome feed(QByteArrayView piece, bool last);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// What the general reader and the scanner share: a cell from its type, style and value text.
// Returns false when the cell holds nothing (no number where one belongs).
enum class CellType { Shared, InlineString, FormulaString, Boolean, Error, Number };
CellType cellTypeOf(QStringView t);
bool makeCell(CellType type, int style, const QString &value, bool valueUnescaped, const QStringList &shared,
              const QVector<bool> &dateStyles, SheetCell *cell);
bool parseReference(QStringView ref, int *column, int *row);

} // namespace gme::xlsx
