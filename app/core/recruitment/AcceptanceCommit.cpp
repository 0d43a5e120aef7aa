// AcceptanceImporter::commit: records the planned answers through the review engine, all in one
// transaction.
#include "AcceptanceImport.h"

#include "RecruitmentWorkflow.h"
#include "db/DbError.h"
#include "review/ReviewEngine.h"

#include <QCoreApplication>

namespace gme::recruit {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::AcceptanceImport)
};

} // namespace

ImportOutcome AcceptanceImporter::commit(const AcceptancePlan &plan, RosterImporter::Mode mode,
                                         const std::function<bool(int, int)> &progress)
{
    ImportOutcome out;
    if (mode == RosterImporter::Mode::AllOrNothing && !plan.rejectedRows.isEmpty()) {
        out.error = Text::tr("%n row(s) have problems; no answer was recorded.", nullptr, int(plan.rejectedRows.size()));
        return out;
    }
    QList<BatchRow> accepted, declined;
    for (const AcceptanceRecord &r : plan.valid)
        (r.accept ? accepted : declined).append(BatchRow{r.applicationId, r.version});
    // The decision log says where the answers came from.
    const QString reason = Text::tr("Imported from %1").arg(plan.fileName);
    QList<BatchRequest> batches;
    if (!accepted.isEmpty())
        batches.append(BatchRequest::of(kAccept, accepted, reason));
    if (!declined.isEmpty())
        batches.append(BatchRequest::of(kDecline, declined, reason));
    if (batches.isEmpty()) {
        out.ok = true;
        out.unchanged = plan.alreadyAnswered;
        return out;
    }
    try {
        const BatchResult r = ReviewEngine(m_db, m_user, workflow(), m_clock).applyAll(batches, progress);
        if (r.cancelled) {
            out.cancelled = true;
            return out;
        }
        if (!r.applied) {
            // Someone changed a row, or a window closed, since the file was checked: nothing is written.
            out.error = Text::tr("%n answer(s) cannot be recorded any more (changed since the file was checked); "
                                 "nothing was recorded. Read the file again.",
                                 nullptr, qMax(1, r.check.badRowCount()));
            return out;
        }
        out.updated = r.rowCount;
    } catch (const DbError &e) {
        out = {};
        out.error = Text::tr("No answer was recorded: %1").arg(e.message());
        return out;
    }
    out.unchanged = plan.alreadyAnswered;
    out.ok = true;
    return out;
}

} // namespace gme::recruit
