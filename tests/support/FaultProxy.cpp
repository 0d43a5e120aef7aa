#include "FaultProxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace gme::test {

// Lives on the proxy's thread: accepts clients and relays bytes both ways.
class FaultRelay : public QObject
{
public:
    FaultRelay(FaultProxy &owner, quint16 serverPort) : m_owner(owner), m_serverPort(serverPort) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, &FaultRelay::accept);
        return m_server->serverPort();
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_serverPort); // writes wait for the connect
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] { relayReply(client, upstream); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->abort(); });
        }
    }

    void relayReply(QTcpSocket *client, QTcpSocket *upstream)
    {
        const QByteArray data = upstream->readAll();
        // PostgreSQL's CommandComplete message for COMMIT: 'C', length 11, "COMMIT\0".
        static const QByteArray commitDone("C\0\0\0\x0b" "COMMIT\0", 12);
        if (m_owner.m_dropAfterCommit && data.contains(commitDone)) {
            m_owner.m_dropAfterCommit = false;
            ++m_owner.m_drops;
            upstream->abort();
            client->abort();
            client->deleteLater();
            return;
        }
        client->write(data);
    }

    FaultProxy &m_owner;
    quint16 m_serverPort;
    QTcpServer *m_server = nullptr;
};

FaultProxy::FaultProxy(quint16 serverPort)
{
    m_relay = new FaultRelay(*this, serverPort);
    m_relay->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_relay, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_relay, [this] { m_port = m_relay->listen(); }, Qt::BlockingQueuedConnection);
}

FaultProxy::~FaultProxy()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace gme::test
