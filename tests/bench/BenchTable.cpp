#include "BenchTable.h"

#include <algorithm>
#include <cstdio>

namespace gme::bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

void BenchTable::add(BenchRow row)
{
    m_rows.append(std::move(row));
    const BenchRow &r = m_rows.last();
    // Progress while the benchmark runs; the table follows at the end.
    if (r.notRun.isEmpty()) {
        QList<double> wall;
        for (const Sample &s : r.runs)
            wall.append(s.wall);
        std::fprintf(stderr, "  done: %s (%lld runs, median %.3f)\n", qPrintable(r.scenario), qint64(r.runs.size()),
                     median(wall));
    }
}

namespace {

QString seconds(double s)
{
    return s >= 1 ? QStringLiteral("%1 s").arg(s, 0, 'f', 2) : QStringLiteral("%1 ms").arg(s * 1000, 0, 'f', 1);
}

} // namespace

void BenchTable::print() const
{
    std::printf("\n%-46s %4s  %10s  %10s  %-12s  %-17s  %-7s  %-20s %6s\n", "scenario", "runs", "wall", "CPU", "CPU of",
                "goal", "verdict", "peer (median)", "ratio");
    std::printf("%s\n", QByteArray(150, '-').constData());
    for (const BenchRow &r : m_rows) {
        if (!r.notRun.isEmpty()) {
            std::printf("%-46s %4s  %s\n", qPrintable(r.scenario), "-", qPrintable(r.notRun));
            continue;
        }
        QList<double> wall, cpu;
        for (const Sample &s : r.runs) {
            wall.append(s.wall);
            cpu.append(s.cpu);
        }
        const double w = median(wall);
        const double c = median(cpu);
        QString wallText, cpuText, goalText;
        double judgedValue = 0;
        if (r.judged == Judged::Memory) {
            wallText = QStringLiteral("RSS %1 MB").arg(w, 0, 'f', 0);
            cpuText = QStringLiteral("HWM %1 MB").arg(c, 0, 'f', 0);
            goalText = QStringLiteral("<= %1 MB (VmRSS)").arg(r.goal, 0, 'f', 0);
            judgedValue = w;
        } else {
            wallText = seconds(w);
            cpuText = seconds(c);
            goalText = r.goal > 0 ? QStringLiteral("<= %1 (%2)").arg(seconds(r.goal), r.judged == Judged::Wall ? QStringLiteral("wall") : QStringLiteral("CPU"))
                                  : QStringLiteral("-");
            judgedValue = r.judged == Judged::Wall ? w : c;
        }
        QString peerText, ratioText;
        if (!r.peerRuns.isEmpty()) {
            const double p = median(r.peerRuns);
            peerText = QStringLiteral("%1 %2").arg(r.peerName, seconds(p));
            ratioText = QStringLiteral("%1x").arg(p / w, 0, 'f', 1); // peer wall / our wall: >1 means faster
        }
        std::printf("%-46s %4lld  %10s  %10s  %-12s  %-17s  %-7s  %-20s %6s\n", qPrintable(r.scenario),
                    qint64(r.runs.size()), qPrintable(wallText), qPrintable(cpuText), qPrintable(r.cpuMeaning),
                    qPrintable(goalText), r.goal <= 0 ? "-" : judgedValue <= r.goal ? "met" : "MISSED", qPrintable(peerText),
                    qPrintable(ratioText));
    }
    std::printf("\nNotes:\n");
    for (const BenchRow &r : m_rows)
        if (!r.note.isEmpty())
            std::printf("  %s: %s\n", qPrintable(r.scenario), qPrintable(r.note));
    std::printf("  Goals are judged on the clock the goal names: CPU time where the machine is shared (wall beside it, "
                "inflated by whatever else runs), VmRSS for memory.\n");
    std::printf("  ratio = peer's median wall time / gmedesk's median wall time (above 1: gmedesk is faster).\n");
}

} // namespace gme::bench
