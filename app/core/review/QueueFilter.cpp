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
    // Cheap exact comparisons first; the substring search runs only on rows that pass them.
    if (!specialty.isEmpty() && row.specialty != specialty)
        return false;
    if (!base.isEmpty() && row.base != base)
        return false;
    if (!city.isEmpty() && row.city != city)
        return false;
    if (!personType.isEmpty() && row.personType != personType)
        return false;
    if (track && row.track != *track)
        return false;
    if (evidenceComplete && row.missingEvidence.isEmpty() != *evidenceComplete)
        return false;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    return row.name.contains(needle, Qt::CaseInsensitive) || row.idNumber.contains(needle, Qt::CaseInsensitive);
}

} // namespace gme
