#pragma once

#include "auth/User.h"
#include "review/ReviewBatch.h"

#include <QSqlDatabase>

namespace gme {

class Clock;

// Review actions on reduction requests (BatchRow::registrationId holds the request id), through
// the one ReviewEngine with reductionWorkflow(): every row is checked for scope, state, version and
// duplicates; then all rows and their log entries are written in one transaction, or none. The
// province's pass applies the reduction in that transaction: the trainee's years become the
// requested years and the end date start + years − 1 day.
class ReductionReview
{
public:
    ReductionReview(QSqlDatabase db, User user, const Clock &clock);

    BatchCheck check(const BatchRequest &request) const;
    BatchResult apply(const BatchRequest &request);

private:
    QSqlDatabase m_db;
    User m_user;
    const Clock &m_clock;
};

} // namespace gme
