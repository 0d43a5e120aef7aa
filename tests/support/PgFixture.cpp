// PgFixture: one PostgreSQL server per test process, its owner, its users and their sessions.
#include "PgFixture.h"

#include "auth/ScramVerifier.h"
#include "domain/Types.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <stdexcept>

namespace gme::test {

Outcome attempt(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    Outcome o;
    if (!q.prepare(sql)) {
        o.error = q.lastError().text();
        return o;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    o.ok = q.exec();
    o.rows = q.numRowsAffected();
    if (!o.ok)
        o.error = q.lastError().text();
    return o;
}

QList<qint64> ids(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        throw std::runtime_error(q.lastError().text().toStdString());
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        throw std::runtime_error(q.lastError().text().toStdString());
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    std::sort(out.begin(), out.end());
    return out;
}

PgFixture::PgFixture(const QString &sessionPrefix, PasswordOf passwordOf)
    : m_prefix(sessionPrefix), m_passwordOf(std::move(passwordOf))
{
}

PgFixture::~PgFixture()
{
    for (const QString &name : std::as_const(m_sessions))
        QSqlDatabase::database(name, false).close();
    m_database.reset();
    m_server.reset();
}

bool PgFixture::start(Schema schema)
{
    m_server = std::make_unique<PgServer>();
    if (!m_server->error().isEmpty()) {
        m_error = m_server->error();
        return false;
    }
    m_database = std::make_unique<Database>(m_server->url());
    m_database->setPassword(m_server->ownerPassword());
    if (schema == Schema::Empty)
        return true;
    try {
        m_schemaVersion = m_database->migrate();
    } catch (const std::exception &e) {
        m_error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

QString PgFixture::addUser(const QString &login, const QString &role, const QString &orgCode, const QString &displayName)
{
    return attempt(owner(), QStringLiteral("SELECT gme_add_user(?, ?, ?, ?, ?)"),
                   {login, displayName.isEmpty() ? login : displayName, role, orgCode,
                    scram::sha256Verifier(m_passwordOf(login))})
        .error;
}

QString PgFixture::addUsers(std::initializer_list<NewUser> users)
{
    for (const NewUser &u : users) {
        const QString refused = addUser(QString::fromLatin1(u.login), QString::fromLatin1(u.role), QString::fromLatin1(u.orgCode));
        if (!refused.isEmpty())
            return QString::fromLatin1(u.login) + QStringLiteral(": ") + refused;
    }
    return {};
}

User PgFixture::user(const QString &login) const
{
    QSqlQuery q(owner());
    q.prepare(QStringLiteral("SELECT id, display_name, role, org_id FROM users WHERE username = ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        throw std::runtime_error("no user " + login.toStdString());
    return User{q.value(0).toLongLong(), login, q.value(1).toString(), roleFromCode(q.value(2).toString()).value_or(Role::Base),
                q.value(3).toLongLong(), QString()};
}

std::unique_ptr<Database> PgFixture::userDatabase(const QString &user) const
{
    auto db = std::make_unique<Database>(m_server->url(user));
    db->setPassword(m_passwordOf(user));
    return db;
}

std::unique_ptr<Database> PgFixture::serverProfile(quint16 port) const
{
    return std::make_unique<Database>(QStringLiteral("postgresql://127.0.0.1:%1/%2")
                                          .arg(port ? port : m_server->port())
                                          .arg(QString::fromLatin1(PgServer::DefaultDatabase)));
}

void PgFixture::stopServer(Stop how)
{
    if (how == Stop::Crash)
        m_server->kill();
    else
        m_server->stop();
}

bool PgFixture::startServer()
{
    if (!m_server->start()) {
        m_error = m_server->error();
        return false;
    }
    m_database->closeThisThreadsConnection();
    return true;
}

bool PgFixture::restartServer(Stop how)
{
    stopServer(how);
    return startServer();
}

QSqlDatabase PgFixture::as(const QString &user)
{
    const QString name = sessionName(user);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    if (!m_sessions.contains(name))
        m_sessions.append(name);
    return m_server->connect(name, user, m_passwordOf(user));
}

} // namespace gme::test
