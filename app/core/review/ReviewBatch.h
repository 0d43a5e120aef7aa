#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace gme {

// One registration as the reviewer saw it: the version guards against acting on stale data.
struct BatchRow
{
    qint64 registrationId = 0;
    int version = 0;
};

// One action on a whole pending batch. A single-row decision is a batch of one.
struct BatchRequest
{
    Action action = Action::Pass;
    QString reason;
    QList<BatchRow> rows;
};

// Why a row cannot take the action.
enum class RowProblem {
    None,
    OutOfScope,    // not visible to this user (or does not exist; the two are not told apart)
    WrongState,    // not in a state this action applies to
    WindowClosed,  // the stage window for its batch is not open now
    Changed,       // someone changed it since it was loaded (version differs)
    AlreadyReviewed, // cancel after a review has happened
    Duplicate,     // listed twice in the batch
};
QString rowProblemText(RowProblem p); // translated

// A manifest line: every name and ID number of the batch, with what is wrong with it.
struct ManifestRow
{
    qint64 registrationId = 0;
    int version = 0;
    QString name;     // empty when out of scope: names of other bases' trainees never leak
    QString idNumber; // likewise
    State state = State::Submitted;
    RowProblem problem = RowProblem::None;
};

enum class BatchProblem {
    None,
    Empty,
    ReasonRequired,
    ActionNotAllowed, // this role cannot take this action at all
};
QString batchProblemText(BatchProblem p); // translated

struct BatchCheck
{
    BatchProblem problem = BatchProblem::None;
    QList<ManifestRow> rows;
    int badRowCount() const;
    bool ok() const { return problem == BatchProblem::None && badRowCount() == 0; }
};

struct BatchResult
{
    bool applied = false;
    qint64 batchActionId = 0;
    int rowCount = 0;
    BatchCheck check; // when not applied: why
};

} // namespace gme
