#pragma once

#include "XlsxReader.h"

namespace gme {

// Reads a CSV file as Chinese offices produce it: UTF-8 with or without BOM, or GB18030/GBK
// (what Excel and WPS write on a Chinese Windows). Comma, semicolon or tab separated; quoted
// fields may hold separators, quotes ("") and line breaks.
SheetReadResult readCsv(const QString &path);

// The encoding decision, exposed for tests: "UTF-8" or "GB18030".
QString detectCsvEncoding(const QByteArray &bytes);

} // namespace gme
