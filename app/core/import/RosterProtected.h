#pragma once

#include "RosterImport.h"

#include <QHash>
#include <QSqlDatabase>

namespace gme {

// An existing trainee's fields that only an approved change request (变更申请) changes
// (app/core/changes/ChangeRules.cpp): a roster row may repeat them but never change them.
// Training status (退培/暂停/延期) is one of them too; the roster has no column for it.
struct StoredTrainee
{
    qint64 baseId = 0;
    QString baseName;
    QString personType;
    QString specialtyCode;
    QString specialtyName;
    qint64 unitId = 0; // 0: none recorded
    QString unitName, unitCode;
};

// Every trainee the user can see, by "id type|id number".
QHash<QString, StoredTrainee> loadStoredTrainees(QSqlDatabase db);

// What a row's cells say for those fields, as the validator read them.
struct ProtectedCells
{
    QString personType;    // canonical; empty when the cell was not a known type
    QString specialtyCode; // empty when the specialty is unknown
    QString specialtyText;
    qint64 baseId = 0;     // 0 when the base is unknown or out of scope
    QString baseText;      // empty: the user's own base
    QString unitText;      // empty: the file gives no unit for this row
};

// One problem per field the row would change (translated); empty when it changes none.
QList<std::pair<RosterField, QString>> changeRequestFieldProblems(const ProtectedCells &row, const StoredTrainee &stored);

} // namespace gme
