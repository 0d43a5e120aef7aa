#pragma once

#include "SheetTable.h"

#include <functional>

namespace gme {

struct SheetReadResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // translated, names the file
    SheetTable table;
};

// Reads the first worksheet of an .xlsx file. Written against the file format, not one writer:
// shared and inline strings, absolute and relative part names, cells with or without references,
// date styles (built-in and custom) — as Excel, WPS, LibreOffice, openpyxl and libxlsxwriter write them.
SheetReadResult readXlsx(const QString &path, const std::function<bool(int percent)> &progress = {});

} // namespace gme
