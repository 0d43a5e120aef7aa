#pragma once

#include <QDateTime>
#include <QString>

namespace gme {

// The wait after repeated failed sign-ins: none for the first two failures, then 1 s after the
// third, doubling with each further failure, never more than 60 s.
int signInDelaySecs(int consecutiveFailures);

// Seconds still to wait before another attempt is allowed; 0 when one may try now.
int secondsUntilRetry(int consecutiveFailures, const QDateTime &lastFailedAt, const QDateTime &now);

// Failures for user names that do not exist are counted in memory the same way, so the lockout
// cannot tell an attacker which names are real.
class UnknownNameThrottle
{
public:
    static int secondsUntilRetry(const QString &key, const QDateTime &now);
    static void recordFailure(const QString &key, const QDateTime &now);
};

} // namespace gme
