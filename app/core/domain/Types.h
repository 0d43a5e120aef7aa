#pragma once

#include <QString>

#include <optional>

// The vocabulary of the review chain. Each enum has a stable code stored in the database.
namespace gme {

// Department: a department head (科室主任), scoped to one department of one base.
enum class Role { Base, Municipal, Provincial, Sysadmin, Department };
enum class Track { Resident, AssistantGp };
enum class Stage { Registration, BaseReview, CityReview, FinalReview };
enum class State { Submitted, BasePassed, CityPassed, FinalPassed, Rejected, Returned, Cancelled };
enum class Action { Pass, Reject, Return, Submit, Resubmit, Cancel };

QString roleCode(Role r);
QString trackCode(Track t);
QString stageCode(Stage s);
QString stateCode(State s);
QString actionCode(Action a);

std::optional<Role> roleFromCode(const QString &code);
std::optional<Track> trackFromCode(const QString &code);
std::optional<Stage> stageFromCode(const QString &code);
std::optional<State> stateFromCode(const QString &code);
std::optional<Action> actionFromCode(const QString &code);

// Translated names for the user (context "gme::Domain" in the .ts files).
QString roleName(Role r);
QString trackName(Track t);
QString stageName(Stage s);
QString stateName(State s);
QString actionName(Action a);

} // namespace gme
