// The assignment grid offscreen: trainees × months with flags, a cell edited with the keyboard,
// the automatic assignment filling blanks and keeping hand changes, and a department head's window.
#include "TeacherFixture.h"
#include "TestSupport.h"

#include "auth/UserAdmin.h"
#include "common/DbPool.h"
#include "common/Session.h"
#include "main/MainWindow.h"
#include "teachers/AssignmentGridModel.h"
#include "teachers/AssignmentGridPage.h"

#include <QBrush>
#include <QComboBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

namespace {
const QString kJuly = QStringLiteral("2026-07");
const QString kAugust = QStringLiteral("2026-08");
}

class TestAssignmentGrid : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    std::unique_ptr<TeacherFixture> m_f;
    qint64 m_medicine = 0, m_surgery = 0, m_wang = 0, m_li = 0, m_surgeon = 0;
    qint64 m_jia = 0, m_yi = 0; // trainees
    const Province &p() const { return m_db->p(); }

    Session session(const User &user)
    {
        Session s;
        s.database = &m_db->database();
        s.user = user;
        s.clock = &m_db->clock();
        return s;
    }
    qint64 rotationOf(qint64 trainee, const QString &month)
    {
        return scalar(m_db->db(), QStringLiteral("SELECT id FROM rotations WHERE trainee_id = ? AND month = ?"), {trainee, month})
            .toLongLong();
    }
    // The grid cell of a trainee's month.
    QModelIndex cell(AssignmentGridModel *model, const QString &trainee, const QString &month)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->headerData(r, Qt::Vertical).toString() == trainee)
                return model->index(r, int(model->months().indexOf(month)));
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("gmedesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_assignment_grid"));
    }
    void init()
    {
        m_db = std::make_unique<TestDb>();
        m_db->clock().set(QDateTime(QDate(2026, 6, 15), QTime(10, 0)));
        m_f = std::make_unique<TeacherFixture>(*m_db);
        m_medicine = m_f->department(p().baseA1, QStringLiteral(u"内科"));
        m_surgery = m_f->department(p().baseA1, QStringLiteral(u"外科"));
        m_wang = m_f->teacher(m_medicine, QStringLiteral(u"王老师"));
        m_li = m_f->teacher(m_medicine, QStringLiteral(u"李老师"));
        m_f->teacher(m_medicine, QStringLiteral(u"新手"), TeacherState::Appointed, QDate(2025, 1, 1)); // not 3 years
        m_surgeon = m_f->teacher(m_surgery, QStringLiteral(u"外科老师"));
        m_jia = m_f->trainee(p().baseA1, QStringLiteral(u"学员甲"));
        m_yi = m_f->trainee(p().baseA1, QStringLiteral(u"学员乙"));
        m_f->rotation(m_jia, m_medicine, kJuly);
        m_f->rotation(m_jia, m_surgery, kAugust);
        m_f->rotation(m_yi, m_medicine, kJuly);
        m_f->rotation(m_yi, m_medicine, kAugust);
    }
    void cleanup()
    {
        closeWorkerConnection(m_db->database());
        m_f.reset();
        m_db.reset();
    }

    void theGridIsTraineesByMonthsWithFlags()
    {
        AssignmentGridPage page(session(p().baseA1User));
        page.reload();
        AssignmentGridModel *model = page.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->months(), (QStringList{kJuly, kAugust}));
        const QModelIndex empty = cell(model, QStringLiteral(u"学员甲"), kJuly);
        QVERIFY(empty.isValid());
        QVERIFY(empty.data(Qt::BackgroundRole).value<QBrush>().color().isValid());
        QVERIFY(!empty.data(AssignmentGridModel::ProblemRole).toString().isEmpty());
        QVERIFY(empty.data(Qt::DisplayRole).toString().contains(QStringLiteral(u"内科")));
        // Only the teachers who may supervise are offered: not the recent attending, not the surgeon.
        const QVariantList offered = empty.data(AssignmentGridModel::CandidatesRole).toList();
        QCOMPARE(offered.size(), 2);

        // One department only: 学员甲's August in surgery is not a cell of medicine.
        page.setDepartment(m_medicine);
        QVERIFY(!(model->flags(cell(model, QStringLiteral(u"学员甲"), kAugust)) & Qt::ItemIsEditable));
        QVERIFY(model->flags(cell(model, QStringLiteral(u"学员乙"), kAugust)) & Qt::ItemIsEditable);

        // A teacher who may no longer supervise is flagged in red with the reason.
        execSql(m_db->db(), QStringLiteral("INSERT INTO teacher_assignments (rotation_id, teacher_id, how, assigned_at) "
                                           "VALUES (?, ?, 'auto', '2026-06-01T00:00:00')"),
                {rotationOf(m_yi, kJuly), m_wang});
        execSql(m_db->db(), QStringLiteral("UPDATE teachers SET state = 'dismissed' WHERE id = ?"), {m_wang});
        page.reload();
        const QModelIndex stale = cell(model, QStringLiteral(u"学员乙"), kJuly);
        QCOMPARE(stale.data(Qt::DisplayRole).toString(), QStringLiteral(u"王老师"));
        QVERIFY(!stale.data(AssignmentGridModel::ProblemRole).toString().isEmpty());
    }

    void aCellIsEditedWithTheKeyboard()
    {
        AssignmentGridPage page(session(p().baseA1User));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setDepartment(m_medicine);
        QTableView *view = page.view();
        const QModelIndex target = cell(page.model(), QStringLiteral(u"学员乙"), kAugust);
        view->setCurrentIndex(target);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = view->findChild<QComboBox *>(QStringLiteral("teacherCellEditor"));
        QVERIFY(editor);
        QCOMPARE(editor->currentIndex(), 0); // none yet
        QTest::keyClick(editor, Qt::Key_Down);
        const qint64 chosen = editor->currentData().toLongLong();
        QVERIFY(chosen == m_wang || chosen == m_li);
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
        const qint64 rotation = rotationOf(m_yi, kAugust);
        QTRY_COMPARE(m_f->teacherOf(rotation), chosen);
        QCOMPARE(m_f->howOf(rotation), QStringLiteral("manual"));
        QCOMPARE(target.data(AssignmentGridModel::TeacherIdRole).toLongLong(), chosen);
        QVERIFY(target.data(Qt::BackgroundRole).isNull()); // no longer flagged

        // Choosing "none" clears it again.
        view->setCurrentIndex(target);
        QTest::keyClick(view, Qt::Key_F2);
        editor = view->findChild<QComboBox *>(QStringLiteral("teacherCellEditor"));
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Home);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_f->teacherOf(rotation), 0);
    }

    void automaticAssignmentFillsBlanksAndKeepsHandChanges()
    {
        AssignmentGridPage page(session(p().baseA1User));
        page.reload();
        AssignmentGridModel *model = page.model();
        const QModelIndex hand = cell(model, QStringLiteral(u"学员乙"), kJuly);
        QVERIFY(model->setData(hand, m_li));
        const AutoAssignReport r = page.autoAssignAll();
        QCOMPARE(r.assigned, 3);
        QCOMPARE(r.kept, 1);
        QCOMPARE(model->emptyCells(), 0);
        const qint64 handRotation = rotationOf(m_yi, kJuly);
        QCOMPARE(m_f->teacherOf(handRotation), m_li);
        QCOMPARE(m_f->howOf(handRotation), QStringLiteral("manual"));
        QCOMPARE(m_f->teacherOf(rotationOf(m_jia, kAugust)), m_surgeon);
        // Running it again changes nothing.
        QCOMPARE(page.autoAssignAll().assigned, 0);
    }

    void aDepartmentHeadGetsOnlyItsDepartmentsGrid()
    {
        const QString baseCode = scalar(m_db->db(), QStringLiteral("SELECT code FROM orgs WHERE id = ?"), {p().baseA1}).toString();
        QCOMPARE(UserAdmin(m_db->db()).addUser(QStringLiteral("waike"), QStringLiteral(u"外科主任"), Role::Department,
                                               baseCode, QStringLiteral("password1"), QStringLiteral(u"外科")),
                 QString());
        User head;
        head.id = scalar(m_db->db(), QStringLiteral("SELECT id FROM users WHERE username = 'waike'")).toLongLong();
        head.username = QStringLiteral("waike");
        head.displayName = QStringLiteral(u"外科主任");
        head.role = Role::Department;
        head.orgId = p().baseA1;
        head.departmentId = m_surgery;
        head.departmentName = QStringLiteral(u"外科");
        MainWindow window(session(head));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QCOMPARE(tabs->count(), 1);
        auto *page = qobject_cast<AssignmentGridPage *>(tabs->widget(0));
        QVERIFY(page);
        page->reload();
        QCOMPARE(page->model()->rowCount(), 1); // only 学员甲 rotates through surgery
        QCOMPARE(page->model()->months(), QStringList{kAugust});
        QCOMPARE(page->autoAssignAll().assigned, 1);
        QCOMPARE(m_f->teacherOf(rotationOf(m_jia, kJuly)), 0); // medicine untouched
        QCOMPARE(m_f->teacherOf(rotationOf(m_jia, kAugust)), m_surgeon);
    }
};

QTEST_MAIN(TestAssignmentGrid)
#include "tst_assignment_grid.moc"
