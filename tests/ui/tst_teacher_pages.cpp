// The teachers page (flags with reasons, review and appointment) and the assignment grid
// (automatic assignment, report, loads, adjustment, eligibility), offscreen, both reachable from the main window.
#include "TeacherFixture.h"
#include "TestSupport.h"

#include "common/DbPool.h"
#include "common/Session.h"
#include "main/MainWindow.h"
#include "teachers/AssignmentGridModel.h"
#include "teachers/AssignmentGridPage.h"
#include "teachers/TeachersPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace gme;
using namespace gme::test;

class TestTeacherPages : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    std::unique_ptr<TeacherFixture> m_f;
    qint64 m_medicine = 0;
    const Province &p() const { return m_db->p(); }

    Session session(const User &user)
    {
        Session s;
        s.database = &m_db->database();
        s.user = user;
        s.clock = &m_db->clock();
        return s;
    }
    QModelIndex cellOf(AssignmentGridModel *model, qint64 rotationId)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                if (model->index(r, c).data(AssignmentGridModel::RotationIdRole).toLongLong() == rotationId)
                    return model->index(r, c);
        return {};
    }
    int rowOf(QTableWidget *table, const QString &name)
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == name)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("gmedesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teacher_pages"));
    }
    void init()
    {
        m_db = std::make_unique<TestDb>();
        m_db->clock().set(QDateTime(QDate(2026, 6, 15), QTime(10, 0)));
        m_f = std::make_unique<TeacherFixture>(*m_db);
        m_medicine = m_f->department(p().baseA1, QStringLiteral(u"内科"));
    }
    void cleanup()
    {
        closeWorkerConnection(m_db->database());
        m_f.reset();
        m_db.reset();
    }

    void teachersPageShowsFlagsWithReasons()
    {
        m_f->teacher(m_medicine, QStringLiteral(u"合格"), TeacherState::Registered);
        const qint64 young = m_f->teacher(m_medicine, QStringLiteral(u"年轻"), TeacherState::Registered, QDate(2025, 1, 1));
        const qint64 failing = m_f->teacher(m_medicine, QStringLiteral(u"差评"), TeacherState::Registered);
        m_f->evaluation(failing, 2024, false);
        m_f->evaluation(failing, 2025, false);
        m_f->teacher(m_f->department(p().baseA2, QStringLiteral(u"外科")), QStringLiteral(u"别院"));
        TeachersPage page(session(p().baseA1User));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableWidget *t = page.table();
        QCOMPARE(t->rowCount(), 3); // not the other base's teacher
        const int youngRow = rowOf(t, QStringLiteral(u"年轻"));
        QVERIFY(youngRow >= 0);
        // Columns 5..8 are the four rules, 9 the overall flag.
        QVERIFY2(t->item(youngRow, 5)->text().contains(QStringLiteral("2028-01-01")), qPrintable(t->item(youngRow, 5)->text()));
        QCOMPARE(t->item(youngRow, 6)->text(), QStringLiteral(u"✓"));
        const int failingRow = rowOf(t, QStringLiteral(u"差评"));
        QVERIFY(t->item(failingRow, 8)->text().contains(QStringLiteral("2025")));
        QVERIFY(!t->item(failingRow, 8)->toolTip().isEmpty());
        Q_UNUSED(young);
    }

    void reviewAndAppointFromThePage()
    {
        const qint64 good = m_f->teacher(m_medicine, QStringLiteral(u"合格"), TeacherState::Registered);
        const qint64 young = m_f->teacher(m_medicine, QStringLiteral(u"年轻"), TeacherState::Registered, QDate(2025, 1, 1));
        TeachersPage page(session(p().baseA1User));
        QSignalSpy changed(&page, &TeachersPage::teachersChanged);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        page.selectTeacher(good);
        QVERIFY(page.actionButton(TeacherAction::Recommend)->isEnabled());
        QVERIFY(!page.actionButton(TeacherAction::Appoint)->isEnabled()); // needs a recommendation first
        QTest::mouseClick(page.actionButton(TeacherAction::Recommend), Qt::LeftButton);
        QCOMPARE(m_f->stateOf(good), TeacherState::Recommended);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(page.selectedIds(), QList<qint64>{good}); // the selection survives the reload
        QVERIFY(page.actionButton(TeacherAction::Appoint)->isEnabled());
        QTest::mouseClick(page.actionButton(TeacherAction::Appoint), Qt::LeftButton);
        QCOMPARE(m_f->stateOf(good), TeacherState::Appointed);

        // An ineligible teacher cannot be recommended; the page says why.
        page.table()->clearSelection();
        page.selectTeacher(young);
        QVERIFY(!page.applyToSelection(TeacherAction::Recommend));
        QVERIFY2(page.messageText().contains(QStringLiteral("2028-01-01")), qPrintable(page.messageText()));
        QCOMPARE(m_f->stateOf(young), TeacherState::Registered);
        // 不推荐 needs a reason.
        QVERIFY(!page.applyToSelection(TeacherAction::NotRecommend, {}));
        QVERIFY(page.applyToSelection(TeacherAction::NotRecommend, QStringLiteral(u"主治年限不足")));
        QCOMPARE(m_f->stateOf(young), TeacherState::NotRecommended);
    }

    // What the former month list did, now on the grid: the automatic assignment from the page with its
    // report and balanced loads, hand changes checked by the rules and kept on a re-run, clearing.
    void assignmentGridAssignsReportsAndAdjusts()
    {
        const qint64 a = m_f->teacher(m_medicine, QStringLiteral("A"));
        const qint64 b = m_f->teacher(m_medicine, QStringLiteral("B"));
        const qint64 young = m_f->teacher(m_medicine, QStringLiteral("Young"), TeacherState::Appointed, QDate(2025, 1, 1));
        const qint64 surgery = m_f->department(p().baseA1, QStringLiteral(u"外科"));
        QList<qint64> rows;
        for (int i = 0; i < 4; ++i)
            rows << m_f->rotation(m_f->trainee(p().baseA1), m_medicine, QStringLiteral("2026-07"));
        m_f->rotation(m_f->trainee(p().baseA1, QStringLiteral(u"外科学员")), surgery, QStringLiteral("2026-07"));
        m_f->rotation(m_f->trainee(p().baseA1), m_medicine, QStringLiteral("2026-08"));

        AssignmentGridPage page(session(p().baseA1User));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        AssignmentGridModel *model = page.model();
        QCOMPARE(model->months(), (QStringList{QStringLiteral("2026-07"), QStringLiteral("2026-08")}));
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->emptyCells(), 6);

        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("gridAutoAssign")), Qt::LeftButton);
        // Surgery has no teacher: the report names the trainee left without one.
        QVERIFY2(page.reportText().contains(QStringLiteral(u"外科学员")), qPrintable(page.reportText()));
        int loadA = 0, loadB = 0;
        for (qint64 r : rows) {
            const qint64 t = m_f->teacherOf(r);
            QVERIFY(t == a || t == b);
            (t == a ? loadA : loadB)++;
        }
        QCOMPARE(loadA, 2);
        QCOMPARE(loadB, 2);
        QVERIFY2(page.loadsText().contains(QStringLiteral(u"内科")) && page.loadsText().contains(QStringLiteral("1.")),
                 qPrintable(page.loadsText())); // one surgery cell left unassigned

        // Adjust one cell: the ineligible teacher is refused with a reason, the other one is kept on a re-run.
        page.setDepartment(m_medicine);
        QCOMPARE(model->rowCount(), 5);
        const QModelIndex first = cellOf(model, rows.first());
        QVERIFY(first.isValid());
        QVERIFY(!model->setData(first, young));
        QVERIFY2(page.messageText().contains(QStringLiteral("2028-01-01")), qPrintable(page.messageText()));
        const qint64 other = m_f->teacherOf(rows.first()) == a ? b : a;
        QVERIFY(model->setData(first, other));
        QCOMPARE(m_f->teacherOf(rows.first()), other);
        QCOMPARE(m_f->howOf(rows.first()), QStringLiteral("manual"));
        page.autoAssignAll();
        QCOMPARE(m_f->teacherOf(rows.first()), other);
        QVERIFY(model->setData(cellOf(model, rows.last()), 0));
        QCOMPARE(m_f->teacherOf(rows.last()), 0);
    }

    // "Change teacher…" lists every teacher of the cell's department; who may not supervise is greyed
    // with the reason, and the one picked is saved as a hand change.
    void pickerShowsEligibilityAndAssigns()
    {
        const qint64 a = m_f->teacher(m_medicine, QStringLiteral("A"));
        m_f->teacher(m_medicine, QStringLiteral("Young"), TeacherState::Appointed, QDate(2025, 1, 1));
        const qint64 rotation = m_f->rotation(m_f->trainee(p().baseA1), m_medicine, QStringLiteral("2026-07"));
        AssignmentGridPage page(session(p().baseA1User));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.view()->setCurrentIndex(cellOf(page.model(), rotation));
        QStringList shown;
        bool youngEnabled = true;
        // The page reads the candidates on the database thread first: answer the picker once it shows.
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            auto *combo = dialog ? dialog->findChild<QComboBox *>(QStringLiteral("teacherPick")) : nullptr;
            if (!combo)
                return;
            poll.stop();
            auto *items = qobject_cast<QStandardItemModel *>(combo->model());
            for (int i = 0; i < combo->count(); ++i) {
                shown << combo->itemText(i);
                if (combo->itemText(i).startsWith(QStringLiteral("Young")))
                    youngEnabled = items->item(i)->isEnabled();
            }
            QCOMPARE(combo->currentData().toLongLong(), a);
            dialog->accept();
        });
        poll.start();
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("gridPickTeacher")), Qt::LeftButton);
        QCOMPARE(shown.size(), 2);
        QVERIFY(!youngEnabled);
        QVERIFY2(shown.join('|').contains(QStringLiteral("2028-01-01")), qPrintable(shown.join('|')));
        QCOMPARE(m_f->teacherOf(rotation), a);
        QCOMPARE(m_f->howOf(rotation), QStringLiteral("manual"));
    }

    void reachableFromTheMainWindowForBaseUsers()
    {
        MainWindow base(session(p().baseA1User));
        QStringList titles;
        for (int i = 0; i < base.tabs()->count(); ++i)
            titles << base.tabs()->widget(i)->objectName();
        QVERIFY2(titles.contains(QStringLiteral("teachersPage")) && titles.contains(QStringLiteral("assignmentGridPage")),
                 qPrintable(titles.join(',')));
        MainWindow city(session(p().cityAUser));
        QVERIFY(!city.findChild<TeachersPage *>());
        QVERIFY(!city.findChild<AssignmentGridPage *>());
    }
};

QTEST_MAIN(TestTeacherPages)
#include "tst_teacher_pages.moc"
