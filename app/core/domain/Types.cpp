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

constexpr std::array<std::pair<Role, const char *>, 4> kRoles{{
    {Role::Base, "base"}, {Role::Municipal, "municipal"},
    {Role::Provincial, "provincial"}, {Role::Sysadmin, "sysadmin"}}};
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

QString tr(const char *text) { return QCoreApplication::translate("gme::Domain", text); }

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
    case Role::Base: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Training base"));
    case Role::Municipal: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Municipal review"));
    case Role::Provincial: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Provincial office"));
    case Role::Sysadmin: return tr(QT_TRANSLATE_NOOP("gme::Domain", "System administrator"));
    }
    return {};
}

QString trackName(Track t)
{
    switch (t) {
    case Track::Resident: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Resident physician"));
    case Track::AssistantGp: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Assistant GP"));
    }
    return {};
}

QString stageName(Stage s)
{
    switch (s) {
    case Stage::Registration: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Registration"));
    case Stage::BaseReview: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Base review"));
    case Stage::CityReview: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Second review"));
    case Stage::FinalReview: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Final review"));
    }
    return {};
}

QString stateName(State s)
{
    switch (s) {
    case State::Submitted: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Submitted"));
    case State::BasePassed: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Passed by base"));
    case State::CityPassed: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Passed second review"));
    case State::FinalPassed: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Passed final review"));
    case State::Rejected: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Rejected"));
    case State::Returned: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Returned for changes"));
    case State::Cancelled: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Cancelled"));
    }
    return {};
}

QString actionName(Action a)
{
    switch (a) {
    case Action::Pass: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Pass"));
    case Action::Reject: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Reject"));
    case Action::Return: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Return for changes"));
    case Action::Submit: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Submit"));
    case Action::Resubmit: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Resubmit"));
    case Action::Cancel: return tr(QT_TRANSLATE_NOOP("gme::Domain", "Cancel registration"));
    }
    return {};
}

} // namespace gme
