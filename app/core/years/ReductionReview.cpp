#include "ReductionReview.h"

#include "ReductionRequests.h"
#include "review/ReviewEngine.h"

namespace gme {

ReductionReview::ReductionReview(QSqlDatabase db, User user, const Clock &clock)
    : m_db(std::move(db)), m_user(std::move(user)), m_clock(clock)
{
}

BatchCheck ReductionReview::check(const BatchRequest &request) const
{
    return ReviewEngine(m_db, m_user, reductionWorkflow(), m_clock).check(request);
}

BatchResult ReductionReview::apply(const BatchRequest &request)
{
    return ReviewEngine(m_db, m_user, reductionWorkflow(), m_clock).apply(request);
}

} // namespace gme
