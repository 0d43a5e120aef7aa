#pragma once

#include "RosterColumns.h"
#include "SheetTable.h"
#include "XlsxReader.h"
#include "auth/User.h"
#include "domain/Types.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace gme {

// One problem with one cell (or row) of the file, as the report names it.
struct ImportIssue
{
    int row = 0;     // 1-based, as Excel numbers rows
    QString column;  // the heading in the file, or the field's label when the column is missing
    QString message; // translated
};

// A roster line after normalisation and validation: ready to write.
struct RosterRecord
{
    int sheetRow = 0;
    QString idType = QStringLiteral("01");
    QString idNumber;
    QString name;
    QString gender; // "M" / "F"
    QDate birthDate;
    QString ethnicity;
    QString personType;
    Track track = Track::Resident;
    qint64 baseId = 0;
    QString specialtyCode;
    QDate trainingStart, trainingEnd;
    std::optional<int> trainingYears; // written only when ImportPlan::setsTrainingYears
    QString education, degree, school;
    QDate graduationDate;
    QString phone;
    QString licenceNumber;
    bool isMakeup = false;
};

struct ImportPlan
{
    QString fileName;
    int rowsRead = 0; // data rows, blank rows not counted
    QVector<RosterRecord> valid;
    QList<RosterField> mappedFields; // columns the file has; others are left as stored
    QList<ImportIssue> issues;
    QList<int> rejectedRows; // 1-based rows with at least one issue
    bool cancelled = false;
    // The file brings training years (培训年限 and a start date, or start and end dates): training_years,
    // training_start and training_end are written together, by the rules of app/core/years.
    bool setsTrainingYears = false;
};

struct ImportOutcome
{
    bool ok = false;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int registrationsCreated = 0;
    bool cancelled = false; // stopped through the progress callback; nothing was written
    QString error; // translated
};

// Trainee roster import: validate every row first (plan), then write all valid rows in one
// transaction (commit). Importing the same file twice changes nothing the second time.
// A row that would change a trainee's person type, unit, specialty or base is a problem of that row:
// only an approved change request changes those (RosterProtected.h).
class RosterImporter
{
public:
    RosterImporter(QSqlDatabase db, User user);

    ImportPlan plan(const SheetTable &table, const ColumnMapping &mapping, const QString &fileName,
                    const std::function<bool(int done, int total)> &progress = {}) const;

    enum class Mode { ValidRowsOnly, AllOrNothing };
    // With examBatchId, each trainee is also registered (state submitted) for that exam batch.
    ImportOutcome commit(const ImportPlan &plan, Mode mode, std::optional<qint64> examBatchId = std::nullopt);

private:
    QSqlDatabase m_db;
    User m_user;
};

// Reads .xlsx or .csv by content (a zip signature means a workbook), whatever the extension says.
SheetReadResult readRosterFile(const QString &path);

} // namespace gme
