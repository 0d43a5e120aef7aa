#include "CliRequest.h"

#include <QCoreApplication>

namespace gme::cli {

QString cliTr(const char *text) { return QCoreApplication::translate("gme::Cli", text); }

void rejectForeignOptions(const CliRequest &r, const QString &verb, int allowed)
{
    auto refuse = [&](const char *option) {
        throw UsageError{cliTr("%1 does not belong to '%2'.").arg(QString::fromLatin1(option), verb)};
    };
    if (!(allowed & AllowDemo) && (r.trainees || r.seed))
        refuse(r.trainees ? "--trainees" : "--seed");
    if (!(allowed & AllowJson) && r.json)
        refuse("--json");
    if (!(allowed & AllowAs) && r.as)
        refuse("--as");
    if (!(allowed & AllowBatch) && r.batch)
        refuse("--batch");
    if (!(allowed & AllowImport) && (r.report || r.validOnly))
        refuse(r.report ? "--report" : "--valid-only");
    if (!(allowed & AllowOutput) && r.output)
        refuse("-o");
    if (!(allowed & AllowUserFields) && (r.role || r.scope || r.displayName || r.department))
        refuse(r.role ? "--role" : r.scope ? "--scope" : r.displayName ? "--display-name" : "--department");
    if (!(allowed & AllowPasswordStdin) && r.passwordStdin)
        refuse("--password-stdin");
}

} // namespace gme::cli
