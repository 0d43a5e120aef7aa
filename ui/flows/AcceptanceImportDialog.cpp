#include "AcceptanceImportDialog.h"

#include "db/Database.h"

namespace gme {

AcceptanceImportDialog::AcceptanceImportDialog(const Session &session, QWidget *parent)
    : SheetImportDialog(session,
                        {tr("Import trainees' answers"),
                         tr("A sheet of the trainees' answers to their admission results: ID number, answer "
                            "(是否接受录取: 接受 or 放弃) and, if present, name and specialty. Answers are recorded "
                            "only for results sent more than 12 hours ago, while the confirmation window is open."),
                         tr("Choose a .xlsx, .xls or .csv file."),
                         tr("Record the valid rows even if other rows have problems"),
                         tr("Record answers"),
                         true,
                         QStringLiteral("acceptance"),
                         QStringLiteral("acceptanceApply"),
                         {},
                         QSize(760, 500)},
                        parent)
{
    setObjectName(QStringLiteral("acceptanceImportDialog"));
}

SheetImportDialog::ReadResult AcceptanceImportDialog::readPlan(const QString &path)
{
    const Session s = session();
    const Clock *clock = &s.clockRef();
    const auto result = planSheet<recruit::AcceptancePlan>(
        path, [s, clock](const SheetTable &table, const QString &fileName, const Progress &progress, QString &error) {
            const auto mapping = recruit::detectAcceptanceHeader(table);
            if (!mapping) {
                error = noHeaderError();
                return recruit::AcceptancePlan{};
            }
            return recruit::AcceptanceImporter(s.database->connection(), s.user, *clock)
                .plan(table, *mapping, fileName, progress);
        });
    m_plan = result.plan;
    return {result.error, result.plan.cancelled};
}

SheetImportDialog::PlanView AcceptanceImportDialog::planView() const
{
    const int valid = int(m_plan.valid.size());
    const int bad = int(m_plan.rejectedRows.size());
    QString text = tr("%1: %n row(s) read.", nullptr, m_plan.rowsRead).arg(m_plan.fileName) + QLatin1Char(' ')
                   + tr("%n answer(s) can be recorded.", nullptr, valid);
    if (m_plan.alreadyAnswered > 0)
        text += QLatin1Char(' ') + tr("%n row(s) are already recorded.", nullptr, m_plan.alreadyAnswered);
    if (!m_plan.issues.isEmpty())
        text += QLatin1Char(' ') + tr("%n row(s) have problems (listed below).", nullptr, qMax(bad, 1));
    if (valid > 0 && bad > 0 && !validOnly())
        text += QLatin1Char(' ') + tr("Fix them, or tick the box below to record the valid rows only.");
    return {text, m_plan.issues, valid > 0 && (bad == 0 || validOnly())};
}

SheetImportDialog::WriteResult AcceptanceImportDialog::writePlan()
{
    const Session s = session();
    const Clock *clock = &s.clockRef();
    const recruit::AcceptancePlan plan = m_plan;
    const auto mode = validOnly() ? RosterImporter::Mode::ValidRowsOnly : RosterImporter::Mode::AllOrNothing;
    const ImportOutcome outcome =
        runWrite<ImportOutcome>(tr("Recording answers…"), [s, clock, plan, mode](const Progress &progress) {
            return recruit::AcceptanceImporter(s.database->connection(), s.user, *clock).commit(plan, mode, progress);
        });
    if (!outcome.ok)
        return {false, outcome.cancelled ? tr("Cancelled; no answer was recorded.")
                                         : tr("No answer was recorded: %1").arg(outcome.error)};
    m_recorded = outcome.updated;
    return {true, tr("%1 answer(s) recorded, %2 already recorded.").arg(outcome.updated).arg(outcome.unchanged)};
}

} // namespace gme
