#pragma once

#include <QString>

#include <functional>

namespace gme {

class Database;
class Clock;

struct DemoOptions
{
    int trainees = 5000;
    quint32 seed = 1;
};

// Fills an empty, migrated database with a deterministic, realistic province (Guangdong-like:
// 21 cities and a school authority, ~60 resident and ~100 assistant-GP bases), demo users for every
// role, trainees, registrations in every state with their decision history, and evidence files.
// progress(done, total) may return false to cancel (the database is then left unchanged).
// Throws DbError; returns false when cancelled.
bool createDemoProvince(Database &db, const DemoOptions &options, const Clock &clock,
                        const std::function<bool(int, int)> &progress = {});

// The demo sign-ins named in README.md; every demo user's password is kDemoPassword.
inline constexpr const char *kDemoPassword = "demo1234";

} // namespace gme
