#pragma once

// A real HTTP evidence server for tests: nginx from Debian, started on a free loopback port as the
// current user in a temporary prefix, serving <root>/evidence/<sha256>, requiring
// "Authorization: Bearer <token>" and accepting PUT.

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace gme::test {

class NginxServer
{
public:
    explicit NginxServer(QByteArray bearerToken) : m_token(std::move(bearerToken)) {}
    ~NginxServer() { stop(); }
    NginxServer(const NginxServer &) = delete;
    NginxServer &operator=(const NginxServer &) = delete;

    // Empty on success, else why nginx is not serving.
    QString start();
    void stop();

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QUrl baseUrl() const;
    // Places a file on the server as if uploaded earlier, under its SHA-256 or another name.
    bool put(const QByteArray &bytes, const QString &asSha = {});
    // The file stored under a name, or an empty array.
    QByteArray stored(const QString &sha256) const;
    // "METHOD /uri STATUS \"authorization\"" per request.
    QStringList accessLog() const;

private:
    void writeConfig();

    QByteArray m_token;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

// A loopback port nobody listens on right now.
quint16 freeLoopbackPort();

} // namespace gme::test
