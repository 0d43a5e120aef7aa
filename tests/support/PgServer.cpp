#include "PgServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QUuid>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <stdexcept>

namespace gme::test {
namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString randomPassword()
{
    QString s;
    for (int i = 0; i < 24; ++i)
        s += QLatin1Char("abcdefghijkmnpqrstuvwxyz23456789"[QRandomGenerator::global()->bounded(32)]);
    return s;
}

// PostgreSQL will not run as root; tests in CI do. Then the server runs as "nobody".
struct ServerUser
{
    bool switchUser = false;
    uid_t uid = 0;
    gid_t gid = 0;
};

ServerUser serverUser()
{
    ServerUser u;
    if (geteuid() != 0)
        return u;
    if (const passwd *pw = getpwnam("nobody")) {
        u.switchUser = true;
        u.uid = pw->pw_uid;
        u.gid = pw->pw_gid;
    }
    return u;
}

void giveToServerUser(const QString &path)
{
    const ServerUser u = serverUser();
    if (u.switchUser && ::chown(QFile::encodeName(path).constData(), u.uid, u.gid) != 0)
        throw std::runtime_error("cannot hand " + path.toStdString() + " to the server user");
}

// Children of a process, read from /proc (PostgreSQL backends each lead their own process group,
// so killing the postmaster's group would not reach them).
QList<pid_t> childrenOf(pid_t parent)
{
    QList<pid_t> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        bool numeric = false;
        const pid_t pid = e.toInt(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": comm may hold spaces, so parse after the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (rest.size() > 1 && rest.at(0) != "Z" && rest.at(1).toInt() == parent)
            out.append(pid);
    }
    return out;
}

bool alive(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z"; // a zombie holds no shared memory
}

} // namespace

PgServer::PgServer() : m_ownerPassword(randomPassword())
{
    if (!QFile::exists(kBin + QStringLiteral("postgres"))) {
        m_error = QStringLiteral("PostgreSQL 15 is not installed (apt-get install postgresql-15)");
        return;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    try {
        giveToServerUser(m_dir.path());
    } catch (const std::exception &e) {
        m_error = QString::fromStdString(e.what());
        return;
    }
    if (!initdb())
        return;
    // Another process may take the probed port before the server binds it: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        if (start())
            break;
    }
    if (!m_error.isEmpty())
        return;
    try {
        createDatabase(QString::fromLatin1(DefaultDatabase));
    } catch (const std::exception &e) {
        m_error = QString::fromStdString(e.what());
    }
}

PgServer::~PgServer()
{
    for (const QString &name : std::as_const(m_connections)) {
        { QSqlDatabase::database(name, false).close(); }
        QSqlDatabase::removeDatabase(name);
    }
    stop();
}

void PgServer::runAsServerUser(QProcess &p) const
{
    const ServerUser u = serverUser();
    p.setWorkingDirectory(m_dir.path());
    p.setChildProcessModifier([u] {
        // Own session, so a terminal's Ctrl-C or the test's signals do not reach the server.
        ::setsid();
        if (u.switchUser && (::setgroups(0, nullptr) != 0 || ::setgid(u.gid) != 0 || ::setuid(u.uid) != 0))
            ::_exit(126);
        // A test that crashes takes its server along (set after setuid, which clears it).
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
}

bool PgServer::initdb()
{
    const QString pwfile = m_dir.filePath(QStringLiteral("pwfile"));
    {
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write %1").arg(pwfile);
            return false;
        }
        f.write(m_ownerPassword.toLatin1() + '\n');
    }
    giveToServerUser(pwfile);
    QProcess p;
    runAsServerUser(p);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kBin + QStringLiteral("initdb"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QString::fromLatin1(Owner),
             QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth-host=scram-sha-256"),
             QStringLiteral("--auth-local=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
             QStringLiteral("--no-locale"), QStringLiteral("--no-sync")});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("initdb failed: ") + QString::fromLocal8Bit(p.readAll().right(2000));
        return false;
    }
    QFile::remove(pwfile);
    return true;
}

bool PgServer::start()
{
    if (isRunning())
        return true;
    m_error.clear();
    runAsServerUser(m_process);
    const QString log = m_dir.filePath(QStringLiteral("server.log"));
    m_process.setStandardOutputFile(log, QIODevice::Append);
    m_process.setStandardErrorFile(log, QIODevice::Append);
    m_process.start(kBin + QStringLiteral("postgres"),
                    {QStringLiteral("-D"), dataDir(), QStringLiteral("-p"), QString::number(m_port),
                     QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
                     QStringLiteral("-c"), QStringLiteral("unix_socket_directories="),
                     // Tests need no durability against power loss; a killed process loses nothing.
                     QStringLiteral("-c"), QStringLiteral("fsync=off"),
                     QStringLiteral("-c"), QStringLiteral("full_page_writes=off"),
                     QStringLiteral("-c"), QStringLiteral("shared_buffers=64MB")});
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("postgres did not start: ") + m_process.errorString();
        return false;
    }
    if (!waitUntilAccepting()) {
        m_error = QStringLiteral("postgres did not accept connections: ") + logText();
        kill();
        return false;
    }
    return true;
}

bool PgServer::waitUntilAccepting()
{
    const QString name = QStringLiteral("pgserver-probe-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(QString::fromLatin1(Owner));
        db.setPassword(m_ownerPassword);
        db.setConnectOptions(QStringLiteral("connect_timeout=2"));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000 && isRunning()) {
            if (db.open()) {
                ok = true;
                db.close();
                break;
            }
            QThread::msleep(50);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void PgServer::stop()
{
    if (!isRunning())
        return;
    // SIGINT is PostgreSQL's fast shutdown: sessions are ended, a checkpoint is written.
    ::kill(pid_t(m_process.processId()), SIGINT);
    if (!m_process.waitForFinished(30000))
        kill();
}

void PgServer::kill()
{
    if (!isRunning())
        return;
    const pid_t postmaster = pid_t(m_process.processId());
    ::kill(postmaster, SIGSTOP); // no new backends while we collect them
    const QList<pid_t> backends = childrenOf(postmaster);
    for (pid_t pid : backends)
        ::kill(pid, SIGKILL);
    ::kill(postmaster, SIGKILL);
    m_process.waitForFinished(10000);
    // A restart needs the old shared memory released by every backend.
    QElapsedTimer t;
    t.start();
    for (pid_t pid : backends)
        while (alive(pid) && t.elapsed() < 10000)
            QThread::msleep(10);
}

QString PgServer::url(const QString &user, const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
}

void PgServer::createDatabase(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!valid.match(name).hasMatch())
        throw std::runtime_error("invalid database name " + name.toStdString());
    const QString connection = QStringLiteral("pgserver-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QString failure;
    {
        QSqlDatabase db = connect(connection, QString::fromLatin1(Owner), m_ownerPassword, QStringLiteral("postgres"));
        QSqlQuery q(db);
        // An identifier cannot be bound; the name was checked above.
        if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
            failure = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    m_connections.removeAll(connection);
    if (!failure.isEmpty())
        throw std::runtime_error("CREATE DATABASE " + name.toStdString() + ": " + failure.toStdString());
}

QSqlDatabase PgServer::connect(const QString &connectionName, const QString &user, const QString &password,
                               const QString &database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(m_port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    if (!m_connections.contains(connectionName))
        m_connections.append(connectionName);
    if (!db.open())
        throw std::runtime_error("login as " + user.toStdString() + " failed: " + db.lastError().text().toStdString());
    return db;
}

QString PgServer::tryLogin(const QString &user, const QString &password, const QString &database)
{
    const QString name = QStringLiteral("pgserver-login-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    try {
        connect(name, user, password, database).close();
    } catch (const std::exception &e) {
        error = QString::fromStdString(e.what());
    }
    QSqlDatabase::removeDatabase(name);
    m_connections.removeAll(name);
    return error;
}

QString PgServer::serverLog() const
{
    QFile f(m_dir.filePath(QStringLiteral("server.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString PgServer::logText() const
{
    QFile f(m_dir.filePath(QStringLiteral("server.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(f.readAll().right(2000));
}

} // namespace gme::test
