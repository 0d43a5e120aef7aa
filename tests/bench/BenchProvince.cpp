#include "BenchProvince.h"

#include "Clock.h"
#include "db/Database.h"
#include "demo/DemoProvince.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace gme::bench {
namespace {

QSqlQuery run(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        throw std::runtime_error(qPrintable(q.lastError().text()));
    return q;
}

// DDL, which PostgreSQL cannot prepare; no values in it.
void runDdl(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        throw std::runtime_error(qPrintable(q.lastError().text()));
}

} // namespace

BenchProvince buildBenchProvince(Database &db, int trainees, int queueRows)
{
    QElapsedTimer t;
    t.start();
    db.migrate();
    createDemoProvince(db, {trainees, 1}, Clock::current());
    BenchProvince out;
    QSqlQuery q = run(db, QStringLiteral("SELECT COUNT(*) FROM registrations"));
    q.next();
    out.registrations = q.value(0).toInt();
    // The newest registrations (this year's, both tracks) and no others wait for the province. On
    // PostgreSQL the server's review rules, which would look up the owner's role memberships for
    // every row only to let the owner through, rest meanwhile.
    const bool central = db.dialect() == Dialect::Postgres;
    if (central)
        runDdl(db, QStringLiteral("ALTER TABLE registrations DISABLE TRIGGER registrations_review_rules"));
    run(db, QStringLiteral("UPDATE registrations SET state = 'final_passed' WHERE state = 'city_passed'"));
    run(db, QStringLiteral("UPDATE registrations SET state = 'city_passed' WHERE id IN "
                           "(SELECT id FROM registrations ORDER BY id DESC LIMIT ?)"),
        {queueRows});
    const QDateTime now = QDateTime::currentDateTime();
    run(db, QStringLiteral("UPDATE stage_windows SET opens_at = ?, closes_at = ? WHERE stage = ? AND batch_id IN "
                           "(SELECT DISTINCT batch_id FROM registrations WHERE state = 'city_passed')"),
        {toDbTime(now.addDays(-1)), toDbTime(now.addDays(30)), QStringLiteral("final_review")});
    if (central)
        runDdl(db, QStringLiteral("ALTER TABLE registrations ENABLE TRIGGER registrations_review_rules"));
    q = run(db, QStringLiteral("SELECT COUNT(*) FROM registrations WHERE state = 'city_passed'"));
    q.next();
    out.queueRows = q.value(0).toInt();
    out.buildSeconds = double(t.elapsed()) / 1000;
    return out;
}

User provincialUser(Database &db)
{
    QSqlQuery q = run(db, QStringLiteral("SELECT u.id, u.org_id, u.display_name, o.name FROM users u "
                                         "JOIN orgs o ON o.id = u.org_id WHERE u.username = ?"),
                      {QStringLiteral("province")});
    if (!q.next())
        throw std::runtime_error("the demo province has no user 'province'");
    User u;
    u.id = q.value(0).toLongLong();
    u.orgId = q.value(1).toLongLong();
    u.displayName = q.value(2).toString();
    u.orgName = q.value(3).toString();
    u.role = Role::Provincial;
    u.username = QStringLiteral("province");
    return u;
}

} // namespace gme::bench
