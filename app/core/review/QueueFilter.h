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
    bool matches(const QueueRow &row) const; // for one row; many rows: QueueFilterMatcher
};

// A filter made ready for many rows (a keystroke refilters 100,000): the text is trimmed once, and
// when it has no letters with case (ID digits, Chinese names) it is searched case-sensitively,
// which finds the same rows several times faster than a case-insensitive search.
class QueueFilterMatcher
{
public:
    explicit QueueFilterMatcher(const QueueFilter &filter);
    bool matches(const QueueRow &row) const;

private:
    const QueueFilter &m_filter;
    QString m_needle;
    Qt::CaseSensitivity m_case = Qt::CaseInsensitive;
};

} // namespace gme
