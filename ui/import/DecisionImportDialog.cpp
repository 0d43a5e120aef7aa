#include "DecisionImportDialog.h"

#include "db/Database.h"

namespace gme {

DecisionImportDialog::DecisionImportDialog(const Session &session, QWidget *parent)
    : SheetImportDialog(session,
                        {tr("Import decisions"),
                         tr("A sheet with one decision per row: ID number, outcome (通过 / 不通过 / 退回) and "
                            "a reason where the outcome needs one. The decisions go through the same checks "
                            "as a batch in the review pane; when any check fails, nothing is applied."),
                         tr("Choose a .xlsx or .csv file."),
                         {}, // every decision goes through the engine's checks: no "valid rows only"
                         tr("Apply decisions"),
                         false,
                         QStringLiteral("decision"),
                         QStringLiteral("applyDecisions"),
                         QStringLiteral("chooseDecisionFile"),
                         QSize(720, 480)},
                        parent)
{
    setObjectName(QStringLiteral("decisionImportDialog"));
}

SheetImportDialog::ReadResult DecisionImportDialog::readPlan(const QString &path)
{
    m_applied = 0;
    const Session s = session();
    const auto result = planSheet<DecisionImportPlan>(
        path, [s](const SheetTable &table, const QString &fileName, const Progress &, QString &) {
            return DecisionImporter(s.database->connection(), s.user, *s.workflow, s.clockRef()).plan(table, fileName);
        });
    m_plan = result.plan;
    return {result.error, false};
}

SheetImportDialog::PlanView DecisionImportDialog::planView() const
{
    int pass = 0, reject = 0, ret = 0;
    for (const BatchRequest &b : std::as_const(m_plan.batches)) {
        const int n = int(b.rows.size());
        if (b.action == Action::Pass)
            pass += n;
        else if (b.action == Action::Reject)
            reject += n;
        else
            ret += n;
    }
    const int total = pass + reject + ret;
    QString text = tr("%1: %n row(s) read.", nullptr, m_plan.rowsRead).arg(m_plan.fileName) + QLatin1Char(' ')
                   + tr("Pass %1, reject %2, return for revision %3.").arg(pass).arg(reject).arg(ret);
    if (!m_plan.issues.isEmpty())
        text += QLatin1Char(' ') + tr("%n row(s) with problems are listed below and will not be applied.", nullptr,
                                      int(m_plan.issues.size()));
    if (total == 0)
        text += QLatin1Char(' ') + tr("There is nothing to apply.");
    return {text, m_plan.issues, total > 0};
}

SheetImportDialog::WriteResult DecisionImportDialog::writePlan()
{
    const Session s = session();
    const DecisionImportPlan plan = m_plan;
    const DecisionImportOutcome outcome =
        runWrite<DecisionImportOutcome>(tr("Applying decisions…"), [s, plan](const Progress &) {
            return DecisionImporter(s.database->connection(), s.user, *s.workflow, s.clockRef()).apply(plan);
        });
    if (!outcome.ok)
        return {false, tr("Nothing was applied: %1").arg(outcome.error)};
    m_applied = outcome.applied;
    return {true, tr("%n decision(s) applied.", nullptr, outcome.applied)};
}

} // namespace gme
