#include "Types.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace gme {
namespace {

template <typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, code] : table)
        if (e == value)
            return QString::fromLatin1(code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromCode(const std::array<std::pair<E, const char *>, N> &table, const QString &code)
{
    for (const auto &[e, c] : table)
        if (code == QLatin1String(c))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<Role, const char *>, 5> kRoles{{
    {Role::Base, "base"}, {Role::Municipal, "municipal"},
    {Role::Provincial, "provincial"}, {Role::Sysadmin, "sysadmin"}, {Role::Department, "department"}}};
constexpr std::array<std::pair<Track, const char *>, 2> kTracks{{
    {Track::Resident, "resident"}, {Track::AssistantGp, "assistant_gp"}}};
constexpr std::array<std::pair<Stage, const char *>, 4> kStages{{
    {Stage::Registration, "registration"}, {Stage::BaseReview, "base_review"},
    {Stage::CityReview, "city_review"}, {Stage::FinalReview, "final_review"}}};
constexpr std::array<std::pair<State, const char *>, 7> kStates{{
    {State::Submitted, "submitted"}, {State::BasePassed, "base_passed"},
    {State::CityPassed, "city_passed"}, {State::FinalPassed, "final_passed"},
    {State::Rejected, "rejected"}, {State::Returned, "returned"}, {State::Cancelled, "cancelled"}}};
constexpr std::array<std::pair<Action, const char *>, 6> kActions{{
    {Action::Pass, "pass"}, {Action::Reject, "reject"}, {Action::Return, "return"},
    {Action::Submit, "submit"}, {Action::Resubmit, "resubmit"}, {Action::Cancel, "cancel"}}};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Domain)
};

} // namespace

QString roleCode(Role r) { return codeOf(kRoles, r); }
QString trackCode(Track t) { return codeOf(kTracks, t); }
QString stageCode(Stage s) { return codeOf(kStages, s); }
QString stateCode(State s) { return codeOf(kStates, s); }
QString actionCode(Action a) { return codeOf(kActions, a); }

std::optional<Role> roleFromCode(const QString &c) { return fromCode(kRoles, c); }
std::optional<Track> trackFromCode(const QString &c) { return fromCode(kTracks, c); }
std::optional<Stage> stageFromCode(const QString &c) { return fromCode(kStages, c); }
std::optional<State> stateFromCode(const QString &c) { return fromCode(kStates, c); }
std::optional<Action> actionFromCode(const QString &c) { return fromCode(kActions, c); }

QString roleName(Role r)
{
    switch (r) {
    case Role::Base: return Text::tr("Training base");
    case Role::Municipal: return Text::tr("Municipal review");
    case Role::Provincial: return Text::tr("Provincial office");
    case Role::Sysadmin: return Text::tr("System administrator");
    case Role::Department: return Text::tr("Department head");
    }
    return {};
}

QString trackName(Track t)
{
    switch (t) {
    case Track::Resident: return Text::tr("Resident physician");
    case Track::AssistantGp: return Text::tr("Assistant GP");
    }
    return {};
}

QString stageName(Stage s)
{
    switch (s) {
    case Stage::Registration: return Text::tr("Registration");
    case Stage::BaseReview: return Text::tr("Base review");
    case Stage::CityReview: return Text::tr("Second review");
    case Stage::FinalReview: return Text::tr("Final review");
    }
    return {};
}

QString stateName(State s)
{
    switch (s) {
    case State::Submitted: return Text::tr("Submitted");
    case State::BasePassed: return Text::tr("Passed by base");
    case State::CityPassed: return Text::tr("Passed second review");
    case State::FinalPassed: return Text::tr("Passed final review");
    case State::Rejected: return Text::tr("Rejected");
    case State::Returned: return Text::tr("Returned for changes");
    case State::Cancelled: return Text::tr("Cancelled");
    }
    return {};
}

QString actionName(Action a)
{
    switch (a) {
    case Action::Pass: return Text::tr("Pass");
    case Action::Reject: return Text::tr("Reject");
    case Action::Return: return Text::tr("Return for changes");
    case Action::Submit: return Text::tr("Submit");
    case Action::Resubmit: return Text::tr("Resubmit");
    case Action::Cancel: return Text::tr("Cancel registration");
    }
    return {};
}

} // namespace gme
