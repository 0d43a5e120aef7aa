#include "ReviewBatch.h"

#include <QCoreApplication>

#include <algorithm>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Review)
};
} // namespace

QString rowProblemText(RowProblem p)
{
    switch (p) {
    case RowProblem::None: return {};
    case RowProblem::OutOfScope:
        return Text::tr("Not found or not in your scope");
    case RowProblem::WrongState:
        return Text::tr("Its current state does not allow this action");
    case RowProblem::WindowClosed:
        return Text::tr("The review window for this stage is not open");
    case RowProblem::Changed:
        return Text::tr("Changed by someone else since you loaded it; reload and check again");
    case RowProblem::AlreadyReviewed:
        return Text::tr("Already reviewed; a registration can only be cancelled before any review");
    case RowProblem::Duplicate:
        return Text::tr("Listed more than once in this batch");
    case RowProblem::RuleBroken:
        return Text::tr("Breaks a rule of this workflow");
    }
    return {};
}

QString batchProblemText(BatchProblem p)
{
    switch (p) {
    case BatchProblem::None: return {};
    case BatchProblem::Empty:
        return Text::tr("The pending batch is empty");
    case BatchProblem::ReasonRequired:
        return Text::tr("This action needs a reason");
    case BatchProblem::ActionNotAllowed:
        return Text::tr("Your role cannot take this action");
    }
    return {};
}

int BatchCheck::badRowCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const ManifestRow &r) { return r.problem != RowProblem::None; }));
}

} // namespace gme
