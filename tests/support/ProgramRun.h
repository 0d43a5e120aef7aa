#pragma once

// Runs a built program (gmedesk-cli, say) as a user would from a shell and keeps what it said.
//
//   const ProgramRun r = runProgram(QStringLiteral(GMEDESK_CLI_PATH), {QStringLiteral("--db"), path, QStringLiteral("migrate")});
//   QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace gme::test {

struct ProgramRun
{
    int exitCode = -1; // -1 (out and err empty): it did not finish in time, or crashed
    QString out, err;
};

ProgramRun runProgram(const QString &program, const QStringList &args,
                      const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                      int timeoutMs = 120000);

} // namespace gme::test
