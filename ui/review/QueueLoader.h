#pragma once

#include "ReviewPane.h"

#include <QPromise>

namespace gme {

// The rows of the first piece. 300 fill the tallest screen several times over; each row more is read
// and checked for evidence before anything shows (at 2,000 that was ~100 ms of the time from
// pressing Sign in to seeing the queue), while the rest arrives behind them within a second or two.
constexpr int kQueueFirstRows = 300;

// Runs on the database thread: the queue, the restored pending batch and the exam batch windows.
// Pending rows that are no longer waiting in this queue are dropped from the store. Reports in
// pieces through `promise`: first the pending batch, the windows and the first `firstRows` queue
// rows, as soon as they are read, so the queue is painted at once; then every other row. Each
// piece has its own store; its choices cover every row reported so far.
void loadQueueFor(QPromise<QueueLoad> &promise, Database *database, const User &user, const Workflow &workflow,
                  int firstRows = kQueueFirstRows);

} // namespace gme
