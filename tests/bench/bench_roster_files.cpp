// Roster files at provincial scale: export 100,000 registrants × 25 columns to .xlsx, then read and
// validate the same file, each beside openpyxl doing the same work on the same rows in this run.
// Run by hand: bin/bench_roster_files [trainees]   (not part of ctest)
#include "Clock.h"
#include "auth/User.h"
#include "db/Database.h"
#include "demo/DemoProvince.h"
#include "export/RosterSheets.h"
#include "import/RosterImport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace gme;

namespace {

double peer(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(GMEDESK_PYTHON), QStringList{QStringLiteral(GMEDESK_BENCH_DIR "/openpyxl_peer.py")} + args);
    p.waitForFinished(-1);
    return p.readAllStandardOutput().trimmed().toDouble();
}

User provincialUser(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, org_id FROM users WHERE role = 'provincial' LIMIT 1"));
    q.next();
    User u;
    u.id = q.value(0).toLongLong();
    u.orgId = q.value(1).toLongLong();
    u.role = Role::Provincial;
    u.username = QStringLiteral("province");
    return u;
}

void line(const char *scenario, double ours, double theirs, double goal)
{
    std::printf("%-44s %9.2f s %11.2f s %8.1fx %9.1f s  %s\n", scenario, ours, theirs, theirs / ours, goal,
                ours <= goal && theirs / ours >= 5 ? "met" : "MISSED");
}

// CPU seconds of this process: the machine may be shared, and wall time then says little.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the demo draws its evidence PDFs with fonts
    const int trainees = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    db.migrate();
    QElapsedTimer t;
    t.start();
    createDemoProvince(db, {trainees, 1}, Clock::current());
    std::printf("demo province of %d trainees built in %.1f s\n\n", trainees, t.elapsed() / 1000.0);
    const User province = provincialUser(db);

    const QString ours = dir.filePath(QStringLiteral("ours.xlsx"));
    t.restart();
    double cpu = cpuSeconds();
    const ExportResult exported = exportRosterSheet(db.connection(), province, RosterSheet::AllRegistrants, 0, ours);
    const double exportSecs = t.nsecsElapsed() / 1e9;
    const double exportCpu = cpuSeconds() - cpu;
    if (!exported.ok) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(exported.error));
        return 1;
    }

    // The peer writes exactly the cells we wrote: read them back once (untimed) into a TSV.
    const SheetReadResult cells = readRosterFile(ours);
    QFile tsv(dir.filePath(QStringLiteral("rows.tsv")));
    tsv.open(QIODevice::WriteOnly);
    QTextStream ts(&tsv);
    for (const auto &row : cells.table.rows) {
        QStringList texts;
        for (const SheetCell &c : row)
            texts.append(c.text);
        ts << texts.join(QLatin1Char('\t')) << '\n';
    }
    ts.flush();
    tsv.close();
    const double peerWrite = peer({QStringLiteral("write"), tsv.fileName(), dir.filePath(QStringLiteral("peer.xlsx"))});

    t.restart();
    cpu = cpuSeconds();
    const SheetReadResult read = readRosterFile(ours);
    std::printf("  (read %.2f s)\n", t.nsecsElapsed() / 1e9);
    const auto mapping = detectRosterHeader(read.table);
    const ImportPlan plan = RosterImporter(db.connection(), province).plan(read.table, *mapping, QStringLiteral("ours.xlsx"));
    const double importSecs = t.nsecsElapsed() / 1e9;
    const double importCpu = cpuSeconds() - cpu;
    const double peerRead = peer({QStringLiteral("read"), ours});

    std::printf("%d rows × %d columns; import found %d valid rows, %d issues\n\n", exported.rowsWritten,
                int(read.table.rows.value(2).size()), int(plan.valid.size()), int(plan.issues.size()));
    std::printf("%-44s %11s %13s %9s %11s\n", "scenario", "gmedesk", "openpyxl", "ratio", "goal");
    line("export registrants to .xlsx", exportSecs, peerWrite, 3.0);
    line("import .xlsx with validation (peer: read)", importSecs, peerRead, 3.0);
    std::printf("\n(wall-clock above; CPU time of gmedesk: export %.2f s, import %.2f s)\n", exportCpu, importCpu);
    return 0;
}
