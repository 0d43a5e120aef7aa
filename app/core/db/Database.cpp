#include "Database.h"

#include "DbError.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace gme {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Database)
};

// Connection options a profile may set; anything else in the URL's query is refused.
const QStringList kServerOptions{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                 QStringLiteral("connect_timeout")};
} // namespace

bool Database::isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Database::Database(QString location)
    : m_location(std::move(location)), m_id(QUuid::createUuid().toString(QUuid::Id128))
{
    if (!isServerUrl(m_location))
        return;
    m_dialect = Dialect::Postgres;
    const QUrl url(m_location, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        throw DbError(Text::tr("Not a valid server address: %1 (expected postgresql://USER@HOST:PORT/DATABASE)")
                          .arg(m_location));
    if (!url.password().isEmpty())
        throw DbError(Text::tr("Do not put the password in the server address; it is asked for or read from PGPASSWORD."));
    m_host = url.host();
    m_port = url.port(5432);
    m_user = url.userName();
    m_databaseName = url.path().mid(1);
    // Dead peers are noticed within ~25 s instead of the kernel's two hours.
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=5"), QStringLiteral("keepalives_count=3")};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!kServerOptions.contains(key) || value.contains(QLatin1Char(';')))
            throw DbError(Text::tr("Unknown connection option '%1' in %2").arg(key, m_location));
        options.append(key + QLatin1Char('=') + value);
    }
    m_options = options.join(QLatin1Char(';'));
    setServerUser(m_user); // shown in errors and settings without the options' values
}

void Database::setServerUser(const QString &user)
{
    if (m_dialect != Dialect::Postgres)
        return;
    m_user = user;
    m_location = QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_databaseName);
}

Database::~Database()
{
    // Connections opened on other threads were closed when those threads finished their work
    // (closeThisThreadsConnection); only this thread's is left to close here.
    closeThisThreadsConnection();
}

QString Database::connectionName() const
{
    return m_id + QLatin1Char('-') + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

void Database::closeThisThreadsConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    { QSqlDatabase::database(name, false).close(); }
    QSqlDatabase::removeDatabase(name);
}

void Database::configure(QSqlDatabase &db) const
{
    if (m_dialect == Dialect::Postgres) {
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setDatabaseName(m_databaseName);
        db.setUserName(m_user);
        db.setPassword(m_password);
        db.setConnectOptions(m_options);
        return;
    }
    QFileInfo info(m_location);
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath()))
        throw DbError(Text::tr("Cannot create the folder %1").arg(info.absolutePath()));
    db.setDatabaseName(m_location);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
}

void Database::prepareSession(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (m_dialect == Dialect::Postgres) {
        q.exec(QStringLiteral("SET application_name = 'gmedesk'"));
        return;
    }
    // WAL lets the queue load on a worker thread while the GUI thread writes the pending batch.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // A 32 MB page cache (SQLite's default is 2 MB): loading a provincial queue reads about 30 MB of
    // registrations and trainees in index order, and with 2 MB every page came from the OS again and
    // again (a third of the load's CPU time was spent in pread).
    q.exec(QStringLiteral("PRAGMA cache_size=-32768"));
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        // QPSQL reports a broken connection as not open: open it again below on the same driver
        // object, so copies of this QSqlDatabase held elsewhere on the thread keep working. Its
        // LISTENs are gone with the old connection (ChangeWatcher subscribes again). Qt 6.4's
        // open() closes the dead one itself; closing here does not rely on that.
        db.close();
    }
    const QString driver = m_dialect == Dialect::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(driver, name);
    configure(db);
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name); // the next call starts afresh, e.g. with a new password
        throw DbError(Text::tr("Cannot open the database %1: %2").arg(m_location, error));
    }
    prepareSession(db);
    return db;
}

bool Database::reconnect() const
{
    try {
        {
            QSqlQuery ping(connection());
            if (ping.exec(QStringLiteral("SELECT 1")))
                return true;
        }
        closeThisThreadsConnection();
        QSqlQuery ping(connection());
        return ping.exec(QStringLiteral("SELECT 1"));
    } catch (const DbError &) {
        return false;
    }
}

bool Database::connectionLost() const
{
    if (m_dialect != Dialect::Postgres)
        return false;
    const QString name = connectionName();
    // A failed open removes the connection again: nothing registered after a failure means the
    // server could not be reached.
    return !QSqlDatabase::contains(name) || !QSqlDatabase::database(name, false).isOpen();
}

void Database::throwConnectionLost(const DbError &cause) const
{
    throw DbError(Text::tr("The connection to the server %1 is lost and could not be reopened: %2")
                      .arg(m_location, cause.message()),
                  DbError::Kind::ConnectionLost);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

namespace {

// Rows whose foreign key points at no row (SQLite; with foreign keys off they can appear).
int danglingReferences(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        throw DbError(Text::tr("Cannot check foreign keys: %1").arg(q.lastError().text()));
    int n = 0;
    while (q.next())
        ++n;
    return n;
}

} // namespace

int Database::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        throw DbError(Text::tr("Cannot create schema_version: %1").arg(q.lastError().text()));

    const int current = schemaVersion();
    const QString folder = m_dialect == Dialect::Postgres ? QStringLiteral(":/sql/postgres") : QStringLiteral(":/sql/sqlite");
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    static const QRegularExpression numbered(QStringLiteral("^(\\d{3})_(.+)\\.sql$"));
    static const QRegularExpression separator(QStringLiteral("^-- ;\\s*$"), QRegularExpression::MultilineOption);
    int reached = current;
    // SQLite changes a table's constraints only by rebuilding it (create, copy, drop, rename), which
    // needs foreign keys off; they are checked before each migration commits instead.
    const bool sqlite = m_dialect != Dialect::Postgres;
    const auto foreignKeys = [&db](bool on) {
        QSqlQuery(db).exec(on ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF"));
    };
    if (sqlite)
        foreignKeys(false);
    const auto restore = qScopeGuard([&] {
        if (sqlite)
            foreignKeys(true);
    });
    for (const QString &file : files) {
        const auto m = numbered.match(file);
        if (!m.hasMatch())
            continue;
        const int version = m.captured(1).toInt();
        if (version <= current)
            continue;
        QFile f(folder + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly))
            throw DbError(Text::tr("Cannot read migration %1").arg(file));
        const QString script = QString::fromUtf8(f.readAll());
        Transaction tx(db);
        const int danglingBefore = sqlite ? danglingReferences(db) : 0;
        for (const QString &statement : script.split(separator)) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery s(db);
            if (!s.exec(statement))
                throw DbError(Text::tr("Migration %1 failed: %2").arg(file, s.lastError().text()));
        }
        QSqlQuery rec(db);
        prepareOrThrow(rec, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                           "VALUES (?, ?, ?)"));
        rec.addBindValue(version);
        rec.addBindValue(m.captured(2));
        rec.addBindValue(toDbTime(QDateTime::currentDateTime()));
        execOrThrow(rec, "record migration");
        // Only what this migration broke counts: older data is not this migration's to judge.
        if (sqlite && danglingReferences(db) > danglingBefore)
            throw DbError(Text::tr("Migration %1 leaves rows pointing at missing rows").arg(file));
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
            throw DbError(Text::tr("Cannot begin a transaction: %1").arg(begin.lastError().text()));
        return;
    }
    if (!m_db.transaction())
        throw DbError(Text::tr("Cannot begin a transaction: %1").arg(m_db.lastError().text()));
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit())
        throw DbError(Text::tr("Cannot commit: %1").arg(m_db.lastError().text()));
    m_done = true;
}

} // namespace gme
