#pragma once

#include "BenchClock.h"

#include <QString>

#include <optional>

namespace gme::bench {

// Which clock a row's goal is judged on.
enum class Judged { Wall, Cpu, Memory };

// One line of gmedesk-bench's table: a scenario's runs, its goal and, where one exists, a peer's runs.
struct BenchRow
{
    BenchRow(QString scenario_, QString cpuMeaning_, Judged judged_, double goal_, QList<Sample> runs_ = {})
        : scenario(std::move(scenario_)), cpuMeaning(std::move(cpuMeaning_)), judged(judged_), goal(goal_),
          runs(std::move(runs_))
    {
    }

    QString scenario;
    QString cpuMeaning;        // "process", "GUI thread", "child process": whose CPU time the cpu column is
    Judged judged = Judged::Wall;
    double goal = 0;           // seconds, or MB for Judged::Memory
    QList<Sample> runs;        // for Judged::Memory: wall holds MB
    QString peerName;
    QList<double> peerRuns;    // seconds, wall
    QString notRun;            // non-empty: the scenario did not run, and why
    QString note;              // what the figure includes, printed under the table
};

class BenchTable
{
public:
    void add(BenchRow row);
    void print() const;

private:
    QList<BenchRow> m_rows;
};

} // namespace gme::bench
