#pragma once

#include "domain/Types.h"

#include <QString>

namespace gme {

// The Chinese words exchanged spreadsheets use. They are part of the file format offices
// expect, so they do not follow the interface language.
QString sheetState(State s);
QString sheetTrack(Track t);
QString sheetGender(const QString &code); // "M" / "F"
QString sheetYesNo(bool b);

} // namespace gme
