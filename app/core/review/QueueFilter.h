#pragma once

#include "QueueRow.h"

#include <optional>

namespace gme {

// What the reviewer typed and picked above the queue. Empty fields match everything.
struct QueueFilter
{
    QString text;        // part of a name or ID number
    QString specialty;   // exact display name
    QString base;
    QString city;
    QString personType;
    std::optional<Track> track;
    std::optional<bool> evidenceComplete; // true: nothing missing; false: something missing

    bool isEmpty() const;
    bool matches(const QueueRow &row) const;
};

} // namespace gme
