#include "SignInThrottle.h"

#include <QHash>
#include <QMutex>

#include <algorithm>

namespace gme {
namespace {

constexpr int kFreeFailures = 3;
constexpr int kMaxDelaySecs = 60;
constexpr qsizetype kMaxTrackedNames = 4096; // bounds memory under a flood of random names

struct Failures
{
    int count = 0;
    QDateTime last;
};

QMutex g_mutex;
QHash<QString, Failures> g_unknown;

} // namespace

int signInDelaySecs(int consecutiveFailures)
{
    if (consecutiveFailures < kFreeFailures)
        return 0;
    const int exponent = consecutiveFailures - kFreeFailures;
    if (exponent >= 6) // 2^6 = 64 > cap; also keeps the shift in range
        return kMaxDelaySecs;
    return std::min(1 << exponent, kMaxDelaySecs);
}

int secondsUntilRetry(int consecutiveFailures, const QDateTime &lastFailedAt, const QDateTime &now)
{
    const int delay = signInDelaySecs(consecutiveFailures);
    if (delay == 0 || !lastFailedAt.isValid())
        return 0;
    const qint64 elapsed = lastFailedAt.secsTo(now);
    if (elapsed < 0) // the clock went back: do not lock anyone out for longer than the delay
        return delay;
    return elapsed >= delay ? 0 : int(delay - elapsed);
}

int UnknownNameThrottle::secondsUntilRetry(const QString &key, const QDateTime &now)
{
    QMutexLocker lock(&g_mutex);
    const auto it = g_unknown.constFind(key);
    return it == g_unknown.cend() ? 0 : gme::secondsUntilRetry(it->count, it->last, now);
}

void UnknownNameThrottle::recordFailure(const QString &key, const QDateTime &now)
{
    QMutexLocker lock(&g_mutex);
    if (g_unknown.size() >= kMaxTrackedNames && !g_unknown.contains(key))
        g_unknown.clear();
    Failures &f = g_unknown[key];
    ++f.count;
    f.last = now;
}

} // namespace gme
