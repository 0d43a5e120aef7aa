#include "CliRequest.h"

#include <QCoreApplication>

namespace gme::cli {

QString cliTr(const char *text) { return QCoreApplication::translate("gme::Cli", text); }

void rejectForeignOptions(const CliRequest &r, const QString &verb, bool allowDemo, bool allowJson)
{
    if (!allowDemo && (r.trainees || r.seed))
        throw UsageError{cliTr("--trainees and --seed belong to 'demo', not '%1'.").arg(verb)};
    if (!allowJson && r.json)
        throw UsageError{cliTr("--json belongs to 'users list', not '%1'.").arg(verb)};
}

} // namespace gme::cli
