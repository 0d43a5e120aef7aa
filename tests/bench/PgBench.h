#pragma once

// Central mode at provincial scale: a private PostgreSQL 15 on loopback (the tests' PgFixture), the
// same demo province as the SQLite part, and the provincial reviewer signed in with its own login,
// so the row-level policies and the server's review rules are in every statement measured.
#include "BenchClock.h"
#include "BenchProvince.h"
#include "auth/User.h"

#include <QString>

#include <memory>

namespace gme {
class Database;
}

namespace gme::test {
class PgFixture;
}

namespace gme::bench {

class PgProvince
{
public:
    // Starts the server and migrates it. Throws std::runtime_error (or DbError) on failure. Every
    // login the fixture makes (fixture().addUser) has the demo password.
    PgProvince();
    ~PgProvince();

    // Loads the demo province as gmedesk-bench's SQLite part does (buildBenchProvince) and signs
    // in as its provincial reviewer. Throws.
    void loadDemo(int trainees, int queueRows);
    // Gathers the planner's statistics, as autovacuum would have on a server in use. Throws.
    void analyze();
    // Signs `login` in as the app does (its own login, checked by the server); the scenarios then
    // run as that reviewer. Throws.
    void signIn(const QString &login, const QString &password);

    const BenchProvince &built() const { return m_built; }
    test::PgFixture &fixture() { return *m_fixture; }
    Database &owner();
    Database &reviewer() { return *m_reviewer; }
    const User &reviewerUser() const { return m_user; }

    // CPU seconds used so far by the server processes serving `login` (its backends), read from
    // /proc: the server runs on this machine, so its share of a round trip can be counted too.
    double backendCpuSeconds(const QString &login);

private:
    std::unique_ptr<test::PgFixture> m_fixture;
    std::unique_ptr<Database> m_reviewer;
    BenchProvince m_built;
    User m_user;
};

struct PgQueueRuns
{
    int firstRows = 0;         // rows in the table when the first rows were painted
    int rows = 0;              // rows when the whole queue was in
    QList<Sample> toFirstRows; // wall; CPU = this process + the user's server backends
    QList<Sample> toAllRows;
    QString error;
};

// Opens the review pane `runs` times as the signed-in reviewer, timing from its creation to the
// queue's first paint with rows in it and on until every row is loaded.
PgQueueRuns runPgQueueOpenings(PgProvince &pg, int runs);

// Timed work with this process's CPU and the CPU of the login's server backends added together.
Sample timeWithServer(PgProvince &pg, const QString &login, const std::function<void()> &work);

} // namespace gme::bench
