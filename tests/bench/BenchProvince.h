#pragma once

#include "auth/User.h"

#include <QString>

namespace gme {
class Database;
}

namespace gme::bench {

// The demo province at benchmark size, with its newest `queueRows` registrations put in the
// provincial queue (city_passed) and their batches' final-review windows open now, so the provincial
// reviewer has a queue of that size and may decide on it.
struct BenchProvince
{
    int registrations = 0;
    int queueRows = 0;
    double buildSeconds = 0;
};

BenchProvince buildBenchProvince(Database &db, int trainees, int queueRows);
// The demo's provincial reviewer ("province", password demo1234).
User provincialUser(Database &db);

} // namespace gme::bench
