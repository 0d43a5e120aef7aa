#pragma once

#include <QStringList>

class QTableView;

namespace gme {

// Sets each column wide enough for a typical value (samples[i]) and for its header, from the font
// alone: measuring the contents of 100,000 rows would freeze the window.
void setColumnWidthsFromSamples(QTableView *view, const QStringList &samples);

} // namespace gme
