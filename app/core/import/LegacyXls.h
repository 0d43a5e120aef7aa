#pragma once

#include "XlsxReader.h"

namespace gme {

// Old binary .xls workbooks (Excel 97–2003, still sent by some offices). No Debian library reads
// them well, so LibreOffice (if installed) converts a copy to .xlsx, which is then read as usual.
SheetReadResult readLegacyXls(const QString &path);

// True when the bytes start with the OLE2 compound-file signature that .xls files carry.
bool looksLikeLegacyXls(const QByteArray &head);

} // namespace gme
