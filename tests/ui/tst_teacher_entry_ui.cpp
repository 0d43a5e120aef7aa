// Teacher entry offscreen: the dialog (new teacher, refusal shown in place, an unchanged edit) and
// a teacher sheet through the teachers page's reader and the import dialog's report and modes.
#include "TeacherFixture.h"
#include "TestSupport.h"

#include "common/DbPool.h"
#include "common/Session.h"
#include "teachers/TeacherEditDialog.h"
#include "teachers/TeacherImportDialog.h"
#include "teachers/TeacherRepository.h"
#include "teachers/TeachersPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

class TestTeacherEntryUi : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    std::unique_ptr<TeacherFixture> m_f;
    const Province &p() const { return m_db->p(); }

    Session session()
    {
        Session s;
        s.database = &m_db->database();
        s.user = p().baseA1User;
        s.clock = &m_db->clock();
        return s;
    }
    int teachers() { return scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM teachers")).toInt(); }
    static void clickSave(TeacherEditDialog &d)
    {
        auto *buttons = d.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("gmedesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teacher_entry_ui"));
    }
    void init()
    {
        m_db = std::make_unique<TestDb>();
        m_db->clock().set(QDateTime(QDate(2026, 6, 15), QTime(10, 0)));
        m_f = std::make_unique<TeacherFixture>(*m_db);
    }
    void cleanup()
    {
        closeWorkerConnection(m_db->database());
        m_f.reset();
        m_db.reset();
    }

    void aNewTeacherIsTypedAndSaved()
    {
        TeacherEditDialog d(session(), std::nullopt, {QStringLiteral(u"内科")});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.nameEdit()->setText(QStringLiteral(u"陈医生")); // keyClicks types ASCII only
        QTest::keyClicks(d.idNumberEdit(), TestDb::residentId(90001));
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("teacherIdCheck"))->text().contains(QStringLiteral(u"✓")));
        d.departmentBox()->setCurrentText(QStringLiteral(u"内科"));
        d.titleBox()->setCurrentIndex(d.titleBox()->findData(int(TeacherTitle::Attending)));
        QVERIFY(d.attendingEdit()->isEnabled());
        d.attendingEdit()->setDate(QDate(2016, 9, 1));
        d.malpracticeEdit()->setPlainText(QStringLiteral(u"2019-02-03 次要责任"));
        d.evaluationsEdit()->setPlainText(QStringLiteral(u"2024 合格\n2025 合格"));
        clickSave(d);
        QCOMPARE(d.result().outcome, TeacherSaveResult::Outcome::Inserted);
        QVERIFY(!d.isVisible()); // accepted
        const Teacher t = *TeacherRepository(m_db->db()).teacher(d.result().teacherId);
        QCOMPARE(t.name, QStringLiteral(u"陈医生"));
        QCOMPARE(t.attendingSince, QDate(2016, 9, 1));
        QCOMPARE(t.malpractice.size(), 1);
        QVERIFY(!t.malpractice.first().mainResponsibility);
        QCOMPARE(t.evaluations.size(), 2);
    }

    void aRefusedSaveStaysOpenAndSaysWhy()
    {
        TeacherEditDialog d(session(), std::nullopt, {});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.nameEdit()->setText(QStringLiteral(u"错号"));
        QTest::keyClicks(d.idNumberEdit(), QStringLiteral("11010119900101123")); // 17 digits
        QVERIFY(!d.findChild<QLabel *>(QStringLiteral("teacherIdCheck"))->text().contains(QStringLiteral(u"✓")));
        d.departmentBox()->setCurrentText(QStringLiteral(u"内科"));
        clickSave(d);
        QVERIFY(d.isVisible());
        QVERIFY(!d.messageText().isEmpty());
        QCOMPARE(teachers(), 0);
        // An unreadable record line is named too.
        d.idNumberEdit()->setText(TestDb::residentId(90002));
        d.incidentsEdit()->setPlainText(QStringLiteral(u"去年 严重"));
        clickSave(d);
        QVERIFY(d.isVisible());
        QVERIFY(d.messageText().contains(QStringLiteral(u"去年")));
        QCOMPARE(teachers(), 0);
    }

    void openingAndSavingAStoredTeacherChangesNothing()
    {
        const qint64 dept = m_f->department(p().baseA1, QStringLiteral(u"内科"));
        const qint64 id = m_f->teacher(dept, QStringLiteral(u"老教师"));
        m_f->malpractice(id, QDate(2018, 5, 1), true);
        m_f->incident(id, QDate(2019, 6, 1), false);
        m_f->evaluation(id, 2025, true);
        TeacherEditDialog d(session(), TeacherRepository(m_db->db()).teacher(id), {QStringLiteral(u"内科")});
        QVERIFY(d.save());
        QCOMPARE(d.result().outcome, TeacherSaveResult::Outcome::Unchanged);
        QCOMPARE(m_f->versionOf(id), 1);
    }

    void aTeacherSheetIsCheckedThenImportedValidRowsOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("teachers.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(u"姓名,证件号码,科室,职称,取得主治医师时间,年度评估\r\n"
                               u"甲,%1,内科,主治医师,2015-01-01,2025 合格\r\n"
                               u"乙,123,内科,主治医师,2015-01-01,\r\n")
                    .arg(TestDb::residentId(90010))
                    .toUtf8());
        f.close();

        TeachersPage page(session());
        const std::optional<TeacherImportPlan> plan = page.readTeacherSheet(path);
        QVERIFY(plan.has_value());
        TeacherImportDialog d(session(), *plan);
        QCOMPARE(d.issuesTable()->rowCount(), 1);
        QCOMPARE(d.issuesTable()->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(d.issuesTable()->item(0, 1)->text(), QStringLiteral(u"证件号码"));

        QVERIFY(!d.runImport().ok); // all or nothing by default
        QCOMPARE(teachers(), 0);
        d.setValidOnly(true);
        const TeacherImportOutcome out = d.runImport();
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.inserted, 1);
        QCOMPARE(teachers(), 1);
        QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("teacherImportButton"))->isEnabled());
    }

    void aFileWithoutATeacherHeaderIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b,c\r\n1,2,3\r\n");
        f.close();
        TeachersPage page(session());
        QVERIFY(!page.readTeacherSheet(path).has_value());
    }
};

QTEST_MAIN(TestTeacherEntryUi)
#include "tst_teacher_entry_ui.moc"
