#include "Database.h"

#include "DbError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace gme {

Database::Database(QString location)
    : m_location(std::move(location)), m_id(QUuid::createUuid().toString(QUuid::Id128))
{
}

Database::~Database()
{
    // Connections opened on other threads were closed when those threads finished their work;
    // the names are unique to this object, so removing what is left is safe.
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(m_id)) {
            { QSqlDatabase::database(name, false).close(); }
            QSqlDatabase::removeDatabase(name);
        }
    }
}

QString Database::connectionName() const
{
    return m_id + QLatin1Char('-') + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    QFileInfo info(m_location);
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath()))
        throw DbError(QObject::tr("Cannot create the folder %1").arg(info.absolutePath()));
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_location);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        throw DbError(QObject::tr("Cannot open the database %1: %2").arg(m_location, db.lastError().text()));
    QSqlQuery q(db);
    // WAL lets the queue load on a worker thread while the GUI thread writes the pending batch.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // A 32 MB page cache (SQLite's default is 2 MB): loading a provincial queue reads about 30 MB of
    // registrations and trainees in index order, and with 2 MB every page came from the OS again and
    // again (a third of the load's CPU time was spent in pread).
    q.exec(QStringLiteral("PRAGMA cache_size=-32768"));
    return db;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int Database::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        throw DbError(QObject::tr("Cannot create schema_version: %1").arg(q.lastError().text()));

    const int current = schemaVersion();
    const QString folder = QStringLiteral(":/sql/sqlite");
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    static const QRegularExpression numbered(QStringLiteral("^(\\d{3})_(.+)\\.sql$"));
    static const QRegularExpression separator(QStringLiteral("^-- ;\\s*$"), QRegularExpression::MultilineOption);
    int reached = current;
    for (const QString &file : files) {
        const auto m = numbered.match(file);
        if (!m.hasMatch())
            continue;
        const int version = m.captured(1).toInt();
        if (version <= current)
            continue;
        QFile f(folder + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly))
            throw DbError(QObject::tr("Cannot read migration %1").arg(file));
        const QString script = QString::fromUtf8(f.readAll());
        Transaction tx(db);
        for (const QString &statement : script.split(separator)) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery s(db);
            if (!s.exec(statement))
                throw DbError(QObject::tr("Migration %1 failed: %2").arg(file, s.lastError().text()));
        }
        QSqlQuery rec(db);
        prepareOrThrow(rec, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                           "VALUES (?, ?, datetime('now', 'localtime'))"));
        rec.addBindValue(version);
        rec.addBindValue(m.captured(2));
        execOrThrow(rec, "record migration");
        tx.commit();
        reached = version;
    }
    return reached;
}

QString Database::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/gmedesk.sqlite");
}

Transaction::Transaction(QSqlDatabase db, Mode mode) : m_db(std::move(db))
{
    if (mode == Mode::Immediate && m_db.driverName() == QLatin1String("QSQLITE")) {
        // QSQLite's commit()/rollback() just run COMMIT/ROLLBACK, so a hand-begun transaction pairs with them.
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            throw DbError(QObject::tr("Cannot begin a transaction: %1").arg(begin.lastError().text()));
        return;
    }
    if (!m_db.transaction())
        throw DbError(QObject::tr("Cannot begin a transaction: %1").arg(m_db.lastError().text()));
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit())
        throw DbError(QObject::tr("Cannot commit: %1").arg(m_db.lastError().text()));
    m_done = true;
}

} // namespace gme
