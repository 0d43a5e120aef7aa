#pragma once

#include "auth/User.h"
#include "import/RosterImport.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace gme {
class Clock;
}

namespace gme::recruit {

// One answer of the sheet that will move an application: sent → accepted or declined.
struct AcceptanceRecord
{
    int sheetRow = 0;
    qint64 applicationId = 0;
    int version = 0; // as read while planning; the engine refuses the row if it changed since
    bool accept = true;
};

struct AcceptancePlan
{
    QString fileName;
    int rowsRead = 0;
    QVector<AcceptanceRecord> valid;
    int alreadyAnswered = 0; // rows whose application already has this answer: nothing to do
    QList<ImportIssue> issues;
    QList<int> rejectedRows;
    bool cancelled = false;

    ImportPlan asReport() const; // the issues in the shape the import report writer takes
};

// The header of an acceptance sheet: the roster header when it has one, else the first row that
// names an ID number column and an answer column. nullopt when neither is found.
std::optional<ColumnMapping> detectAcceptanceHeader(const SheetTable &table);

// Trainees' answers to their admission results (是否接受录取: 接受 / 放弃), imported from a sheet
// instead of entered one by one on their behalf [DOMAIN.md "Recruitment", seed 001]. Each answer
// goes through the review engine as the action 'accept' or 'decline' of the recruitment workflow,
// so it passes exactly the checks of the single-row path: the user's scope, a sent result, the
// 12-hour change lock over and the confirmation window open. The reason for each refused row is
// reported with its row and column. Importing the same file twice changes nothing the second time.
class AcceptanceImporter
{
public:
    AcceptanceImporter(QSqlDatabase db, User user, const Clock &clock);

    AcceptancePlan plan(const SheetTable &table, const ColumnMapping &mapping, const QString &fileName,
                        const std::function<bool(int done, int total)> &progress = {}) const;

    // Applies the valid rows in one transaction (all of them or none); AllOrNothing refuses a plan
    // with problem rows. outcome.updated counts the applications moved, unchanged the rows already
    // answered. progress may return false to cancel: nothing is written.
    ImportOutcome commit(const AcceptancePlan &plan, RosterImporter::Mode mode,
                         const std::function<bool(int done, int total)> &progress = {});

private:
    QSqlDatabase m_db;
    User m_user;
    const Clock &m_clock;
};

} // namespace gme::recruit
