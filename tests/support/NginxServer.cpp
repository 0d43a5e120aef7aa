#include "NginxServer.h"

#include "evidence/EvidenceRef.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace gme::test {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString NginxServer::start()
{
    const QString binary = QStringLiteral("/usr/sbin/nginx");
    if (!QFile::exists(binary))
        return QStringLiteral("nginx is not installed (apt-get install nginx-light)");
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    QDir(m_dir.path()).mkpath(QStringLiteral("root/evidence"));
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        writeConfig();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(binary, {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"), path(QStringLiteral("nginx.conf")),
                                 QStringLiteral("-e"), path(QStringLiteral("error.log"))});
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("nginx did not start: ") + m_process.errorString();
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000 && m_process.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200))
                return {};
            QTest::qWait(50);
        }
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    QFile log(path(QStringLiteral("error.log")));
    log.open(QIODevice::ReadOnly);
    return QStringLiteral("nginx did not listen: ") + QString::fromUtf8(log.readAll().right(500));
}

void NginxServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QUrl NginxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/evidence").arg(m_port));
}

bool NginxServer::put(const QByteArray &bytes, const QString &asSha)
{
    QFile f(path(QStringLiteral("root/evidence/")) + (asSha.isEmpty() ? sha256Hex(bytes) : asSha));
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray NginxServer::stored(const QString &sha256) const
{
    QFile f(path(QStringLiteral("root/evidence/")) + sha256);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList NginxServer::accessLog() const
{
    QFile f(path(QStringLiteral("access.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void NginxServer::writeConfig()
{
    const QString d = m_dir.path();
    const QString conf = QStringLiteral(
        "daemon off;\n"
        "master_process off;\n" // one process, as the current user (no privilege switch, even as root)
        "pid %1/nginx.pid;\n"
        "error_log %1/error.log info;\n"
        "events { worker_connections 64; }\n"
        "http {\n"
        "  log_format ev '$request_method $uri $status \"$http_authorization\"';\n"
        "  access_log %1/access.log ev;\n"
        "  client_body_temp_path %1/body; proxy_temp_path %1/proxy; fastcgi_temp_path %1/fastcgi;\n"
        "  uwsgi_temp_path %1/uwsgi; scgi_temp_path %1/scgi;\n"
        "  server {\n"
        "    listen 127.0.0.1:%2;\n"
        "    root %1/root;\n"
        "    location /evidence/ {\n"
        "      if ($http_authorization != \"Bearer %3\") { return 401; }\n"
        "      dav_methods PUT;\n"
        "      create_full_put_path on;\n"
        "      client_max_body_size 64m;\n"
        "    }\n"
        "  }\n"
        "}\n").arg(d).arg(m_port).arg(QString::fromLatin1(m_token));
    QFile f(path(QStringLiteral("nginx.conf")));
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(conf.toUtf8());
}

} // namespace gme::test
