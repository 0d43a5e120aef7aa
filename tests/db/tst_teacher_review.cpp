// The base's review of teachers (推荐 / 不推荐) and appointment (聘任): every transition of the
// table, reasons, eligibility, scope, versions, all-or-nothing and the append-only log.
#include "TeacherFixture.h"
#include "TestSupport.h"

#include "teachers/TeacherRepository.h"
#include "teachers/TeacherReview.h"

#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

Q_DECLARE_METATYPE(gme::TeacherState)
Q_DECLARE_METATYPE(gme::TeacherAction)

class TestTeacherReview : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    std::unique_ptr<TeacherFixture> m_f;
    qint64 m_medicine = 0;
    const Province &p() const { return m_db->p(); }

    TeacherReview review(const User &user) { return TeacherReview(m_db->db(), user, m_db->clock()); }
    TeacherReviewResult act(qint64 teacherId, TeacherAction action, const QString &reason = {},
                            const User *user = nullptr)
    {
        return review(user ? *user : p().baseA1User)
            .apply({{teacherId, m_f->versionOf(teacherId)}}, action, reason);
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDb>();
        m_db->clock().set(QDateTime(QDate(2026, 6, 15), QTime(10, 0)));
        m_f = std::make_unique<TeacherFixture>(*m_db);
        m_medicine = m_f->department(p().baseA1, QStringLiteral(u"内科"));
    }
    void cleanup()
    {
        m_f.reset();
        m_db.reset();
    }

    void everyTransitionOfTheTable_data()
    {
        QTest::addColumn<TeacherState>("from");
        QTest::addColumn<TeacherAction>("action");
        QTest::addColumn<TeacherState>("to");
        QTest::addColumn<bool>("needsReason");
        for (const TeacherTransition &t : teacherTransitions())
            QTest::addRow("%s %s", qPrintable(teacherStateCode(t.from)), qPrintable(teacherActionCode(t.action)))
                << t.from << t.action << t.to << t.needsReason;
    }
    void everyTransitionOfTheTable()
    {
        QFETCH(TeacherState, from);
        QFETCH(TeacherAction, action);
        QFETCH(TeacherState, to);
        QFETCH(bool, needsReason);
        const qint64 t = m_f->teacher(m_medicine, QStringLiteral(u"李老师"), from);
        if (needsReason) {
            const TeacherReviewResult noReason = act(t, action, QStringLiteral("  "));
            QVERIFY(!noReason.applied);
            QVERIFY(!noReason.summary().isEmpty());
            QCOMPARE(m_f->stateOf(t), from);
        }
        const TeacherReviewResult r = act(t, action, QStringLiteral(u"理由"));
        QVERIFY2(r.applied, qPrintable(r.summary()));
        QCOMPARE(m_f->stateOf(t), to);
        QCOMPARE(m_f->versionOf(t), 2);
        const auto history = TeacherRepository(m_db->db()).history(t);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().action, teacherActionCode(action));
        QCOMPARE(history.first().fromState, teacherStateCode(from));
        QCOMPARE(history.first().toState, teacherStateCode(to));
        QCOMPARE(history.first().reason, QStringLiteral(u"理由"));
        QCOMPARE(history.first().decidedAt, m_db->clock().now());
    }

    void movesOutsideTheTableAreRefused()
    {
        const QList<TeacherState> states = {TeacherState::Registered, TeacherState::Recommended,
                                            TeacherState::NotRecommended, TeacherState::Appointed,
                                            TeacherState::Dismissed};
        const QList<TeacherAction> actions = {TeacherAction::Recommend, TeacherAction::NotRecommend,
                                              TeacherAction::Appoint, TeacherAction::Dismiss,
                                              TeacherAction::Reconsider};
        int n = 0;
        for (TeacherState s : states)
            for (TeacherAction a : actions) {
                if (findTeacherTransition(s, a))
                    continue;
                const qint64 t = m_f->teacher(m_medicine, QStringLiteral("T%1").arg(++n), s);
                const TeacherReviewResult r = act(t, a, QStringLiteral("x"));
                QVERIFY(!r.applied);
                QCOMPARE(m_f->stateOf(t), s);
            }
        QVERIFY(n > 10);
        // Appointment needs a recommendation first.
        QVERIFY(!findTeacherTransition(TeacherState::Registered, TeacherAction::Appoint));
    }

    void recommendAndAppointNeedAnEligibleTeacher()
    {
        const qint64 young = m_f->teacher(m_medicine, QStringLiteral(u"新主治"), TeacherState::Registered,
                                          QDate(2024, 1, 1));
        TeacherReviewResult r = act(young, TeacherAction::Recommend);
        QVERIFY(!r.applied);
        QVERIFY2(r.summary().contains(QStringLiteral("2027-01-01")), qPrintable(r.summary()));
        QCOMPARE(m_f->stateOf(young), TeacherState::Registered);
        // 不推荐 of an ineligible teacher is fine.
        QVERIFY(act(young, TeacherAction::NotRecommend, QStringLiteral(u"主治年限不足")).applied);

        // Recommended while eligible, then a serious incident: the appointment is refused.
        const qint64 t = m_f->teacher(m_medicine, QStringLiteral(u"老主治"), TeacherState::Registered);
        QVERIFY(act(t, TeacherAction::Recommend).applied);
        m_f->incident(t, QDate(2026, 5, 1), true);
        r = act(t, TeacherAction::Appoint);
        QVERIFY(!r.applied);
        QVERIFY2(r.summary().contains(QStringLiteral("2026-05-01")), qPrintable(r.summary()));
        QCOMPARE(m_f->stateOf(t), TeacherState::Recommended);
    }

    void onlyTheOwnBaseReviews()
    {
        const qint64 t = m_f->teacher(m_medicine, QStringLiteral(u"张老师"), TeacherState::Registered);
        QVERIFY(!act(t, TeacherAction::Recommend, {}, &p().baseA2User).applied);
        QVERIFY(!act(t, TeacherAction::Recommend, {}, &p().cityAUser).applied);
        QVERIFY(!act(t, TeacherAction::Recommend, {}, &p().provincialUser).applied);
        QCOMPARE(m_f->stateOf(t), TeacherState::Registered);
        QVERIFY(act(t, TeacherAction::Recommend).applied);
    }

    void staleVersionIsRefused()
    {
        const qint64 t = m_f->teacher(m_medicine, QStringLiteral(u"赵老师"), TeacherState::Registered);
        const int seen = m_f->versionOf(t);
        QVERIFY(act(t, TeacherAction::Recommend).applied); // someone else acted meanwhile
        const TeacherReviewResult r = review(p().baseA1User).apply({{t, seen}}, TeacherAction::NotRecommend,
                                                                   QStringLiteral("x"));
        QVERIFY(!r.applied);
        QCOMPARE(m_f->stateOf(t), TeacherState::Recommended);
    }

    void batchIsAllOrNothing()
    {
        const qint64 a = m_f->teacher(m_medicine, QStringLiteral("A"), TeacherState::Registered);
        const qint64 b = m_f->teacher(m_medicine, QStringLiteral("B"), TeacherState::Registered, QDate(2025, 1, 1));
        const qint64 c = m_f->teacher(m_medicine, QStringLiteral("C"), TeacherState::Registered);
        const QList<TeacherRow> rows = {{a, 1}, {b, 1}, {c, 1}};
        TeacherReviewResult r = review(p().baseA1User).apply(rows, TeacherAction::Recommend, {});
        QVERIFY(!r.applied);
        QCOMPARE(r.problems.size(), 3);
        QVERIFY(r.problems.at(0).isEmpty());
        QVERIFY(!r.problems.at(1).isEmpty());
        QCOMPARE(m_f->stateOf(a), TeacherState::Registered);
        QCOMPARE(m_db->count(QStringLiteral("teacher_decisions")), 0);

        r = review(p().baseA1User).apply({{a, 1}, {c, 1}}, TeacherAction::Recommend, {});
        QVERIFY(r.applied);
        QCOMPARE(m_db->count(QStringLiteral("teacher_decisions")), 2);
        // The same teacher twice in one batch is refused rather than written twice.
        QVERIFY(!review(p().baseA1User).apply({{a, 2}, {a, 2}}, TeacherAction::Appoint, {}).applied);
    }

    void writtenByTheReviewEngine()
    {
        const qint64 a = m_f->teacher(m_medicine, QStringLiteral("A"), TeacherState::Registered);
        const qint64 b = m_f->teacher(m_medicine, QStringLiteral("B"), TeacherState::Registered);
        QVERIFY(review(p().baseA1User).apply({{a, 1}, {b, 1}}, TeacherAction::Recommend, {}).applied);
        // One batch action of the teacher workflow, both decisions pointing at it.
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM batch_actions WHERE flow = 'teacher_review' "
                                                  "AND action = 'recommend' AND row_count = 2")).toInt(), 1);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(DISTINCT batch_action_id) FROM teacher_decisions "
                                                  "WHERE stage = 'teacher_review'")).toInt(), 1);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM teacher_decisions WHERE batch_action_id IS NULL")).toInt(), 0);
    }

    void decisionLogIsAppendOnly()
    {
        const qint64 t = m_f->teacher(m_medicine, QStringLiteral(u"钱老师"), TeacherState::Registered);
        QVERIFY(act(t, TeacherAction::Recommend).applied);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 execSql(m_db->db(), QStringLiteral("UPDATE teacher_decisions SET reason = 'x'")));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 execSql(m_db->db(), QStringLiteral("DELETE FROM teacher_decisions")));
    }

    void repositoryReadsRecords()
    {
        const qint64 t = m_f->teacher(m_medicine, QStringLiteral(u"孙老师"));
        m_f->malpractice(t, QDate(2025, 3, 1), true);
        m_f->incident(t, QDate(2024, 3, 1), false);
        m_f->evaluation(t, 2024, false);
        m_f->evaluation(t, 2025, true);
        m_f->teacher(m_f->department(p().baseA2, QStringLiteral(u"外科")), QStringLiteral(u"别院"));
        const QList<Teacher> list = TeacherRepository(m_db->db()).teachers(p().baseA1);
        QCOMPARE(list.size(), 1);
        const Teacher &read = list.first();
        QCOMPARE(read.name, QStringLiteral(u"孙老师"));
        QCOMPARE(read.departmentName, QStringLiteral(u"内科"));
        QCOMPARE(read.attendingSince, QDate(2010, 1, 1));
        QCOMPARE(read.malpractice.size(), 1);
        QVERIFY(read.malpractice.first().mainResponsibility);
        QCOMPARE(read.incidents.size(), 1);
        QVERIFY(!read.incidents.first().serious);
        QCOMPARE(read.evaluations.size(), 2);
        QCOMPARE(read.evaluations.first().year, 2024);
        QVERIFY(!read.evaluations.first().passed);
    }
};

QTEST_GUILESS_MAIN(TestTeacherReview)
#include "tst_teacher_review.moc"
