#pragma once

// Evidence at benchmark scale: 20-page PDFs like the forms trainees upload, and the time from
// selecting a row to the first page painted in the evidence viewer.
#include "BenchClock.h"
#include "evidence/EvidenceRef.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <optional>

namespace gme {
class EvidenceViewer;
}

namespace gme::bench {

// A 20-page form with vector text; `variant` makes each file's bytes differ.
QByteArray twentyPagePdf(int variant);
// The same as a scanner makes it: every page a 150 dpi greyscale picture.
QByteArray scannedTwentyPagePdf(int variant);
// A reference to `bytes` as registration `n`'s process register.
EvidenceRef evidenceRefFor(const QByteArray &bytes, int n);

// Runs the event loop until done() or the timeout.
void waitUntil(const std::function<bool()> &done, int timeoutMs = 20000);

// Shows the file and measures until its first page is painted (wall; CPU of the whole process).
// Before timing, the event loop runs 400 ms: the reviewer looks at the previous row meanwhile.
// Returns nullopt when nothing was painted.
std::optional<Sample> timeToFirstPaint(EvidenceViewer &viewer, const EvidenceRef &ref);
// The same after the viewer fetched the file ahead (as it does for the rows below the current one).
std::optional<Sample> prefetchedTimeToFirstPaint(EvidenceViewer &viewer, const EvidenceRef &ref);

// `runs` warm first pages of distinct 20-page forms from a database source, after one unmeasured
// warm-up; the viewer is 1000 × 800. Needs a QApplication.
QList<Sample> warmFirstPageRuns(int runs);

} // namespace gme::bench
