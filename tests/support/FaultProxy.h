#pragma once

// A TCP relay on 127.0.0.1 between the app and a test PostgreSQL server (PgServer), on a thread of
// its own, that can cut connections at chosen moments as a failing network would. The app is
// pointed at port() instead of the server's.
//
//   FaultProxy proxy(pg.port());
//   Database db(QStringLiteral("postgresql://zhang@127.0.0.1:%1/gmedesk").arg(proxy.port()));
//   proxy.dropAfterNextCommit(); // the server commits, the client never hears so

#include <QThread>

#include <atomic>

namespace gme::test {

class FaultRelay;

class FaultProxy
{
public:
    explicit FaultProxy(quint16 serverPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    quint16 port() const { return m_port; }
    // The server's next "COMMIT done" reply is not passed on: that client connection is cut
    // instead. The transaction is committed on the server; the client sees a broken connection.
    void dropAfterNextCommit() { m_dropAfterCommit = true; }
    // Connections cut so far.
    int drops() const { return m_drops; }

private:
    friend class FaultRelay;
    QThread m_thread;
    FaultRelay *m_relay = nullptr;
    quint16 m_port = 0;
    std::atomic<bool> m_dropAfterCommit{false};
    std::atomic<int> m_drops{0};
};

} // namespace gme::test
