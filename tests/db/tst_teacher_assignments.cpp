// Supervising-teacher assignment per trainee and rotation month: the automatic run (balance,
// eligibility, unassignable rows with reasons, re-runs) and hand adjustments.
#include "TeacherFixture.h"
#include "TestSupport.h"

#include "teachers/TeacherAssignments.h"

#include <QTest>

#include <algorithm>
#include <memory>

using namespace gme;
using namespace gme::test;

namespace {
const QString kMonth = QStringLiteral("2026-07");
}

class TestTeacherAssignments : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    std::unique_ptr<TeacherFixture> m_f;
    qint64 m_medicine = 0, m_surgery = 0;
    const Province &p() const { return m_db->p(); }

    TeacherAssignments service(const User &user) { return TeacherAssignments(m_db->db(), user, m_db->clock()); }
    TeacherAssignments service() { return service(p().baseA1User); }

    QList<qint64> rotations(int count, qint64 department, const QString &month = kMonth)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i)
            ids << m_f->rotation(m_f->trainee(p().baseA1), department, month);
        return ids;
    }
    QMap<qint64, int> loadOf(const QList<qint64> &rotationIds)
    {
        QMap<qint64, int> load;
        for (qint64 r : rotationIds)
            ++load[m_f->teacherOf(r)];
        return load;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDb>();
        m_db->clock().set(QDateTime(QDate(2026, 6, 15), QTime(10, 0)));
        m_f = std::make_unique<TeacherFixture>(*m_db);
        m_medicine = m_f->department(p().baseA1, QStringLiteral(u"内科"));
        m_surgery = m_f->department(p().baseA1, QStringLiteral(u"外科"));
    }
    void cleanup()
    {
        m_f.reset();
        m_db.reset();
    }

    void autoAssignBalancesAndRespectsEligibility()
    {
        const qint64 a = m_f->teacher(m_medicine, QStringLiteral("A"));
        const qint64 b = m_f->teacher(m_medicine, QStringLiteral("B"));
        const qint64 c = m_f->teacher(m_medicine, QStringLiteral("C"));
        const qint64 young = m_f->teacher(m_medicine, QStringLiteral("Young"), TeacherState::Appointed, QDate(2024, 1, 1));
        const qint64 malpractice = m_f->teacher(m_medicine, QStringLiteral("M"));
        m_f->malpractice(malpractice, QDate(2024, 2, 2), true);
        const qint64 failing = m_f->teacher(m_medicine, QStringLiteral("F"));
        m_f->evaluation(failing, 2024, false);
        m_f->evaluation(failing, 2025, false);
        const qint64 recommended = m_f->teacher(m_medicine, QStringLiteral("R"), TeacherState::Recommended);
        const QList<qint64> rows = rotations(11, m_medicine);

        const AutoAssignReport report = service().autoAssign(kMonth);
        QCOMPARE(report.assigned, 11);
        QVERIFY2(report.unassigned.isEmpty(), qPrintable(report.unassigned.join('\n')));
        const QMap<qint64, int> load = loadOf(rows);
        QCOMPARE(load.keys(), (QList<qint64>{a, b, c}));
        const auto [min, max] = std::minmax_element(load.cbegin(), load.cend());
        QVERIFY(*max - *min <= 1);
        for (qint64 never : {young, malpractice, failing, recommended})
            QVERIFY(!load.contains(never));
        for (qint64 r : rows)
            QCOMPARE(m_f->howOf(r), QStringLiteral("auto"));
    }

    void reportsRowsNobodyCanSupervise()
    {
        m_f->teacher(m_surgery, QStringLiteral("Young"), TeacherState::Appointed, QDate(2025, 1, 1));
        const QList<qint64> surgery = rotations(2, m_surgery);
        const qint64 paediatrics = m_f->department(p().baseA1, QStringLiteral(u"儿科"));
        rotations(1, paediatrics);
        const AutoAssignReport report = service().autoAssign(kMonth);
        QCOMPARE(report.assigned, 0);
        QCOMPARE(report.unassigned.size(), 3);
        const QString all = report.unassigned.join('\n');
        QVERIFY2(all.contains(QStringLiteral(u"外科")) && all.contains(QStringLiteral("Young"))
                     && all.contains(QStringLiteral("2028-01-01")) && all.contains(kMonth),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral(u"儿科")));
        QCOMPARE(m_f->teacherOf(surgery.first()), 0);
    }

    void monthsAndDepartmentsAreSeparate()
    {
        const qint64 a = m_f->teacher(m_medicine, QStringLiteral("A"));
        m_f->teacher(m_medicine, QStringLiteral("B"));
        const QList<qint64> july = rotations(2, m_medicine);
        const QList<qint64> august = rotations(2, m_medicine, QStringLiteral("2026-08"));
        QCOMPARE(service().months(), (QStringList{kMonth, QStringLiteral("2026-08")}));
        QCOMPARE(service().autoAssign(kMonth).assigned, 2);
        QCOMPARE(m_f->teacherOf(august.first()), 0); // another month is untouched
        QCOMPARE(loadOf(july).value(a), 1);
        QCOMPARE(service().rows(kMonth, m_medicine).size(), 2);
        QCOMPARE(service().rows(kMonth, m_surgery).size(), 0);
    }

    void adjustmentIsCheckedByTheSameRules()
    {
        const qint64 a = m_f->teacher(m_medicine, QStringLiteral("A"));
        const qint64 young = m_f->teacher(m_medicine, QStringLiteral("Young"), TeacherState::Appointed, QDate(2024, 1, 1));
        const qint64 registered = m_f->teacher(m_medicine, QStringLiteral("Reg"), TeacherState::Registered);
        const qint64 surgeon = m_f->teacher(m_surgery, QStringLiteral("S"));
        const qint64 elsewhere = m_f->teacher(m_f->department(p().baseA2, QStringLiteral(u"内科")), QStringLiteral("X"));
        const qint64 row = rotations(1, m_medicine).first();

        QVERIFY(!service().assign(row, young).isEmpty());
        QVERIFY(!service().assign(row, registered).isEmpty());
        QVERIFY(service().assign(row, surgeon).contains(QStringLiteral(u"外科")));
        QVERIFY(!service().assign(row, elsewhere).isEmpty());
        QVERIFY(!service(p().baseA2User).assign(row, a).isEmpty()); // another base's row
        QVERIFY(!service(p().cityAUser).assign(row, a).isEmpty());
        QCOMPARE(m_f->teacherOf(row), 0);

        QCOMPARE(service().assign(row, a), QString());
        QCOMPARE(m_f->teacherOf(row), a);
        QCOMPARE(m_f->howOf(row), QStringLiteral("manual"));
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM admin_log WHERE kind = 'teacher_assignment_adjusted'")).toInt(), 1);
    }

    void rerunKeepsAdjustmentsAndFillsOnlyEmptyRows()
    {
        const qint64 a = m_f->teacher(m_medicine, QStringLiteral("A"));
        const qint64 b = m_f->teacher(m_medicine, QStringLiteral("B"));
        const QList<qint64> rows = rotations(4, m_medicine);
        QCOMPARE(service().autoAssign(kMonth).assigned, 4);
        // The head moves a row from whoever had it to B, then clears another.
        const qint64 movedFrom = m_f->teacherOf(rows.at(0));
        QCOMPARE(service().assign(rows.at(0), b), QString());
        QCOMPARE(service().clear(rows.at(1)), QString());
        QCOMPARE(m_f->teacherOf(rows.at(1)), 0);
        const qint64 row2 = m_f->teacherOf(rows.at(2)), row3 = m_f->teacherOf(rows.at(3));

        const AutoAssignReport again = service().autoAssign(kMonth);
        QCOMPARE(again.assigned, 1);
        QCOMPARE(again.kept, 3);
        QCOMPARE(m_f->teacherOf(rows.at(0)), b); // the adjustment stays
        QCOMPARE(m_f->howOf(rows.at(0)), QStringLiteral("manual"));
        QCOMPARE(m_f->teacherOf(rows.at(2)), row2);
        QCOMPARE(m_f->teacherOf(rows.at(3)), row3);
        // The refilled row goes to the less-loaded teacher.
        const QMap<qint64, int> load = loadOf(rows);
        QVERIFY(qAbs(load.value(a) - load.value(b)) <= 1);
        Q_UNUSED(movedFrom);
    }

    void rerunReleasesTeachersWhoMayNoLongerSupervise()
    {
        const qint64 a = m_f->teacher(m_medicine, QStringLiteral("A"));
        const qint64 b = m_f->teacher(m_medicine, QStringLiteral("B"));
        const qint64 row = rotations(1, m_medicine).first();
        QCOMPARE(service().assign(row, a), QString());
        // A is dismissed: the row shows the problem, and the next run gives it to B.
        execSql(m_db->db(), QStringLiteral("UPDATE teachers SET state = 'dismissed' WHERE id = ?"), {a});
        const QList<RotationAssignment> shown = service().rows(kMonth);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().teacherId, a);
        QVERIFY(!shown.first().problem.isEmpty());
        const AutoAssignReport report = service().autoAssign(kMonth);
        QCOMPARE(report.released, 1);
        QCOMPARE(report.assigned, 1);
        QCOMPARE(m_f->teacherOf(row), b);
    }

    void deterministicAcrossDatabases()
    {
        auto run = [] {
            TestDb db;
            db.clock().set(QDateTime(QDate(2026, 6, 15), QTime(10, 0)));
            TeacherFixture f(db);
            const qint64 d = f.department(db.p().baseA1, QStringLiteral(u"内科"));
            for (int i = 0; i < 4; ++i)
                f.teacher(d, QStringLiteral("T%1").arg(i));
            QList<qint64> teachers;
            QList<qint64> rows;
            for (int i = 0; i < 9; ++i)
                rows << f.rotation(f.trainee(db.p().baseA1), d, kMonth);
            TeacherAssignments(db.db(), db.p().baseA1User, db.clock()).autoAssign(kMonth);
            for (qint64 r : rows)
                teachers << f.teacherOf(r);
            return teachers;
        };
        QCOMPARE(run(), run());
    }

    void scopeOfRowsAndMonths()
    {
        rotations(2, m_medicine);
        QCOMPARE(service(p().baseA2User).rows(kMonth).size(), 0);
        QVERIFY(service(p().baseA2User).months().isEmpty());
        QVERIFY(!service(p().cityAUser).autoAssign(kMonth).unassigned.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTeacherAssignments)
#include "tst_teacher_assignments.moc"
