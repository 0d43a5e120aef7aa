// The organisation-wide decision history (DecisionHistory) on an existing database, e.g. the
// 100,000-trainee demo:  gmedesk-cli --db /tmp/demo.sqlite demo --trainees 100000
//                        bench_history /tmp/demo.sqlite
// Prints, per user and filter, the time of the first page of 500 and of the next page.

#include "auth/User.h"
#include "db/Database.h"
#include "review/DecisionHistory.h"
#include "review/Workflow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

using namespace gme;

namespace {

User userNamed(Database &db, const QString &username)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, display_name, role, org_id FROM users WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        qFatal("no user %s", qPrintable(username));
    User u;
    u.id = q.value(0).toLongLong();
    u.username = username;
    u.displayName = q.value(1).toString();
    u.role = roleFromCode(q.value(2).toString()).value_or(Role::Base);
    u.orgId = q.value(3).toLongLong();
    return u;
}

void measure(Database &db, const QString &username, const QString &what, const HistoryFilter &filter)
{
    const DecisionHistory history(db.connection(), userNamed(db, username));
    QElapsedTimer t;
    t.start();
    const HistorySlice first = history.load(filter, 500);
    const qint64 firstMs = t.elapsed();
    t.restart();
    const HistorySlice second = first.more ? history.load(filter, 500, first.next) : HistorySlice{};
    QTextStream(stdout) << QStringLiteral("%1 %2: first page %3 rows in %4 ms, next %5 rows in %6 ms\n")
                               .arg(username, -10)
                               .arg(what, -34)
                               .arg(first.entries.size())
                               .arg(firstMs)
                               .arg(second.entries.size())
                               .arg(t.elapsed());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_history DATABASE\n";
        return 2;
    }
    Database db(QString::fromLocal8Bit(argv[1]));
    for (const QString &user : {QStringLiteral("province"), QStringLiteral("guangzhou"), QStringLiteral("base1")}) {
        measure(db, user, QStringLiteral("own, all flows"), {});
        measure(db, user, QStringLiteral("own, text 4401"), HistoryFilter{{}, {}, {}, QStringLiteral("4401")});
        // everyDecider: every decision on the organisation's items.
        measure(db, user, QStringLiteral("every, all flows"), HistoryFilter{{}, {}, {}, {}, true});
        for (const Workflow *flow : DecisionHistory::flows())
            measure(db, user, QStringLiteral("every, ") + flow->code(), HistoryFilter{flow->code(), {}, {}, {}, true});
        measure(db, user, QStringLiteral("every, text 4401"), HistoryFilter{{}, {}, {}, QStringLiteral("4401"), true});
        measure(db, user, QStringLiteral("every, text (no match)"), HistoryFilter{{}, {}, {}, QStringLiteral("zzz"), true});
        measure(db, user, QStringLiteral("every, last 30 days"),
                HistoryFilter{{}, QDateTime::currentDateTime().addDays(-30), {}, {}, true});
    }
    return 0;
}
