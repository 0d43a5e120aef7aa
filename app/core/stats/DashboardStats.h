#pragma once

#include "auth/User.h"
#include "domain/Types.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <optional>

namespace gme {

class Clock;

// How the funnel is broken down: by the city (or school authority) above each base, or by base.
enum class FunnelGrouping { City, Base };

inline constexpr int kStateCount = 7; // every gme::State, indexed by int(State)

// Registrations of one exam batch in one city or base, counted by their current state.
struct FunnelRow
{
    qint64 orgId = 0;
    QString name; // city or base name
    QString city; // the city or school authority: equals name for city rows
    std::array<int, kStateCount> counts{};

    int count(State s) const { return counts[size_t(s)]; }
    int total() const;
};

// How long the items waiting in one state have been there (since updated_at).
enum class AgeBucket { UnderOneDay, OneToThreeDays, ThreeToSevenDays, OverSevenDays };
inline constexpr int kAgeBucketCount = 4;

struct AgeingRow
{
    State state = State::Submitted; // submitted, base_passed, city_passed or returned
    std::array<int, kAgeBucketCount> counts{};

    int count(AgeBucket b) const { return counts[size_t(b)]; }
    int total() const;
};

// A stage window that closes within the asked number of days, with the items still waiting for it.
struct ClosingWindow
{
    qint64 batchId = 0;
    QString batchName;
    Stage stage = Stage::Registration;
    QDateTime opensAt;
    QDateTime closesAt;
    int waiting = 0; // items in scope in the state this stage acts on
};

// How often one reason was given for a return or a reject.
struct ReasonCount
{
    Action action = Action::Return;
    QString reason;
    int count = 0;
};

// Every figure the dashboard shows for one exam batch, as one value to hand between threads.
struct DashboardFigures
{
    qint64 batchId = 0;
    QString batchName;
    std::optional<Track> track;
    QDateTime computedAt;
    QList<FunnelRow> byCity;
    QList<FunnelRow> byBase;
    QList<AgeingRow> ageing;
    QList<ClosingWindow> closing;
    QList<ReasonCount> reasons;
    int closingDays = 0;
};

// Aggregate figures for the dashboard. Every query counts with GROUP BY in the database and is
// limited to the user's scope by the SQL itself (a city sees its bases, the province everything),
// so nothing out of scope is ever read and nothing is counted row by row in C++.
class DashboardStats
{
public:
    DashboardStats(QSqlDatabase db, User user, const Clock &clock);

    // Registrations of the batch by city or base and current state, sorted by name.
    QList<FunnelRow> funnel(qint64 batchId, FunnelGrouping grouping) const;
    // Items waiting per state (submitted, base_passed, city_passed, returned) by age.
    QList<AgeingRow> ageing(qint64 batchId) const;
    // Stage windows of any batch that are open or not yet open and close within `days` days from
    // now, soonest first.
    QList<ClosingWindow> windowsClosing(int days) const;
    // The most frequent reasons, at most `limit` per action (return, reject), most frequent first.
    QList<ReasonCount> reasons(qint64 batchId, int limit = 20) const;

    // All of the above for one batch. Throws DbError.
    DashboardFigures load(qint64 batchId, int closingDays) const;

    // The state the items waiting in a stage's window are in (registration: returned).
    static State waitingState(Stage stage);
    // The name of a bucket for charts and sheets: "Under 1 day", "1–3 days", ...
    static QString bucketName(AgeBucket bucket);

private:
    QSqlDatabase m_db;
    User m_user;
    const Clock &m_clock;
};

} // namespace gme
