#pragma once

#include "auth/User.h"
#include "review/Workflow.h"

namespace gme {

class Clock;
class Database;

// Who is signed in to which database: what every page needs to reach the core.
struct Session
{
    Database *database = nullptr;
    User user;
    const Workflow *workflow = &Workflow::completionExam();
    const Clock *clock = nullptr; // nullptr: Clock::current()
    const Clock &clockRef() const;
};

} // namespace gme
