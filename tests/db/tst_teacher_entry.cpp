// Teacher entry by the base (TeacherEditor): validation, duplicates, stale edits, and what an edit
// of an already appointed teacher may change, re-checks and logs.
#include "TeacherFixture.h"
#include "TestSupport.h"

#include "teachers/TeacherEditor.h"
#include "teachers/TeacherRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace gme;
using namespace gme::test;

class TestTeacherEntry : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    std::unique_ptr<TeacherFixture> m_f;
    const Province &p() const { return m_db->p(); }

    TeacherSaveResult save(const TeacherInput &in, const User &user)
    {
        return TeacherEditor(m_db->db(), user, m_db->clock()).save(in);
    }
    TeacherSaveResult save(const TeacherInput &in) { return save(in, p().baseA1User); }
    static TeacherInput valid(int n = 1)
    {
        TeacherInput in;
        in.name = QStringLiteral(u"张  老师");
        in.idNumber = TestDb::residentId(70000 + n);
        in.departmentName = QStringLiteral(u" 心内科 ");
        in.title = TeacherTitle::Attending;
        in.attendingSince = QDate(2015, 7, 1);
        in.evaluations = {{2024, true}, {2025, true}};
        return in;
    }
    Teacher stored(qint64 id) { return *TeacherRepository(m_db->db()).teacher(id); }
    QJsonObject lastLog(const QString &kind)
    {
        return QJsonDocument::fromJson(scalar(m_db->db(), QStringLiteral("SELECT detail FROM admin_log WHERE kind = ? "
                                                                         "ORDER BY id DESC LIMIT 1"), {kind})
                                           .toString().toUtf8()).object();
    }
    static bool hasIssue(const TeacherSaveResult &r, TeacherInputField f)
    {
        return std::any_of(r.issues.begin(), r.issues.end(), [f](const TeacherInputIssue &i) { return i.field == f; });
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDb>();
        m_db->clock().set(QDateTime(QDate(2026, 6, 15), QTime(10, 0)));
        m_f = std::make_unique<TeacherFixture>(*m_db);
    }
    void cleanup()
    {
        m_f.reset();
        m_db.reset();
    }

    void newTeacherIsStoredWithRecordsAndANewDepartment()
    {
        TeacherInput in = valid();
        in.idNumber = in.idNumber.toLower(); // a trailing x is folded
        in.malpractice = {{QDate(2020, 3, 1), false, QStringLiteral(u"次要责任")}};
        in.incidents = {{QDate(2021, 4, 2), false, {}}};
        const TeacherSaveResult r = save(in);
        QVERIFY2(r.ok(), qPrintable(r.problems()));
        QCOMPARE(r.outcome, TeacherSaveResult::Outcome::Inserted);
        const Teacher t = stored(r.teacherId);
        QCOMPARE(t.name, QStringLiteral(u"张 老师"));
        QCOMPARE(t.departmentName, QStringLiteral(u"心内科"));
        QCOMPARE(t.baseId, p().baseA1);
        QCOMPARE(t.state, TeacherState::Registered);
        QCOMPARE(t.attendingSince, QDate(2015, 7, 1));
        QCOMPARE(t.malpractice.size(), 1);
        QCOMPARE(t.incidents.size(), 1);
        QCOMPARE(t.evaluations.size(), 2);
        QCOMPARE(lastLog(QStringLiteral("teacher_added")).value(QStringLiteral("teacher")).toInteger(), r.teacherId);
    }

    void invalidInputIsRefusedPerField()
    {
        TeacherInput in = valid();
        in.name = QStringLiteral("  ");
        in.idNumber = TestDb::residentId(70001).left(17); // one digit short
        in.departmentName.clear();
        in.attendingSince = QDate();
        in.evaluations = {{2024, true}, {2024, false}, {2027, true}};
        const TeacherSaveResult r = save(in);
        QVERIFY(!r.ok());
        QVERIFY(hasIssue(r, TeacherInputField::Name));
        QVERIFY(hasIssue(r, TeacherInputField::IdNumber));
        QVERIFY(hasIssue(r, TeacherInputField::Department));
        QVERIFY(hasIssue(r, TeacherInputField::AttendingSince));
        QVERIFY(hasIssue(r, TeacherInputField::Evaluations));
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM teachers")).toInt(), 0);

        TeacherInput future = valid();
        future.malpractice = {{QDate(2026, 7, 1), true, {}}};
        QVERIFY(hasIssue(save(future), TeacherInputField::Malpractice));
    }

    void aSecondTeacherWithTheSameIdNumberIsRefused()
    {
        QVERIFY(save(valid()).ok());
        TeacherInput again = valid();
        again.name = QStringLiteral(u"李老师");
        const TeacherSaveResult r = save(again);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(valid().idNumber));
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM teachers")).toInt(), 1);
        // Nor may another base register the same person.
        const TeacherSaveResult elsewhere = save(valid(), p().baseB1User);
        QVERIFY(!elsewhere.ok());
        QVERIFY(elsewhere.error.contains(valid().idNumber));
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM teachers")).toInt(), 1);
    }

    void onlyABaseEntersTeachers()
    {
        const TeacherSaveResult r = save(valid(), p().cityAUser);
        QVERIFY(!r.ok());
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM teachers")).toInt(), 0);
        // Nor edits another base's teacher.
        const qint64 other = m_f->teacher(m_f->department(p().baseB1, QStringLiteral(u"内科")), QStringLiteral(u"外院"));
        TeacherInput edit = teacherInputOf(stored(other));
        edit.name = QStringLiteral(u"改名");
        QVERIFY(!save(edit).ok());
        QCOMPARE(stored(other).name, QStringLiteral(u"外院"));
    }

    void anEditFromAnOlderVersionIsRefused()
    {
        const qint64 id = save(valid()).teacherId;
        TeacherInput first = teacherInputOf(stored(id));
        TeacherInput second = first;
        first.name = QStringLiteral(u"甲");
        QCOMPARE(save(first).outcome, TeacherSaveResult::Outcome::Updated);
        second.name = QStringLiteral(u"乙");
        const TeacherSaveResult r = save(second);
        QVERIFY(!r.ok());
        QCOMPARE(stored(id).name, QStringLiteral(u"甲"));
        QCOMPARE(stored(id).version, 2);
    }

    void savingTheSameDataChangesNothing()
    {
        const qint64 id = save(valid()).teacherId;
        const int logs = scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM admin_log")).toInt();
        const TeacherSaveResult r = save(teacherInputOf(stored(id)));
        QCOMPARE(r.outcome, TeacherSaveResult::Outcome::Unchanged);
        QCOMPARE(stored(id).version, 1);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM admin_log")).toInt(), logs);
    }

    void anAppointedTeacherKeepsItsIdNumber()
    {
        const qint64 dept = m_f->department(p().baseA1, QStringLiteral(u"内科"));
        const qint64 id = m_f->teacher(dept, QStringLiteral(u"王医生"), TeacherState::Appointed);
        TeacherInput edit = teacherInputOf(stored(id));
        const QString before = edit.idNumber;
        edit.idNumber = TestDb::residentId(71234);
        const TeacherSaveResult r = save(edit);
        QVERIFY(!r.ok());
        QCOMPARE(stored(id).idNumber, before);
        // A registered (undecided) teacher's typo in the number may be corrected.
        const qint64 fresh = m_f->teacher(dept, QStringLiteral(u"新医生"), TeacherState::Registered);
        TeacherInput fix = teacherInputOf(stored(fresh));
        fix.idNumber = TestDb::residentId(71235);
        QCOMPARE(save(fix).outcome, TeacherSaveResult::Outcome::Updated);
    }

    void editingAnAppointedTeachersRecordsReChecksAndLogs()
    {
        const qint64 dept = m_f->department(p().baseA1, QStringLiteral(u"内科"));
        const qint64 id = m_f->teacher(dept, QStringLiteral(u"王医生"), TeacherState::Appointed);
        TeacherInput edit = teacherInputOf(stored(id));
        edit.malpractice = {{QDate(2025, 11, 3), true, QStringLiteral(u"2025-11-03 主要责任")}};
        const TeacherSaveResult r = save(edit);
        QCOMPARE(r.outcome, TeacherSaveResult::Outcome::Updated);
        QVERIFY2(!r.notice.isEmpty(), "the base must be told the appointed teacher no longer qualifies");
        const Teacher t = stored(id);
        QCOMPARE(t.state, TeacherState::Appointed); // the review decision itself is not changed by an edit
        QCOMPARE(t.version, 2);
        const QJsonObject log = lastLog(QStringLiteral("teacher_edited"));
        QCOMPARE(log.value(QStringLiteral("teacher")).toInteger(), id);
        QCOMPARE(log.value(QStringLiteral("state")).toString(), QStringLiteral("appointed"));
        QCOMPARE(log.value(QStringLiteral("eligible_before")).toBool(), true);
        QCOMPARE(log.value(QStringLiteral("eligible_after")).toBool(), false);
        QVERIFY(log.value(QStringLiteral("changed")).toArray().contains(QStringLiteral("malpractice")));
    }
};

QTEST_GUILESS_MAIN(TestTeacherEntry)
#include "tst_teacher_entry.moc"
