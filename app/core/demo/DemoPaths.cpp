#include "DemoPaths.h"

#include "DemoCatalog.h"
#include "WeightedPick.h"

namespace gme::demo {
namespace {

constexpr State kStates[] = {State::Submitted, State::BasePassed, State::CityPassed, State::FinalPassed,
                             State::Rejected, State::Returned, State::Cancelled};

struct Round
{
    int base;
    int city;
    int final;
};

class Planner
{
public:
    Planner(QRandomGenerator &rng, Track track) : m_rng(rng), m_track(track) {}

    void submit() { m_steps.append({Stage::Registration, Action::Submit, std::nullopt, State::Submitted, SubmitSlot, {}}); }
    void step(Stage stage, Action action, State to, int slot, QString reason = {})
    {
        m_steps.append({stage, action, m_steps.back().to, to, slot, std::move(reason)});
    }
    void pass(Stage stage, int slot) { step(stage, Action::Pass, passedState(stage), slot); }
    void reject(Stage stage, int slot) { step(stage, Action::Reject, State::Rejected, slot, pickFrom(rejectReasons(stage, m_track), m_rng)); }
    void sendBack(Stage stage, int slot) { step(stage, Action::Return, State::Returned, slot, pickFrom(returnReasons(stage), m_rng)); }

    // Passes every stage before `stage`, in this round's slots.
    void passUpTo(Stage stage, const Round &r)
    {
        if (stage == Stage::BaseReview)
            return;
        pass(Stage::BaseReview, r.base);
        if (stage == Stage::CityReview)
            return;
        pass(Stage::CityReview, r.city);
    }

    // One review round from `submitted` to `state`.
    void round(State state, const Round &r)
    {
        static const WeightedPick stopStage({50, 30, 20});
        static constexpr Stage kStops[] = {Stage::BaseReview, Stage::CityReview, Stage::FinalReview};
        switch (state) {
        case State::Submitted:
            break;
        case State::BasePassed:
            passUpTo(Stage::CityReview, r);
            break;
        case State::CityPassed:
            passUpTo(Stage::FinalReview, r);
            break;
        case State::FinalPassed:
            passUpTo(Stage::FinalReview, r);
            pass(Stage::FinalReview, r.final);
            break;
        case State::Rejected:
        case State::Returned: {
            const Stage stop = kStops[stopStage(m_rng)];
            passUpTo(stop, r);
            const int slot = stop == Stage::BaseReview ? r.base : stop == Stage::CityReview ? r.city : r.final;
            if (state == State::Rejected)
                reject(stop, slot);
            else
                sendBack(stop, slot);
            break;
        }
        case State::Cancelled:
            step(Stage::BaseReview, Action::Cancel, State::Cancelled, BaseSlot);
            break;
        }
    }

    QList<PlannedStep> take() { return std::move(m_steps); }

private:
    static State passedState(Stage stage)
    {
        switch (stage) {
        case Stage::BaseReview: return State::BasePassed;
        case Stage::CityReview: return State::CityPassed;
        default: return State::FinalPassed;
        }
    }

    QRandomGenerator &m_rng;
    Track m_track;
    QList<PlannedStep> m_steps;
};

} // namespace

State pickCurrentState(QRandomGenerator &rng)
{
    static const WeightedPick pick({26, 18, 14, 14, 9, 13, 6});
    return kStates[pick(rng)];
}

State pickPreviousYearState(QRandomGenerator &rng)
{
    static const WeightedPick pick({0, 0, 0, 86, 9, 2, 3});
    return kStates[pick(rng)];
}

QList<PlannedStep> planHistory(QRandomGenerator &rng, State state, Track track, bool cityLoops)
{
    Planner p(rng, track);
    p.submit();
    const Round first{BaseSlot, CitySlot, FinalSlot};
    if (state == State::Cancelled || !chance(rng, cityLoops ? 15 : 8)) {
        p.round(state, first);
        return p.take();
    }
    // Returned once, corrected and resubmitted, then reviewed again from the start.
    if (cityLoops && chance(rng, 40)) {
        p.pass(Stage::BaseReview, BaseSlot);
        p.sendBack(Stage::CityReview, CitySlot);
    } else {
        p.sendBack(Stage::BaseReview, BaseSlot);
    }
    p.step(Stage::BaseReview, Action::Resubmit, State::Submitted, ResubmitSlot);
    p.round(state, {BaseAgainSlot, CityAgainSlot, FinalSlot});
    return p.take();
}

} // namespace gme::demo
