#pragma once

#include "review/WorkflowRules.h"

namespace gme::changes {

// Approval applies the request to the trainee's record, in the same transaction as the decision;
// it is refused when the record no longer holds the value the request was filed against.
class ChangeRules final : public WorkflowRules
{
public:
    void check(const RuleContext &ctx, const BatchRequest &request, const QVector<Step> &moves,
               QList<ManifestRow> &rows) const override;
    void afterMove(const RuleContext &ctx, qint64 itemId, const Step &move, const QString &reason) const override;
};

} // namespace gme::changes
