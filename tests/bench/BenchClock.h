#pragma once

// Clocks for the benchmarks. The machine is shared, so beside wall time each figure also has a CPU
// time: of the whole process (every thread) or of the calling thread only (the GUI thread's work).
#include <QElapsedTimer>
#include <QList>

#include <ctime>
#include <functional>

namespace gme::bench {

inline double cpuSeconds(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}
inline double processCpuSeconds() { return cpuSeconds(CLOCK_PROCESS_CPUTIME_ID); }
inline double threadCpuSeconds() { return cpuSeconds(CLOCK_THREAD_CPUTIME_ID); }

// One measured run, in seconds.
struct Sample
{
    double wall = 0;
    double cpu = 0;
};

enum class CpuOf { Process, Thread };

inline Sample timeIt(CpuOf cpuOf, const std::function<void()> &work)
{
    const double cpu0 = cpuOf == CpuOf::Process ? processCpuSeconds() : threadCpuSeconds();
    QElapsedTimer t;
    t.start();
    work();
    const double wall = double(t.nsecsElapsed()) / 1e9;
    const double cpu1 = cpuOf == CpuOf::Process ? processCpuSeconds() : threadCpuSeconds();
    return {wall, cpu1 - cpu0};
}

double median(QList<double> values);

} // namespace gme::bench
