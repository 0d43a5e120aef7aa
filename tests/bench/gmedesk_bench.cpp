// gmedesk-bench: every daily action at provincial scale against its goal (issue 8), in one table.
//
//   gmedesk-bench [--trainees N] [--runs N] [--only GROUP]
//
// Builds a demo province of N trainees (default 100,000) in a temporary folder, puts 100,000 of its
// registrations in the provincial queue, then measures each scenario several times and prints the
// median. Start-up, sign-in and memory are measured on the real gmedesk executable, started as a
// child process offscreen with its start-up probe; the rest run in this process. The central-mode
// rows load the same province into a private PostgreSQL 15 on loopback (PgBench.h).
#include "AppProbe.h"
#include "BenchProvince.h"
#include "BenchTable.h"
#include "EvidenceBench.h"
#include "PgBench.h"
#include "QueueBench.h"
#include "RosterFileBench.h"

#include "common/DbPool.h"
#include "db/Database.h"
#include "review/QueueLoader.h"
#include "demo/DemoProvince.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace gme;
using namespace gme::bench;

namespace {

constexpr int kQueueRows = 100000;
constexpr int kBatchRows = 10000;

struct Options
{
    int trainees = 100000;
    int runs = 5;       // cheap scenarios; heavy ones run max(3, runs / 2) times
    QString only; // run only the scenario groups whose name contains this (for profiling one)
    bool wants(const char *group) const { return only.isEmpty() || QString::fromLatin1(group).contains(only); }
};

Options parse(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures gmedesk at provincial scale against its goals."));
    parser.addHelpOption();
    const QCommandLineOption trainees(QStringLiteral("trainees"), QStringLiteral("Trainees in the province."),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs of each cheap scenario (>= 5)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run only the groups whose name contains TEXT: app, queue, evidence, "
                                                 "apply, files, pg (e.g. to profile one)."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({trainees, runs, only});
    parser.process(app);
    Options o;
    o.trainees = parser.value(trainees).toInt();
    o.runs = std::max(1, parser.value(runs).toInt());
    o.only = parser.value(only);
    return o;
}

void appScenarios(BenchTable &table, const QString &dbPath, const QString &home, int runs, int heavyRuns)
{
    const QString app = QStringLiteral(GMEDESK_APP_PATH);
    BenchRow start{QStringLiteral("start to sign-in window painted"), QStringLiteral("child process"), Judged::Cpu, 0.5};
    start.note = QStringLiteral("wall from starting the gmedesk process to its probe line after the sign-in window's "
                                "first paint (offscreen), on the 100,000-registrant database");
    QString failure;
    for (int i = 0; i < runs; ++i) {
        const test::AppProbeResult r = test::runAppProbe(app, QStringLiteral("login"), {QStringLiteral("--db"), dbPath}, home);
        if (!r.ok) {
            failure = r.error;
            break;
        }
        start.runs.append({r.wallSeconds, r.values.value(QStringLiteral("cpu_ms")) / 1000});
    }
    if (!failure.isEmpty())
        start.notRun = QStringLiteral("failed: %1").arg(failure);
    table.add(start);

    BenchRow signIn{QStringLiteral("sign-in to provincial queue painted"), QStringLiteral("child process"),
                    Judged::Cpu, 0.5};
    BenchRow loaded{QStringLiteral("sign-in to every queue row loaded"), QStringLiteral("child process"), Judged::Cpu, 0};
    BenchRow memory{QStringLiteral("app memory, 100,000-row queue open"), QStringLiteral("-"), Judged::Memory, 250};
    failure.clear();
    int rows = 0;
    for (int i = 0; i < heavyRuns; ++i) {
        const test::AppProbeResult r = test::runAppProbe(
            app, QStringLiteral("queue"),
            {QStringLiteral("--db"), dbPath, QStringLiteral("--user"), QStringLiteral("province"),
             QStringLiteral("--password"), QString::fromLatin1(kDemoPassword)},
            home);
        if (!r.ok) {
            failure = r.error;
            break;
        }
        rows = int(r.values.value(QStringLiteral("rows")));
        signIn.runs.append({r.values.value(QStringLiteral("signin_to_painted_ms")) / 1000,
                            r.values.value(QStringLiteral("painted_cpu_ms")) / 1000});
        loaded.runs.append({r.values.value(QStringLiteral("signin_to_loaded_ms")) / 1000,
                            r.values.value(QStringLiteral("cpu_ms")) / 1000});
        memory.runs.append({r.values.value(QStringLiteral("vmrss_kb")) / 1024, r.values.value(QStringLiteral("vmhwm_kb")) / 1024});
    }
    signIn.note = QStringLiteral("measured inside the gmedesk process from the (scripted) sign-in to the first paint of "
                                 "the queue with its first %1 rows: password check, main window, first rows read on "
                                 "the database thread, model, paint. CPU = every thread of the process")
                      .arg(kQueueFirstRows);
    loaded.note = QStringLiteral("the same runs until all %1 rows are in the table (the rest is read while the first "
                                 "rows are shown; moves wait for it). No goal of its own")
                      .arg(rows);
    memory.note = QStringLiteral("VmRSS (and peak VmHWM) of the real gmedesk process from /proc/self/status when the "
                                 "%1-row queue is loaded and painted")
                      .arg(rows);
    if (!failure.isEmpty())
        signIn.notRun = loaded.notRun = memory.notRun = QStringLiteral("failed: %1").arg(failure);
    table.add(signIn);
    table.add(loaded);
    table.add(memory);
}

void queueScenarios(BenchTable &table, Database &db, const User &province, int runs)
{
    const QueueRuns q = runQueueScenarios(db, province, std::max(runs, 5));
    BenchRow filter{QStringLiteral("filter keystroke, repainted"), QStringLiteral("GUI thread"), Judged::Cpu, 0.05, q.filter};
    filter.note = QStringLiteral("typing an ID number into the filter, one character per run, over %1 rows: refilter, "
                                 "counts, table painted (the 150 ms typing pause before it is not counted)")
                      .arg(q.rows);
    BenchRow sort{QStringLiteral("sort a column, repainted"), QStringLiteral("GUI thread"), Judged::Cpu, 0.3, q.sort};
    sort.note = QStringLiteral("header click on name, ID number, base, submitted at, specialty in turn; %1 rows").arg(q.rows);
    BenchRow move{QStringLiteral("select all, move to pending, repainted"), QStringLiteral("GUI thread"), Judged::Cpu,
                  0.3, q.moveAll};
    move.note = QStringLiteral("select all %1 rows, move them, both tables painted; the pending batch is saved on the "
                               "database thread afterwards (not counted, the window stays usable)")
                    .arg(q.rows);
    if (!q.error.isEmpty())
        filter.notRun = sort.notRun = move.notRun = QStringLiteral("failed: %1").arg(q.error);
    table.add(filter);
    table.add(sort);
    table.add(move);
}

void applyScenarios(BenchTable &table, Database &db, const User &province, int heavyRuns)
{
    QString error;
    BenchRow sqlite{QStringLiteral("apply 10,000-row batch + log, SQLite"), QStringLiteral("process"), Judged::Cpu, 1.0,
                    runApplyBatches(db, province, heavyRuns, kBatchRows, &error)};
    sqlite.note = QStringLiteral("ReviewEngine::apply (pass at final review): rows checked again inside one "
                                 "transaction, 10,000 rows updated, one batch_actions record, 10,000 decisions");
    if (!error.isEmpty())
        sqlite.notRun = QStringLiteral("failed: %1").arg(error);
    table.add(sqlite);

}

// Central mode: the same province on a private PostgreSQL 15, the provincial reviewer signed in
// with its own login. CPU here is this process's plus the reviewer's server backends'.
void pgScenarios(BenchTable &table, int trainees, int runs, int heavyRuns)
{
    const QString cpuOf = QStringLiteral("process + PG");
    BenchRow first{QStringLiteral("open queue to first rows painted, PostgreSQL"), cpuOf, Judged::Cpu, 0.3};
    BenchRow all{QStringLiteral("open queue to every row loaded, PostgreSQL"), cpuOf, Judged::Cpu, 0};
    BenchRow apply{QStringLiteral("apply 10,000-row batch + log, PostgreSQL"), cpuOf, Judged::Cpu, 2.0};
    try {
        PgProvince pg;
        pg.loadDemo(trainees, kQueueRows);
        std::printf("PostgreSQL 15 on loopback: the same province (%d registrations, %d in the provincial queue) "
                    "built in %.1f s\n",
                    pg.built().registrations, pg.built().queueRows, pg.built().buildSeconds);
        std::fflush(stdout);
        const PgQueueRuns q = runPgQueueOpenings(pg, runs);
        first.runs = q.toFirstRows;
        all.runs = q.toAllRows;
        if (!q.error.isEmpty())
            first.notRun = all.notRun = QStringLiteral("failed: %1").arg(q.error);
        first.note = QStringLiteral("the review pane opened as the provincial reviewer (own login, row-level security "
                                    "on) until the queue view has painted its first %1 rows, read on the database "
                                    "thread over the loopback connection while the rest still loads")
                         .arg(q.firstRows);
        all.note = QStringLiteral("the same openings until all %1 rows are in the table. No goal of its own").arg(q.rows);
        table.add(first);
        table.add(all);

        QString error;
        const QString login = pg.reviewerUser().username;
        apply.runs = runApplyBatches(pg.reviewer(), pg.reviewerUser(), heavyRuns, kBatchRows, &error,
                                     [&](const std::function<void()> &work) { return timeWithServer(pg, login, work); });
        if (!error.isEmpty())
            apply.notRun = QStringLiteral("failed: %1").arg(error);
        apply.note = QStringLiteral("the same apply as on SQLite, by the provincial reviewer's own login: rows locked "
                                    "(FOR UPDATE) and checked, the server's review rules and row-level policies on "
                                    "every written row");
        table.add(apply);
    } catch (const std::exception &e) {
        for (BenchRow *row : {&first, &all, &apply})
            if (row->runs.isEmpty() && row->notRun.isEmpty()) {
                row->notRun = QStringLiteral("failed: %1").arg(QString::fromUtf8(e.what()));
                table.add(*row);
            }
    }
}

void rosterScenarios(BenchTable &table, Database &db, const User &province, const QString &dir, int heavyRuns)
{
    BenchRow exportRow{QStringLiteral("export registrants to .xlsx"), QStringLiteral("process"), Judged::Cpu, 3.0};
    BenchRow importRow{QStringLiteral("import + validate the same .xlsx"), QStringLiteral("process"), Judged::Cpu, 3.0};
    exportRow.peerName = importRow.peerName = QStringLiteral("openpyxl");
    RosterFileRun last;
    for (int i = 0; i < heavyRuns; ++i) {
        last = runRosterFiles(db, province, dir);
        if (!last.error.isEmpty())
            break;
        exportRow.runs.append(last.exported);
        importRow.runs.append(last.imported);
        const QString file = QDir(dir).filePath(QStringLiteral("ours.xlsx"));
        const double write = openpyxlWrite(file, dir);
        const double read = openpyxlRead(file);
        if (write >= 0)
            exportRow.peerRuns.append(write);
        if (read >= 0)
            importRow.peerRuns.append(read);
    }
    if (!last.error.isEmpty())
        exportRow.notRun = importRow.notRun = QStringLiteral("failed: %1").arg(last.error);
    exportRow.note = QStringLiteral("%1 rows x %2 columns, every registrant the province sees; peer: openpyxl write_only "
                                    "writing the same cells")
                         .arg(last.rows)
                         .arg(last.columns);
    importRow.note = QStringLiteral("read, header detection and validation of every row against the database (%1 valid, "
                                    "%2 issues; nothing committed); peer: openpyxl read_only reading every cell")
                         .arg(last.validRows)
                         .arg(last.issues);
    table.add(exportRow);
    table.add(importRow);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Options o = parse(app);
    const int runs = std::max(o.runs, 5);
    const int heavyRuns = std::max(3, runs / 2);
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("province.sqlite"));
    std::printf("gmedesk-bench: %d CPU threads, platform %s, temporary folder %s\n", QThread::idealThreadCount(),
                qPrintable(QGuiApplication::platformName()), qPrintable(dir.path()));
    std::fflush(stdout);

    BenchTable table;
    try {
        const bool embedded = o.wants("app") || o.wants("queue") || o.wants("evidence") || o.wants("apply")
                              || o.wants("files");
        if (!embedded) {
            if (o.wants("pg"))
                pgScenarios(table, o.trainees, runs, heavyRuns);
            table.print();
            return 0;
        }
        Database db(dbPath);
        const BenchProvince province = buildBenchProvince(db, o.trainees, kQueueRows);
        std::printf("demo province: %d trainees, %d registrations, %d in the provincial queue; built in %.1f s\n",
                    o.trainees, province.registrations, province.queueRows, province.buildSeconds);
        std::fflush(stdout);
        const User provincial = provincialUser(db);

        if (o.wants("app"))
            appScenarios(table, dbPath, dir.filePath(QStringLiteral("home")), runs, heavyRuns);
        if (o.wants("queue"))
            queueScenarios(table, db, provincial, runs);
        if (o.wants("evidence")) {
            BenchRow evidence{QStringLiteral("first PDF page painted, warm"), QStringLiteral("process"), Judged::Cpu,
                              0.15, warmFirstPageRuns(runs)};
            evidence.note = QStringLiteral("a 20-page form fetched ahead (as for the rows below the current one), then "
                                           "shown in the 1000 x 800 evidence viewer until its first page is painted");
            table.add(evidence);
        }
        if (o.wants("apply"))
            applyScenarios(table, db, provincial, heavyRuns);
        if (o.wants("files"))
            rosterScenarios(table, db, provincial, dir.path(), heavyRuns);
        closeWorkerConnection(db); // the review pane's database thread opened one
        if (o.wants("pg"))
            pgScenarios(table, o.trainees, runs, heavyRuns);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "gmedesk-bench: %s\n", e.what());
        table.print();
        return 1;
    }
    table.print();
    return 0;
}
