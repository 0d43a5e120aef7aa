// Every (role, state, action) combination through the one engine: the legal ones move the row and
// log a decision, every other one is refused and changes nothing.
#include "TestSupport.h"
#include "review/ReviewEngine.h"
#include "review/Workflow.h"

#include <QTest>

#include <memory>
#include <set>
#include <tuple>

using namespace gme;
using namespace gme::test;

Q_DECLARE_METATYPE(gme::Role)
Q_DECLARE_METATYPE(gme::State)
Q_DECLARE_METATYPE(gme::Action)

namespace {

// Every value of an enum, generated from its code table (a value without a code ends the list),
// so a state or action added later is covered without touching this test.
template <typename E>
QList<E> allOf(QString (*code)(E))
{
    QList<E> out;
    for (int i = 0; !code(E(i)).isEmpty(); ++i)
        out.append(E(i));
    return out;
}

// The rules as DOMAIN.md states them, written independently of Workflow.cpp.
struct Legal
{
    Role role;
    State from;
    Action action;
    State to;
    Stage stage;
    bool needsReason;
};
const QList<Legal> kLegal = {
    {Role::Base, State::Submitted, Action::Pass, State::BasePassed, Stage::BaseReview, false},
    {Role::Base, State::Submitted, Action::Reject, State::Rejected, Stage::BaseReview, true},
    {Role::Base, State::Submitted, Action::Return, State::Returned, Stage::BaseReview, true},
    {Role::Base, State::Returned, Action::Resubmit, State::Submitted, Stage::BaseReview, false},
    {Role::Base, State::Submitted, Action::Cancel, State::Cancelled, Stage::BaseReview, false},
    {Role::Municipal, State::BasePassed, Action::Pass, State::CityPassed, Stage::CityReview, false},
    {Role::Municipal, State::BasePassed, Action::Reject, State::Rejected, Stage::CityReview, true},
    {Role::Municipal, State::BasePassed, Action::Return, State::Returned, Stage::CityReview, true},
    {Role::Provincial, State::CityPassed, Action::Pass, State::FinalPassed, Stage::FinalReview, false},
    {Role::Provincial, State::CityPassed, Action::Reject, State::Rejected, Stage::FinalReview, true},
    {Role::Provincial, State::CityPassed, Action::Return, State::Returned, Stage::FinalReview, true},
};

std::optional<Legal> legal(Role r, State s, Action a)
{
    for (const Legal &l : kLegal)
        if (l.role == r && l.from == s && l.action == a)
            return l;
    return std::nullopt;
}

bool roleHasAction(Role r, Action a)
{
    for (const Legal &l : kLegal)
        if (l.role == r && l.action == a)
            return true;
    return false;
}

Stage ownStage(Role r)
{
    switch (r) {
    case Role::Municipal: return Stage::CityReview;
    case Role::Provincial: return Stage::FinalReview;
    default: return Stage::BaseReview;
    }
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;

    User userFor(Role r) const
    {
        switch (r) {
        case Role::Base: return m_db->p().baseA1User;
        case Role::Municipal: return m_db->p().cityAUser;
        case Role::Provincial: return m_db->p().provincialUser;
        case Role::Sysadmin: return m_db->p().sysadmin;
        case Role::Department: {
            // A department head of base A1: it reviews no registration at all.
            User head = m_db->p().baseA1User;
            head.role = Role::Department;
            return head;
        }
        }
        return {};
    }

private slots:
    void initTestCase() { m_db = std::make_unique<TestDb>(); }

    void tableIsExactlyTheDomainRules()
    {
        using Key = std::tuple<int, int, int, int, int, bool>;
        std::set<Key> expected, actual;
        for (const Legal &l : kLegal)
            expected.insert({int(l.role), int(l.from), int(l.action), int(l.to), int(l.stage), l.needsReason});
        for (const Transition &t : Workflow::completionExam().transitions())
            actual.insert({int(t.role), int(t.from), int(t.action), int(t.to), int(t.stage), t.needsReason});
        QCOMPARE(actual.size(), Workflow::completionExam().transitions().size()); // no duplicates
        QVERIFY(actual == expected);
    }

    void queuesAndStages()
    {
        const Workflow &wf = Workflow::completionExam();
        QCOMPARE(wf.queueStates(Role::Base), QList<State>{State::Submitted});
        QCOMPARE(wf.queueStates(Role::Municipal), QList<State>{State::BasePassed});
        QCOMPARE(wf.queueStates(Role::Provincial), QList<State>{State::CityPassed});
        QVERIFY(wf.queueStates(Role::Sysadmin).isEmpty());
        QCOMPARE(wf.reviewStage(Role::Base), std::optional<Stage>(Stage::BaseReview));
        QCOMPARE(wf.reviewStage(Role::Municipal), std::optional<Stage>(Stage::CityReview));
        QCOMPARE(wf.reviewStage(Role::Provincial), std::optional<Stage>(Stage::FinalReview));
        QVERIFY(!wf.reviewStage(Role::Sysadmin));
    }

    void everyCombination_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<State>("state");
        QTest::addColumn<Action>("action");
        int n = 0;
        for (Role r : allOf(roleCode))
            for (State s : allOf(stateCode))
                for (Action a : allOf(actionCode)) {
                    QTest::addRow("%s/%s/%s", qPrintable(roleCode(r)), qPrintable(stateCode(s)), qPrintable(actionCode(a)))
                        << r << s << a;
                    ++n;
                }
        QCOMPARE(n, 5 * 7 * 6); // the enums as they are today; grows with them
    }

    void everyCombination()
    {
        QFETCH(Role, role);
        QFETCH(State, state);
        QFETCH(Action, action);
        const std::optional<Legal> expected = legal(role, state, action);
        const qint64 id = m_db->addRegistration(m_db->p().baseA1, state);
        // Inside the window the move needs, so the window is never the reason for a refusal here.
        m_db->clock().set(TestDb::timeIn(expected ? expected->stage : ownStage(role)));

        ReviewEngine engine(m_db->db(), userFor(role), Workflow::completionExam(), m_db->clock());
        const BatchRequest request{action, QStringLiteral(u"材料不全"), {{id, 1}}};
        const BatchCheck check = engine.check(request);
        const BatchResult result = engine.apply(request);

        if (expected) {
            QVERIFY(check.ok());
            QVERIFY(result.applied);
            QCOMPARE(result.rowCount, 1);
            QCOMPARE(m_db->stateOf(id), expected->to);
            QCOMPARE(m_db->versionOf(id), 2);
            const QList<DecisionRecord> d = m_db->decisionsOf(id);
            QCOMPARE(d.size(), 1);
            QCOMPARE(d[0].action, actionCode(action));
            QCOMPARE(d[0].fromState, stateCode(state));
            QCOMPARE(d[0].toState, stateCode(expected->to));
            QCOMPARE(d[0].stage, stageCode(expected->stage));
            QCOMPARE(d[0].userId, userFor(role).id);
            QCOMPARE(d[0].batchActionId, result.batchActionId);
            return;
        }

        QVERIFY(!check.ok());
        QVERIFY(!result.applied);
        QCOMPARE(result.batchActionId, 0);
        const BatchProblem batchProblem = roleHasAction(role, action) ? BatchProblem::None : BatchProblem::ActionNotAllowed;
        QCOMPARE(check.problem, batchProblem);
        QCOMPARE(result.check.problem, batchProblem);
        // The row itself is in the wrong state for this role and action; a department head sees no
        // registration at all.
        const RowProblem rowProblem = role == Role::Department ? RowProblem::OutOfScope : RowProblem::WrongState;
        QCOMPARE(check.rows.size(), 1);
        QCOMPARE(check.rows[0].problem, rowProblem);
        QCOMPARE(result.check.rows[0].problem, rowProblem);
        QCOMPARE(m_db->stateOf(id), state);
        QCOMPARE(m_db->versionOf(id), 1);
        QVERIFY(m_db->decisionsOf(id).isEmpty());
    }

    void noDecisionWithoutABatchAction()
    {
        // Every decision the combinations above wrote points at a batch action with a matching row count.
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM decisions WHERE batch_action_id IS NULL")).toInt(), 0);
        QCOMPARE(m_db->count(QStringLiteral("decisions")), int(kLegal.size()));
        QCOMPARE(m_db->count(QStringLiteral("batch_actions")), int(kLegal.size()));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
