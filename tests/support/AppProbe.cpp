#include "AppProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>

namespace gme::test {

AppProbeResult runAppProbe(const QString &appPath, const QString &mode, const QStringList &args,
                           const QString &homeDir, int timeoutMs)
{
    AppProbeResult out;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("GMEDESK_PROBE"), mode);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(homeDir).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(homeDir).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(homeDir).filePath(QStringLiteral("cache")));
    app.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    app.start(appPath, args);
    QByteArray line;
    while (t.elapsed() < timeoutMs) {
        if (app.canReadLine() || app.waitForReadyRead(50)) {
            while (app.canReadLine()) {
                const QByteArray l = app.readLine();
                if (l.startsWith("gmedesk-probe ")) {
                    out.wallSeconds = double(t.nsecsElapsed()) / 1e9;
                    line = l.trimmed();
                    break;
                }
            }
            if (!line.isEmpty())
                break;
        }
        if (app.state() == QProcess::NotRunning && !app.canReadLine())
            break;
    }
    if (!app.waitForFinished(std::max<qint64>(1000, timeoutMs - t.elapsed()))) {
        app.kill();
        app.waitForFinished();
    }
    if (line.isEmpty()) {
        out.error = QStringLiteral("no probe line (exit %1): %2")
                        .arg(app.exitCode())
                        .arg(QString::fromLocal8Bit(app.readAllStandardError().right(2000)));
        return out;
    }
    for (const QByteArray &word : line.split(' ')) {
        const qsizetype eq = word.indexOf('=');
        if (eq > 0)
            out.values.insert(QString::fromLatin1(word.left(eq)), word.mid(eq + 1).toDouble());
    }
    out.ok = app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0;
    if (!out.ok)
        out.error = QStringLiteral("exit %1: %2").arg(app.exitCode()).arg(QString::fromLocal8Bit(app.readAllStandardError().right(2000)));
    return out;
}

} // namespace gme::test
