// The automatic assignment of supervising teachers: balance, eligibility, kept rows, determinism.
#include "teachers/AssignmentPlan.h"

#include <QTest>

#include <algorithm>

using namespace gme;

namespace {
const QDate kToday(2026, 6, 15);
constexpr qint64 kMedicine = 1, kSurgery = 2;

Teacher teacher(qint64 id, qint64 department, TeacherState state = TeacherState::Appointed)
{
    Teacher t;
    t.id = id;
    t.departmentId = department;
    t.departmentName = department == kMedicine ? QStringLiteral(u"内科") : QStringLiteral(u"外科");
    t.name = QStringLiteral("T%1").arg(id);
    t.title = TeacherTitle::Attending;
    t.attendingSince = QDate(2010, 1, 1);
    t.state = state;
    return t;
}

QList<AssignmentSlot> emptySlots(int count, qint64 department, qint64 firstId = 1)
{
    QList<AssignmentSlot> monthSlots;
    for (int i = 0; i < count; ++i)
        monthSlots.append({firstId + i, department, 0});
    return monthSlots;
}

QMap<qint64, int> loads(const AssignmentPlan &plan, const QList<AssignmentSlot> &kept = {})
{
    QMap<qint64, int> out;
    for (const PlannedAssignment &a : plan.assign)
        ++out[a.teacherId];
    for (const AssignmentSlot &s : kept)
        if (s.teacherId)
            ++out[s.teacherId];
    return out;
}
} // namespace

class TestAssignmentPlan : public QObject
{
    Q_OBJECT
private slots:
    void balancesWithinOne_data()
    {
        QTest::addColumn<int>("trainees");
        QTest::addColumn<int>("teachers");
        QTest::newRow("even") << 9 << 3;
        QTest::newRow("uneven") << 10 << 3;
        QTest::newRow("fewer trainees than teachers") << 2 << 5;
        QTest::newRow("many") << 101 << 7;
    }
    void balancesWithinOne()
    {
        QFETCH(int, trainees);
        QFETCH(int, teachers);
        QList<Teacher> ts;
        for (int i = 1; i <= teachers; ++i)
            ts << teacher(i, kMedicine);
        const AssignmentPlan plan = planAssignments(emptySlots(trainees, kMedicine), ts, kToday);
        QCOMPARE(plan.assign.size(), trainees);
        QVERIFY(plan.unassigned.isEmpty());
        QMap<qint64, int> load = loads(plan);
        for (int i = 1; i <= teachers; ++i)
            load.insert(i, load.value(i)); // teachers with no trainee count as 0
        const auto [min, max] = std::minmax_element(load.cbegin(), load.cend());
        QVERIFY2(*max - *min <= 1, qPrintable(QStringLiteral("max %1 min %2").arg(*max).arg(*min)));
    }

    void neverAssignsIneligibleOrUnappointed()
    {
        Teacher young = teacher(1, kMedicine);
        young.attendingSince = kToday.addYears(-1);
        Teacher incident = teacher(2, kMedicine);
        incident.incidents = {{kToday.addMonths(-3), true, {}}};
        const Teacher recommended = teacher(3, kMedicine, TeacherState::Recommended);
        const Teacher good = teacher(4, kMedicine);
        const Teacher otherDepartment = teacher(5, kSurgery);
        const AssignmentPlan plan =
            planAssignments(emptySlots(6, kMedicine), {young, incident, recommended, good, otherDepartment}, kToday);
        QCOMPARE(plan.assign.size(), 6);
        for (const PlannedAssignment &a : plan.assign)
            QCOMPARE(a.teacherId, 4);
    }

    void saysWhyRowsCannotBeAssigned()
    {
        Teacher young = teacher(1, kMedicine);
        young.attendingSince = kToday.addYears(-1);
        const Teacher dismissed = teacher(2, kMedicine, TeacherState::Dismissed);
        QList<AssignmentSlot> monthSlots = emptySlots(2, kMedicine);
        monthSlots << AssignmentSlot{10, kSurgery, 0};
        const AssignmentPlan plan = planAssignments(monthSlots, {young, dismissed}, kToday);
        QVERIFY(plan.assign.isEmpty());
        QCOMPARE(plan.unassigned.size(), 3);
        const QString why = plan.unassigned.first().reason;
        QVERIFY2(why.contains(QStringLiteral("T1")) && why.contains(QStringLiteral("T2")), qPrintable(why));
        QVERIFY2(why.contains(young.attendingSince.addYears(3).toString(Qt::ISODate)), qPrintable(why));
        QCOMPARE(plan.unassigned.last().rotationId, 10); // surgery has no teacher at all
        QVERIFY(!plan.unassigned.last().reason.isEmpty());
    }

    void keepsValidAssignmentsAndCountsTheirLoad()
    {
        const QList<Teacher> ts = {teacher(1, kMedicine), teacher(2, kMedicine), teacher(3, kMedicine)};
        // Teacher 1 already has two rows (e.g. hand adjustments): the four new rows go to 2 and 3.
        QList<AssignmentSlot> monthSlots = {{1, kMedicine, 1}, {2, kMedicine, 1}};
        monthSlots << emptySlots(4, kMedicine, 3);
        const AssignmentPlan plan = planAssignments(monthSlots, ts, kToday);
        QCOMPARE(plan.kept, 2);
        QCOMPARE(plan.assign.size(), 4);
        const QMap<qint64, int> load = loads(plan, monthSlots);
        QCOMPARE(load.value(1), 2);
        QCOMPARE(load.value(2), 2);
        QCOMPARE(load.value(3), 2);
    }

    void releasesAssignmentsThatBecameInvalid()
    {
        Teacher dismissed = teacher(1, kMedicine, TeacherState::Dismissed);
        const QList<Teacher> ts = {dismissed, teacher(2, kMedicine)};
        const QList<AssignmentSlot> monthSlots = {{1, kMedicine, 1}, {2, kMedicine, 2}};
        const AssignmentPlan plan = planAssignments(monthSlots, ts, kToday);
        QCOMPARE(plan.kept, 1);
        QCOMPARE(plan.released.size(), 1);
        QCOMPARE(plan.released.first().rotationId, 1);
        QCOMPARE(plan.assign.size(), 1);
        QCOMPARE(plan.assign.first().rotationId, 1);
        QCOMPARE(plan.assign.first().teacherId, 2);
    }

    void departmentsAreBalancedSeparately()
    {
        const QList<Teacher> ts = {teacher(1, kMedicine), teacher(2, kMedicine), teacher(3, kSurgery)};
        QList<AssignmentSlot> monthSlots = emptySlots(4, kMedicine);
        monthSlots << emptySlots(3, kSurgery, 100);
        const AssignmentPlan plan = planAssignments(monthSlots, ts, kToday);
        const QMap<qint64, int> load = loads(plan);
        QCOMPARE(load.value(1), 2);
        QCOMPARE(load.value(2), 2);
        QCOMPARE(load.value(3), 3);
    }

    void deterministic()
    {
        QList<Teacher> ts;
        for (int i = 9; i >= 1; --i) // order of the teacher list does not matter
            ts << teacher(i, i % 2 ? kMedicine : kSurgery);
        QList<AssignmentSlot> monthSlots = emptySlots(20, kMedicine);
        monthSlots << emptySlots(13, kSurgery, 50);
        const AssignmentPlan a = planAssignments(monthSlots, ts, kToday);
        std::reverse(ts.begin(), ts.end());
        const AssignmentPlan b = planAssignments(monthSlots, ts, kToday);
        QCOMPARE(a.assign.size(), b.assign.size());
        for (qsizetype i = 0; i < a.assign.size(); ++i) {
            QCOMPARE(a.assign.at(i).rotationId, b.assign.at(i).rotationId);
            QCOMPARE(a.assign.at(i).teacherId, b.assign.at(i).teacherId);
        }
        QCOMPARE(a.assign.first().teacherId, 1); // ties go to the lowest id
    }
};

QTEST_GUILESS_MAIN(TestAssignmentPlan)
#include "tst_assignment_plan.moc"
