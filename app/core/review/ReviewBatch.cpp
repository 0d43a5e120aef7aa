#include "ReviewBatch.h"

#include <QCoreApplication>

#include <algorithm>

namespace gme {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("gme::Review", text); }
} // namespace

QString rowProblemText(RowProblem p)
{
    switch (p) {
    case RowProblem::None: return {};
    case RowProblem::OutOfScope:
        return tr(QT_TRANSLATE_NOOP("gme::Review", "Not found or not in your scope"));
    case RowProblem::WrongState:
        return tr(QT_TRANSLATE_NOOP("gme::Review", "Its current state does not allow this action"));
    case RowProblem::WindowClosed:
        return tr(QT_TRANSLATE_NOOP("gme::Review", "The review window for this stage is not open"));
    case RowProblem::Changed:
        return tr(QT_TRANSLATE_NOOP("gme::Review", "Changed by someone else since you loaded it; reload and check again"));
    case RowProblem::AlreadyReviewed:
        return tr(QT_TRANSLATE_NOOP("gme::Review", "Already reviewed; a registration can only be cancelled before any review"));
    case RowProblem::Duplicate:
        return tr(QT_TRANSLATE_NOOP("gme::Review", "Listed more than once in this batch"));
    }
    return {};
}

QString batchProblemText(BatchProblem p)
{
    switch (p) {
    case BatchProblem::None: return {};
    case BatchProblem::Empty:
        return tr(QT_TRANSLATE_NOOP("gme::Review", "The pending batch is empty"));
    case BatchProblem::ReasonRequired:
        return tr(QT_TRANSLATE_NOOP("gme::Review", "This action needs a reason"));
    case BatchProblem::ActionNotAllowed:
        return tr(QT_TRANSLATE_NOOP("gme::Review", "Your role cannot take this action"));
    }
    return {};
}

int BatchCheck::badRowCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const ManifestRow &r) { return r.problem != RowProblem::None; }));
}

} // namespace gme
