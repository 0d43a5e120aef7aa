#include "QueueFilter.h"

namespace gme {

bool QueueFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && specialty.isEmpty() && base.isEmpty() && city.isEmpty()
        && personType.isEmpty() && !track.has_value()
        && !evidenceComplete.has_value();
}

bool QueueFilter::matches(const QueueRow &row) const
{
    return QueueFilterMatcher(*this).matches(row);
}

QueueFilterMatcher::QueueFilterMatcher(const QueueFilter &filter) : m_filter(filter), m_needle(filter.text.trimmed())
{
    bool cased = false;
    for (QChar c : std::as_const(m_needle))
        cased |= c.toLower() != c || c.toUpper() != c;
    m_case = cased ? Qt::CaseInsensitive : Qt::CaseSensitive;
}

bool QueueFilterMatcher::matches(const QueueRow &row) const
{
    const QueueFilter &f = m_filter;
    // Cheap exact comparisons first; the substring search runs only on rows that pass them.
    if (!f.specialty.isEmpty() && row.specialty != f.specialty)
        return false;
    if (!f.base.isEmpty() && row.base != f.base)
        return false;
    if (!f.city.isEmpty() && row.city != f.city)
        return false;
    if (!f.personType.isEmpty() && row.personType != f.personType)
        return false;
    if (f.track && row.track != *f.track)
        return false;
    if (f.evidenceComplete && row.missingEvidence.isEmpty() != *f.evidenceComplete)
        return false;
    if (m_needle.isEmpty())
        return true;
    return row.name.contains(m_needle, m_case) || row.idNumber.contains(m_needle, m_case);
}

} // namespace gme
