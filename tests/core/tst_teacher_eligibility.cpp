// The eligibility rules for supervising teachers (师资准入条件), each at its boundaries.
#include "teachers/Eligibility.h"

#include <QTest>

using namespace gme;

namespace {
const QDate kToday(2026, 6, 15);

// A teacher who meets every rule; each test breaks one.
Teacher goodTeacher()
{
    Teacher t;
    t.name = QStringLiteral(u"王医生");
    t.title = TeacherTitle::Attending;
    t.attendingSince = QDate(2015, 7, 1);
    t.evaluations = {{2023, true}, {2024, true}, {2025, true}};
    return t;
}

bool met(const Teacher &t, EligibilityRule rule, const QDate &today = kToday)
{
    const Eligibility e = checkEligibility(t, today);
    const EligibilityFlag *f = e.flag(rule);
    if (!f)
        qFatal("rule missing from the flags");
    if (f->reason.isEmpty())
        qFatal("every flag carries a reason");
    return f->met;
}
} // namespace

class TestTeacherEligibility : public QObject
{
    Q_OBJECT
private slots:
    void goodTeacherMeetsEveryRuleWithReasons()
    {
        const Eligibility e = checkEligibility(goodTeacher(), kToday);
        QCOMPARE(e.flags.size(), 4);
        QVERIFY(e.eligible());
        QVERIFY(e.problems().isEmpty());
        for (const EligibilityFlag &f : e.flags)
            QVERIFY2(!f.reason.isEmpty(), qPrintable(eligibilityRuleName(f.rule)));
    }

    void attendingExactlyThreeYearsIsEnough()
    {
        Teacher t = goodTeacher();
        t.attendingSince = kToday.addYears(-3);
        QVERIFY(met(t, EligibilityRule::AttendingThreeYears));
        t.attendingSince = kToday.addYears(-3).addDays(1); // one day short
        QVERIFY(!met(t, EligibilityRule::AttendingThreeYears));
        const Eligibility e = checkEligibility(t, kToday);
        QVERIFY(!e.eligible());
        // The reason names the day the 3 years are reached.
        QVERIFY2(e.problems().contains(QStringLiteral("2026-06-16")), qPrintable(e.problems()));
    }

    void attendingRuleNeedsTitleAndDate()
    {
        Teacher t = goodTeacher();
        t.title = TeacherTitle::Resident;
        QVERIFY(!met(t, EligibilityRule::AttendingThreeYears));
        t.title = TeacherTitle::Chief; // a higher title with an old attending date is fine
        QVERIFY(met(t, EligibilityRule::AttendingThreeYears));
        t.attendingSince = QDate();
        QVERIFY(!met(t, EligibilityRule::AttendingThreeYears));
    }

    void attendingSinceLeapDay()
    {
        Teacher t = goodTeacher();
        t.attendingSince = QDate(2020, 2, 29);
        QVERIFY(!met(t, EligibilityRule::AttendingThreeYears, QDate(2023, 2, 27)));
        QVERIFY(met(t, EligibilityRule::AttendingThreeYears, QDate(2023, 3, 1)));
    }

    void malpracticeCountsForThreeYearsInclusive()
    {
        Teacher t = goodTeacher();
        t.malpractice = {{kToday.addYears(-3), true, {}}};
        QVERIFY(!met(t, EligibilityRule::NoMalpractice)); // exactly 3 years ago still counts
        t.malpractice = {{kToday.addYears(-3).addDays(-1), true, {}}};
        QVERIFY(met(t, EligibilityRule::NoMalpractice)); // 3 years and one day ago no longer
        t.malpractice = {{kToday.addDays(-10), false, {}}};
        QVERIFY(met(t, EligibilityRule::NoMalpractice)); // not the main responsibility
        t.malpractice << MalpracticeRecord{QDate(2024, 1, 9), true, {}};
        const Eligibility e = checkEligibility(t, kToday);
        QVERIFY(!e.eligible());
        QVERIFY2(e.problems().contains(QStringLiteral("2024-01-09")), qPrintable(e.problems()));
    }

    void seriousIncidentCountsForThreeYearsInclusive()
    {
        Teacher t = goodTeacher();
        t.incidents = {{kToday.addYears(-3), true, {}}};
        QVERIFY(!met(t, EligibilityRule::NoSeriousIncident));
        t.incidents = {{kToday.addYears(-3).addDays(-1), true, {}}};
        QVERIFY(met(t, EligibilityRule::NoSeriousIncident));
        t.incidents = {{kToday, false, {}}}; // a minor incident does not count
        QVERIFY(met(t, EligibilityRule::NoSeriousIncident));
        QVERIFY(met(t, EligibilityRule::NoMalpractice)); // the rules are independent
    }

    void twoFailingYearsRunning()
    {
        Teacher t = goodTeacher();
        t.evaluations = {{2023, true}, {2024, false}, {2025, false}};
        QVERIFY(!met(t, EligibilityRule::NoFailingYearsRunning));
        const Eligibility e = checkEligibility(t, kToday);
        QVERIFY2(e.problems().contains(QStringLiteral("2024")) && e.problems().contains(QStringLiteral("2025")),
                 qPrintable(e.problems()));
    }

    void failingYearsNotConsecutive()
    {
        Teacher t = goodTeacher();
        t.evaluations = {{2022, false}, {2023, true}, {2024, false}, {2025, true}};
        QVERIFY(met(t, EligibilityRule::NoFailingYearsRunning));
        // A year without an evaluation breaks the run.
        t.evaluations = {{2023, false}, {2025, false}};
        QVERIFY(met(t, EligibilityRule::NoFailingYearsRunning));
        t.evaluations = {{2025, false}};
        QVERIFY(met(t, EligibilityRule::NoFailingYearsRunning));
    }

    void failingRunAgesOutAfterThreeYears()
    {
        Teacher t = goodTeacher();
        // Today is in 2026: a run ending in 2024 (this year and the two before) counts, one ending
        // in 2023 no longer does.
        t.evaluations = {{2023, false}, {2024, false}, {2025, true}};
        QVERIFY(!met(t, EligibilityRule::NoFailingYearsRunning));
        t.evaluations = {{2022, false}, {2023, false}, {2024, true}, {2025, true}};
        QVERIFY(met(t, EligibilityRule::NoFailingYearsRunning));
        // Unsorted input is handled.
        t.evaluations = {{2026, false}, {2024, true}, {2025, false}};
        QVERIFY(!met(t, EligibilityRule::NoFailingYearsRunning));
    }

    void problemsListEveryUnmetRule()
    {
        Teacher t = goodTeacher();
        t.title = TeacherTitle::Resident;
        t.incidents = {{kToday.addMonths(-2), true, {}}};
        const Eligibility e = checkEligibility(t, kToday);
        QCOMPARE(e.problems().split(QLatin1Char('\n')).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTeacherEligibility)
#include "tst_teacher_eligibility.moc"
