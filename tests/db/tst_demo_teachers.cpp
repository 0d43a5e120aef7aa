// The demo province's teachers: every review state, ineligible teachers under each rule, rotation
// months to assign, and an automatic run that balances and reports the department nobody can take.
#include "Clock.h"
#include "db/Database.h"
#include "demo/DemoProvince.h"
#include "teachers/Eligibility.h"
#include "teachers/TeacherAssignments.h"
#include "teachers/TeacherRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace gme;

class TestDemoTeachers : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(10, 30))};
    std::unique_ptr<Database> m_db;
    User m_base1;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("demo.sqlite")));
        m_db->migrate();
        DemoOptions o;
        o.trainees = 1500;
        QVERIFY(createDemoProvince(*m_db, o, m_clock));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, org_id FROM users WHERE username = 'base1'")) && q.next());
        m_base1 = User{q.value(0).toLongLong(), QStringLiteral("base1"), {}, Role::Base, q.value(1).toLongLong(), {}};
    }

    void everyBaseHasTeachersInEveryStateAndIneligibleOnesUnderEachRule()
    {
        const QList<Teacher> teachers = TeacherRepository(m_db->connection()).teachers(m_base1.orgId);
        QCOMPARE(TeacherRepository(m_db->connection()).departments(m_base1.orgId).size(), 4);
        QVERIFY(teachers.size() >= 10);
        QSet<TeacherState> states;
        QSet<EligibilityRule> broken;
        int eligibleAppointed = 0;
        for (const Teacher &t : teachers) {
            states.insert(t.state);
            const Eligibility e = checkEligibility(t, m_clock.now().date());
            for (const EligibilityFlag &f : e.flags)
                if (!f.met)
                    broken.insert(f.rule);
            eligibleAppointed += e.eligible() && t.state == TeacherState::Appointed;
        }
        QCOMPARE(states.size(), 4); // registered, recommended, not recommended, appointed
        QCOMPARE(broken.size(), 4); // every rule has somebody who fails it
        QVERIFY(eligibleAppointed >= 4);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT base_id) = (SELECT COUNT(*) FROM orgs WHERE kind = 'base') "
                                      "FROM teachers")) && q.next());
        QVERIFY(q.value(0).toBool());
    }

    void automaticAssignmentOnTheDemo()
    {
        TeacherAssignments service(m_db->connection(), m_base1, m_clock);
        const QStringList months = service.months();
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.first(), QStringLiteral("2026-11"));
        const AutoAssignReport report = service.autoAssign(months.first());
        QVERIFY(report.assigned > 0);
        QVERIFY2(!report.unassigned.isEmpty(), "急诊科 has no appointed teacher");
        QVERIFY(report.unassigned.join('\n').contains(QStringLiteral(u"急诊科")));
        QHash<qint64, QHash<qint64, int>> load; // department → teacher → rows
        for (const RotationAssignment &r : service.rows(months.first())) {
            QVERIFY(r.problem.isEmpty());
            if (r.teacherId)
                ++load[r.departmentId][r.teacherId];
        }
        for (const QHash<qint64, int> &perTeacher : std::as_const(load)) {
            const auto [min, max] = std::minmax_element(perTeacher.cbegin(), perTeacher.cend());
            QVERIFY(*max - *min <= 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoTeachers)
#include "tst_demo_teachers.moc"
