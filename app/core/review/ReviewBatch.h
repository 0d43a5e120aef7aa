#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace gme {

// One item (a registration, for the completion exam) as the reviewer saw it: the version guards
// against acting on stale data.
struct BatchRow
{
    qint64 registrationId = 0; // the item's id in its workflow's table
    int version = 0;
};

// One action on a whole pending batch. A single-row decision is a batch of one.
struct BatchRequest
{
    BatchRequest(Action a = Action::Pass, QString why = {}, QList<BatchRow> batch = {})
        : action(a), reason(std::move(why)), rows(std::move(batch))
    {
    }
    // A batch of a code-based workflow's action (Workflow.h).
    static BatchRequest of(const QString &actionCode, QList<BatchRow> batch, QString why = {})
    {
        BatchRequest r(Action::Pass, std::move(why), std::move(batch));
        r.customAction = actionCode;
        return r;
    }

    Action action = Action::Pass;
    QString reason;
    QList<BatchRow> rows;
    QString customAction; // a workflow's own action code; empty: actionCode(action)
    QString code() const { return customAction.isEmpty() ? actionCode(action) : customAction; }
};

// Why a row cannot take the action. One problem per row; when several apply, the first of
// Duplicate, OutOfScope, Changed, WrongState, AlreadyReviewed, WindowClosed, RuleBroken is reported (a stale
// version explains a wrong state, so Changed comes before it).
enum class RowProblem {
    None,
    OutOfScope,    // not visible to this user (or does not exist; the two are not told apart)
    WrongState,    // not in a state this action applies to
    WindowClosed,  // the stage window for its batch is not open now
    Changed,       // someone changed it since it was loaded (version differs)
    AlreadyReviewed, // cancel after a review has happened
    Duplicate,     // listed twice in the batch
    RuleBroken,    // breaks a rule of its workflow (quota, time lock, ...): ManifestRow::note says which
};
QString rowProblemText(RowProblem p); // translated

// A manifest line: every name and ID number of the batch, with what is wrong with it.
// Lines are in the order of BatchRequest::rows, one per request row (duplicates included).
struct ManifestRow
{
    qint64 registrationId = 0;
    int version = 0;  // the version the reviewer sent (loadRows() gives the current one)
    QString name;     // empty when out of scope: names of other bases' trainees never leak
    QString idNumber; // likewise
    State state = State::Submitted; // current state in the database; meaningless when out of scope
    QString stateCode;              // the same as its workflow's code (any workflow)
    RowProblem problem = RowProblem::None;
    QString note;                   // the broken rule, translated (RuleBroken)
};

enum class BatchProblem {
    None,
    Empty,
    ReasonRequired,
    ActionNotAllowed, // this role cannot take this action at all
};
QString batchProblemText(BatchProblem p); // translated

// The batch problem is the first of Empty, ActionNotAllowed, ReasonRequired; rows are still
// checked (and listed) when the batch as a whole is refused, except for an empty batch.
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
    bool cancelled = false; // the progress callback asked to stop; nothing was written
    qint64 batchActionId = 0;
    int rowCount = 0;
    BatchCheck check; // when not applied: why
};

} // namespace gme
