#pragma once

#include "ReviewPane.h"

namespace gme {

// Runs on the database thread: the queue, the restored pending batch and the exam batch windows.
// Pending rows that are no longer waiting in this queue are dropped from the store.
QueueLoad loadQueueFor(Database *database, const User &user, const Workflow &workflow);

} // namespace gme
