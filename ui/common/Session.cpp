#include "Session.h"

#include "Clock.h"

namespace gme {

const Clock &Session::clockRef() const
{
    return clock ? *clock : Clock::current();
}

} // namespace gme
