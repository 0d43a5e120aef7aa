#pragma once

#include "review/WorkflowRules.h"

namespace gme::recruit {

// The recruitment rules that are not a state move:
// - a send carries at most 20 results (the caller splits larger selections into groups);
// - a sent result can be cancelled or withdrawn for 12 hours, and answered only after that;
// - a base admits no more than its plan for a specialty (admission_plans.quota);
// and what the moves write besides the state (admitted specialty, send time and group, answer time).
class RecruitmentRules final : public WorkflowRules
{
public:
    void check(const RuleContext &ctx, const BatchRequest &request, const QVector<Step> &moves,
               QList<ManifestRow> &rows) const override;
    void afterMove(const RuleContext &ctx, qint64 itemId, const Step &move, const QString &reason) const override;
};

} // namespace gme::recruit
