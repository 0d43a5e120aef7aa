#include "Clock.h"

#include <atomic>

namespace gme {
namespace {
const SystemClock kSystemClock;
std::atomic<const Clock *> g_clock{&kSystemClock};
} // namespace

const Clock &Clock::current() { return *g_clock.load(); }

void Clock::install(const Clock *clock) { g_clock.store(clock ? clock : &kSystemClock); }

QString toDbTime(const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")); }

QDateTime fromDbTime(const QString &s) { return QDateTime::fromString(s, Qt::ISODate); }

} // namespace gme
