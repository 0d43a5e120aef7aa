// ProgramRun: one run of a built program, its exit code and both output streams.
#include "ProgramRun.h"

#include <QProcess>

namespace gme::test {

ProgramRun runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, args);
    ProgramRun r;
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace gme::test
