#pragma once

#include "RosterImport.h"
#include "TeacherColumns.h"
#include "teachers/TeacherEditor.h"

namespace gme {

class Clock;

struct TeacherImportRow
{
    int sheetRow = 0; // 1-based, as Excel numbers rows
    TeacherInput input;
};

struct TeacherImportPlan
{
    QString fileName;
    int rowsRead = 0;
    QList<TeacherImportRow> valid;
    QList<TeacherField> mappedFields; // columns the file has; the others keep what is stored
    QList<ImportIssue> issues;        // row and column (the file's heading) of each problem
    QList<int> rejectedRows;
};

struct TeacherImportOutcome
{
    bool ok = false;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QList<ImportIssue> refused; // valid rows the rules refused (ValidRowsOnly); with AllOrNothing: none written
    QStringList notices;        // what edits of already recommended or appointed teachers mean
    QString error;              // translated
};

// Teacher sheet import (师资导入) through the roster import's readers: validate every row first
// (plan), then write in one transaction through TeacherEditor, so the entry rules apply unchanged.
// A teacher is matched by ID number: a new number adds a teacher, a known one updates it; columns
// the file lacks keep what is stored. Importing the same file again changes nothing.
class TeacherImporter
{
public:
    TeacherImporter(QSqlDatabase db, User user, const Clock &clock);

    TeacherImportPlan plan(const SheetTable &table, const TeacherColumnMapping &mapping, const QString &fileName) const;

    enum class Mode { ValidRowsOnly, AllOrNothing };
    TeacherImportOutcome commit(const TeacherImportPlan &plan, Mode mode);

private:
    QSqlDatabase m_db;
    User m_user;
    const Clock &m_clock;
};

} // namespace gme
