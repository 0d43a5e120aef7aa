#pragma once

// Runs the real gmedesk executable as a user would start it, offscreen, with its start-up probe
// (GMEDESK_PROBE, see ui/main/StartupProbe.h), and reads what the probe reports.
#include <QHash>
#include <QString>
#include <QStringList>

namespace gme::test {

struct AppProbeResult
{
    bool ok = false;
    double wallSeconds = 0;          // from starting the process to reading the probe's line
    QHash<QString, double> values;   // the probe's key=value figures (cpu_ms, rows, vmrss_kb, ...)
    QString error;                   // when !ok: what happened (exit code, standard error)
};

// mode "login" or "queue"; `args` are gmedesk's arguments (--db, --user, ...). Settings and data
// go to `homeDir` (XDG directories), so the user's own are never touched.
AppProbeResult runAppProbe(const QString &appPath, const QString &mode, const QStringList &args,
                           const QString &homeDir, int timeoutMs = 60000);

} // namespace gme::test
