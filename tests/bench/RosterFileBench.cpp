#include "RosterFileBench.h"

#include "db/Database.h"
#include "export/RosterSheets.h"
#include "import/RosterImport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

namespace gme::bench {
namespace {

double peer(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(GMEDESK_PYTHON), QStringList{QStringLiteral(GMEDESK_BENCH_DIR "/openpyxl_peer.py")} + args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return -1;
    bool ok = false;
    const double secs = p.readAllStandardOutput().trimmed().toDouble(&ok);
    return ok ? secs : -1;
}

} // namespace

RosterFileRun runRosterFiles(Database &db, const User &user, const QString &dir)
{
    RosterFileRun out;
    const QString file = QDir(dir).filePath(QStringLiteral("ours.xlsx"));
    QFile::remove(file);
    ExportResult exported;
    out.exported = timeIt(CpuOf::Process, [&] {
        exported = exportRosterSheet(db.connection(), user, RosterSheet::AllRegistrants, 0, file);
    });
    if (!exported.ok) {
        out.error = QStringLiteral("export failed: %1").arg(exported.error);
        return out;
    }
    out.rows = exported.rowsWritten;

    std::optional<ImportPlan> plan;
    SheetReadResult read;
    out.imported = timeIt(CpuOf::Process, [&] {
        read = readRosterFile(file);
        if (const auto mapping = detectRosterHeader(read.table))
            plan = RosterImporter(db.connection(), user).plan(read.table, *mapping, QStringLiteral("ours.xlsx"));
    });
    if (!plan) {
        out.error = QStringLiteral("import found no roster header");
        return out;
    }
    for (const auto &row : read.table.rows)
        out.columns = std::max(out.columns, int(row.size()));
    out.validRows = int(plan->valid.size());
    out.issues = int(plan->issues.size());
    return out;
}

double openpyxlWrite(const QString &xlsx, const QString &dir)
{
    const SheetReadResult cells = readRosterFile(xlsx);
    QFile tsv(QDir(dir).filePath(QStringLiteral("rows.tsv")));
    if (!tsv.open(QIODevice::WriteOnly))
        return -1;
    QTextStream ts(&tsv);
    for (const auto &row : cells.table.rows) {
        QStringList texts;
        for (const SheetCell &c : row)
            texts.append(c.text);
        ts << texts.join(QLatin1Char('\t')) << '\n';
    }
    ts.flush();
    tsv.close();
    return peer({QStringLiteral("write"), tsv.fileName(), QDir(dir).filePath(QStringLiteral("peer.xlsx"))});
}

double openpyxlRead(const QString &xlsx)
{
    return peer({QStringLiteral("read"), xlsx});
}

} // namespace gme::bench
