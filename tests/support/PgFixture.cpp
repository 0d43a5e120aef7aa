#include "PgFixture.h"

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

bool PgFixture::start()
{
    m_server = std::make_unique<PgServer>();
    if (!m_server->error().isEmpty()) {
        m_error = m_server->error();
        return false;
    }
    m_database = std::make_unique<Database>(m_server->url());
    m_database->setPassword(m_server->ownerPassword());
    try {
        m_schemaVersion = m_database->migrate();
    } catch (const std::exception &e) {
        m_error = QString::fromStdString(e.what());
        return false;
    }
    return true;
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
