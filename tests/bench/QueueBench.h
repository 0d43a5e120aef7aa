#pragma once

// The review pane at provincial scale, in this process: the provincial reviewer's queue loaded,
// then a filter keystroke, a column sort and select-all + move to the pending batch, each timed
// until the table has been painted again. And a 10,000-row batch applied with its decision log.
#include "BenchClock.h"
#include "auth/User.h"

#include <QString>

namespace gme {
class Database;
}

namespace gme::bench {

struct QueueRuns
{
    int rows = 0;              // rows in the queue when it was opened
    QList<Sample> filter;      // GUI-thread CPU
    QList<Sample> sort;
    QList<Sample> moveAll;
    QString error;
};

// `runs` of each interaction on the pane, which is 1400 × 900 and shown (offscreen).
QueueRuns runQueueScenarios(Database &db, const User &user, int runs);

// `runs` batches of `rowsPerBatch` rows passed at final review, each with its batch_actions record
// and one decision per row; distinct rows each run, taken from the user's queue. Applied as the
// review pane does, with a batch token. Timed by `timer` (default: wall and process CPU).
using Timer = std::function<Sample(const std::function<void()> &work)>;
QList<Sample> runApplyBatches(Database &db, const User &user, int runs, int rowsPerBatch, QString *error,
                              const Timer &timer = {});

} // namespace gme::bench
