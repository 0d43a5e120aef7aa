#pragma once

// HOW TO ADD A WORKFLOW (a new queue on the one review engine)
//
// 1. A migration (sql/sqlite/NNN_*.sql) with
//    - the item table: `id INTEGER PRIMARY KEY`, `state TEXT`, `version INTEGER NOT NULL DEFAULT 1`,
//      `updated_at TEXT`, a column with the owning base's org id (scope), a person join giving a
//      name and an ID number, and, if the workflow has time windows, a column naming the window set
//      (an exam batch, a recruitment round, ...);
//    - its decision log, with exactly these columns besides its item column:
//      batch_action_id, user_id, stage, action, from_state, to_state, reason, decided_at
//      (make it append-only with the two triggers the `decisions` table has).
//    Its sql/postgres twin also seeds workflow_transitions with the Steps and adds the server's
//    own checks of a move (see sql/postgres/016_flow_rules.sql); add the flow to
//    tests/db/tst_pg_flow_rules.cpp, which compares the server's table with the Steps.
// 2. A WorkflowSpec: its code, its Steps (role, stage, from, action, to, reason required) written
//    as codes, the ItemStorage naming the tables and columns above, the SQL listing its windows
//    (or none: always open), the columns its queue shows, and optionally WorkflowRules for rules
//    that are not a state move (quotas, time locks) and for what a move writes besides the state.
// 3. ReviewEngine(db, user, workflow, clock) then checks and applies batches for it (scope, state,
//    window, version, rules; every row and its decision rows in one transaction, or nothing), and
//    FlowQueue lists a role's waiting rows for the generic FlowPane (ui/flows).
// See app/core/recruitment/RecruitmentWorkflow.cpp and app/core/changes/ChangeWorkflow.cpp.
//
// The completion exam (结业考核报名) is the first workflow: its vocabulary is the enums in
// domain/Types.h, kept as a typed view (Transition, find(), queueStates(), reviewStage()) that
// QueueRepository and ReviewPane use; the engine itself only reads the code-based Steps.

#include "domain/Types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace gme {

class WorkflowRules;

// One legal move of an item, in codes: who may do it, in which stage window, from which state to which.
struct Step
{
    Role role;
    QString stage;
    QString from;
    QString action;
    QString to;
    bool needsReason = false;
    bool beforeAnyReview = false; // refused (AlreadyReviewed) once any review action was logged
};

// One legal move of a completion-exam registration, in the Types.h enums.
struct Transition
{
    Role role;
    Stage stage;
    State from;
    Action action;
    State to;
    bool needsReason;
};

// Where a workflow's items live. The strings are SQL fragments fixed by the workflow's code, never
// values; the item table is always aliased `r`.
struct ItemStorage
{
    QString table = QStringLiteral("registrations");
    QString personJoin = QStringLiteral("JOIN trainees t ON t.id = r.trainee_id");
    QString nameColumn = QStringLiteral("t.name");
    QString idNumberColumn = QStringLiteral("t.id_number");
    QString scopeColumn = QStringLiteral("r.base_id");
    QString windowKeyColumn = QStringLiteral("r.batch_id"); // empty: the workflow has no windows
    QString decisionTable = QStringLiteral("decisions");
    QString decisionItemColumn = QStringLiteral("registration_id");
    QString extraJoins; // further joins the queue columns need
};

// A column of a workflow's queue: a translated title and the SQL expression giving its text.
struct ListColumn
{
    QString key;   // stable, for tests and saved widths
    QString title; // translated
    QString sql;   // e.g. "t.name"; read as text
    QList<std::pair<QString, QString>> valueNames; // shown instead of raw values (translated), if any
};

struct WorkflowSpec
{
    QString code;   // "completion_exam", "recruitment", ... (stored in batch_actions.flow)
    QString title;  // translated, for tabs and dialogs
    QList<Step> steps;
    ItemStorage storage;
    // Rows (window key, stage code, opens_at, closes_at, open 0/1), no parameters; opens inclusive,
    // closes exclusive. Empty: every stage is always open.
    QString windowsSql;
    QStringList reviewActions; // actions that make an item "reviewed" (for Step::beforeAnyReview)
    QList<ListColumn> columns; // the queue's columns after name and ID number
    std::shared_ptr<const WorkflowRules> rules; // may be null
    // Translated names of the workflow's codes, for buttons, manifests and history.
    QList<std::pair<QString, QString>> stateNames;
    QList<std::pair<QString, QString>> actionNames;
};

// A review workflow described as data. The engine knows nothing else about the rules.
class Workflow
{
public:
    explicit Workflow(WorkflowSpec spec);
    // A completion-exam-like workflow from its typed table, on the registrations tables.
    explicit Workflow(QList<Transition> transitions);

    // 结业考核报名: base → city → province, plus resubmission and cancellation by the base.
    static const Workflow &completionExam();

    const WorkflowSpec &spec() const { return m_spec; }
    QString code() const { return m_spec.code; }
    const QList<Step> &steps() const { return m_spec.steps; }
    std::optional<Step> findStep(Role role, const QString &from, const QString &action) const;
    // Every state a role can act on, in table order (the role's queue).
    QStringList actionableStates(Role role) const;
    // Every action a role can take, in table order (its buttons).
    QStringList actions(Role role) const;
    bool needsReason(Role role, const QString &action) const;
    QString stateName(const QString &code) const;  // the code itself when unnamed
    QString actionName(const QString &code) const;

    // The typed view of the completion exam (empty for code-only workflows).
    std::optional<Transition> find(Role role, State from, Action action) const;
    // The review stage a role owns (BaseReview for Base, ...); nullopt for roles that review nothing.
    std::optional<Stage> reviewStage(Role role) const;
    // States of the items waiting in this role's review queue.
    QList<State> queueStates(Role role) const;
    const QList<Transition> &transitions() const { return m_transitions; }

private:
    WorkflowSpec m_spec;
    QList<Transition> m_transitions;
};

} // namespace gme
