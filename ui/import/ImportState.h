#pragma once

#include "common/Session.h"
#include "import/RosterImport.h"

namespace gme {

// What the import wizard's pages share: the file as read, the mapping the user confirmed and the
// validated plan.
struct ImportState
{
    Session session;
    QString path;
    SheetTable table;
    ColumnMapping mapping;
    ImportPlan plan;
};

} // namespace gme
