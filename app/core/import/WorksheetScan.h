#pragma once

#include "XlsxReader.h"

#include <QByteArrayView>
#include <QStringList>

#include <functional>
#include <memory>
#include <string_view>

namespace gme::xlsx {

// A scanner for exactly the XML that worksheet and shared-string parts contain (elements,
// attributes, the five entities and character references, CDATA, comments, namespace prefixes),
// about twenty times faster than QXmlStreamReader on a 100,000-row sheet because it allocates
// only for the cell texts it keeps. Whatever it does not understand (another encoding, a DOCTYPE,
// markup inside a value, a document cut short) it leaves to the general reader: those answer
// false / Outcome::General, and the caller reads the part again with QXmlStreamReader, which
// also words the error for a damaged file.

// "_x000D_" and friends: OOXML's escape for characters XML cannot carry.
QString unescapeOoxml(QString s);

// The parts are unpacked and scanned piece by piece, each piece ending just after a closing tag
// (</row>, </si>), so no element is ever cut and a 100 MB sheet never sits in memory as XML.
// Where in `buffer` the last closing tag named `local` ends; 0 when there is none.
size_t endOfLastClosingTag(QByteArrayView buffer, std::string_view local);

// The <si> items of xl/sharedStrings.xml, rich text joined, phonetic guides left out.
class SharedStringsScan
{
public:
    SharedStringsScan();
    ~SharedStringsScan();
    // Pieces ending after </si>. False: the general reader has to read the part.
    bool feed(QByteArrayView piece, bool last);
    QStringList take();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

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
