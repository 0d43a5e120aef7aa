#include "TrainingYearsImportDialog.h"

#include "db/Database.h"
#include "import/RosterColumns.h"

namespace gme {

TrainingYearsImportDialog::TrainingYearsImportDialog(const Session &session, QWidget *parent)
    : SheetImportDialog(session,
                        {tr("Import training years"),
                         tr("A training-years sheet (培训年限表): ID number, training years (1, 2 or 3), start date "
                            "and, if present, end date and name. The end must be the start plus the years. "
                            "Fewer years than the standard need an approved reduction."),
                         tr("Choose a .xlsx, .xls or .csv file."),
                         tr("Import the valid rows even if other rows have problems"),
                         tr("Import"),
                         true,
                         QStringLiteral("years"),
                         QStringLiteral("yearsImport"),
                         {},
                         QSize(760, 500)},
                        parent)
{
    setObjectName(QStringLiteral("trainingYearsImportDialog"));
}

SheetImportDialog::ReadResult TrainingYearsImportDialog::readPlan(const QString &path)
{
    const Session s = session();
    const auto result = planSheet<TrainingYearsPlan>(
        path, [s](const SheetTable &table, const QString &fileName, const Progress &progress, QString &error) {
            const auto mapping = detectRosterHeader(table);
            if (!mapping) {
                error = noHeaderError();
                return TrainingYearsPlan{};
            }
            return TrainingYearsImporter(s.database->connection(), s.user).plan(table, *mapping, fileName, progress);
        });
    m_plan = result.plan;
    return {result.error, result.plan.cancelled};
}

SheetImportDialog::PlanView TrainingYearsImportDialog::planView() const
{
    const int valid = int(m_plan.valid.size());
    const int bad = int(m_plan.rejectedRows.size());
    QString text = tr("%1: %n row(s) read.", nullptr, m_plan.rowsRead).arg(m_plan.fileName) + QLatin1Char(' ')
                   + tr("%n row(s) can be imported.", nullptr, valid);
    if (!m_plan.issues.isEmpty())
        text += QLatin1Char(' ') + tr("%n row(s) have problems (listed below).", nullptr, qMax(bad, 1));
    if (valid > 0 && bad > 0 && !validOnly())
        text += QLatin1Char(' ') + tr("Fix them, or tick the box below to import the valid rows only.");
    return {text, m_plan.issues, valid > 0 && (bad == 0 || validOnly())};
}

SheetImportDialog::WriteResult TrainingYearsImportDialog::writePlan()
{
    const Session s = session();
    const TrainingYearsPlan plan = m_plan;
    const auto mode = validOnly() ? RosterImporter::Mode::ValidRowsOnly : RosterImporter::Mode::AllOrNothing;
    const ImportOutcome outcome =
        runWrite<ImportOutcome>(tr("Importing training years…"), [s, plan, mode](const Progress &progress) {
            return TrainingYearsImporter(s.database->connection(), s.user).commit(plan, mode, progress);
        });
    if (!outcome.ok)
        return {false, outcome.cancelled ? tr("The import was cancelled; nothing was written.")
                                         : tr("Nothing was imported: %1").arg(outcome.error)};
    m_updated = outcome.updated;
    return {true, tr("%1 updated, %2 unchanged.").arg(outcome.updated).arg(outcome.unchanged)};
}

} // namespace gme
