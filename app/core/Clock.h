#pragma once

#include <QDateTime>

namespace gme {

// Where "now" comes from, so windows, lockouts and logs can be tested without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The process-wide clock: the system clock unless a test installed another.
    static const Clock &current();
    static void install(const Clock *clock); // nullptr restores the system clock
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// A clock that stays where it is put; for tests and for scripted runs.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at; }
    void advanceSecs(qint64 s) { m_at = m_at.addSecs(s); }

private:
    QDateTime m_at;
};

// Timestamps are stored as ISO 8601 local date-times without zone ("2023-03-14T09:00:00").
QString toDbTime(const QDateTime &t);
QDateTime fromDbTime(const QString &s);

} // namespace gme
