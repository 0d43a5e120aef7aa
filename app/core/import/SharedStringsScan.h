#pragma once

#include "XmlScan.h"

#include <QStringList>

#include <memory>

namespace gme::xlsx {

// OOXML string items (<si> in xl/sharedStrings.xml, <is> inline in a worksheet) and the shared
// strings part, read with the fast XML tokenizer.

// "_x000D_" and friends: OOXML's escape for characters XML cannot carry.
QString unescapeOoxml(QString s);

// The text of an <si> or <is> whose start tag was just read: plain <t> or rich-text runs,
// never the phonetic <rPh> guide. False when the general reader has to look.
bool readStringItem(Scanner &in, Tag &tag, std::string_view endLocal, std::string *text);
// An item's UTF-8 text as a string, OOXML escapes resolved.
QString stringItemText(const std::string &utf8);

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

} // namespace gme::xlsx
