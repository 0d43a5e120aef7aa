#pragma once

#include "auth/User.h"
#include "import/RosterImport.h"

#include <QSqlDatabase>

#include <functional>

namespace gme {

// One line of a training-years sheet after validation: the trainee it names and the years and
// dates to store (the end is always start + years − 1 day).
struct TrainingYearsRecord
{
    int sheetRow = 0;
    qint64 traineeId = 0;
    int years = 0;
    QDate start;
    QDate end;
};

struct TrainingYearsPlan
{
    QString fileName;
    int rowsRead = 0;
    QVector<TrainingYearsRecord> valid;
    QList<ImportIssue> issues;
    QList<int> rejectedRows;
    bool cancelled = false;

    // The same issues in the shape the import report writer takes.
    ImportPlan asReport() const;
};

// Training-years sheet import (培训年限表, seed 001 "导入EXCEL"): the trainees must exist and be in the
// user's reach; the sheet sets their years and start date. Years below the track's standard come
// only from an approved reduction, so a sheet cannot shorten anyone's training by itself.
// Validate first (plan), then write all valid rows in one transaction (commit); importing the same
// file twice changes nothing the second time.
class TrainingYearsImporter
{
public:
    TrainingYearsImporter(QSqlDatabase db, User user);

    TrainingYearsPlan plan(const SheetTable &table, const ColumnMapping &mapping, const QString &fileName,
                           const std::function<bool(int done, int total)> &progress = {}) const;

    // progress(done, total) may return false to cancel: nothing is written (outcome.cancelled).
    ImportOutcome commit(const TrainingYearsPlan &plan, RosterImporter::Mode mode,
                         const std::function<bool(int done, int total)> &progress = {});

private:
    QSqlDatabase m_db;
    User m_user;
};

} // namespace gme
