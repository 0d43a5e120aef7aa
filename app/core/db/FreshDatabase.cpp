#include "FreshDatabase.h"

#include "Database.h"
#include "DbError.h"

#include <QSqlQuery>
#include <QVariant>

namespace gme {

bool databaseIsEmpty(Database &database)
{
    // Every other row hangs off the org tree, so no organisation means nothing at all.
    QSqlQuery q(database.connection());
    prepareOrThrow(q, QStringLiteral("SELECT EXISTS (SELECT 1 FROM orgs)"));
    execOrThrow(q, "check for organisations");
    return !(q.next() && q.value(0).toBool());
}

} // namespace gme
