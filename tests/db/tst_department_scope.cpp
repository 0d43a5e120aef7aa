// Department heads (科室主任) on SQLite: the migration keeps every user, user administration makes
// them, sign-in gives their department, and the assignment service keeps them to their department
// at their base whatever they ask for.
#include "TeacherFixture.h"
#include "TestSupport.h"

#include "auth/Authenticator.h"
#include "auth/UserAdmin.h"
#include "review/QueueRepository.h"
#include "teachers/TeacherAssignments.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

namespace {
const QString kMonth = QStringLiteral("2026-07");
const QString kPassword = QStringLiteral("head-pass-1");
}

class TestDepartmentScope : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    std::unique_ptr<TeacherFixture> m_f;
    qint64 m_medicine = 0, m_surgery = 0, m_medTeacher = 0, m_surgTeacher = 0;
    qint64 m_medRotation = 0, m_surgRotation = 0;
    User m_head;
    const Province &p() const { return m_db->p(); }
    TeacherAssignments service(const User &u) { return TeacherAssignments(m_db->db(), u, m_db->clock()); }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDb>();
        m_db->clock().set(QDateTime(QDate(2026, 6, 15), QTime(10, 0)));
        m_f = std::make_unique<TeacherFixture>(*m_db);
        m_medicine = m_f->department(p().baseA1, QStringLiteral(u"内科"));
        m_surgery = m_f->department(p().baseA1, QStringLiteral(u"外科"));
        m_medTeacher = m_f->teacher(m_medicine, QStringLiteral(u"内科老师"));
        m_surgTeacher = m_f->teacher(m_surgery, QStringLiteral(u"外科老师"));
        m_medRotation = m_f->rotation(m_f->trainee(p().baseA1, QStringLiteral(u"学员甲")), m_medicine, kMonth);
        m_surgRotation = m_f->rotation(m_f->trainee(p().baseA1, QStringLiteral(u"学员乙")), m_surgery, kMonth);
        const QString baseCode = scalar(m_db->db(), QStringLiteral("SELECT code FROM orgs WHERE id = ?"), {p().baseA1}).toString();
        QCOMPARE(UserAdmin(m_db->db()).addUser(QStringLiteral("neike"), QStringLiteral(u"内科主任"), Role::Department,
                                               baseCode, kPassword, QStringLiteral(u"内科")),
                 QString());
        const SignInResult signIn = Authenticator(m_db->db(), m_db->clock()).signIn(QStringLiteral("neike"), kPassword);
        QCOMPARE(signIn.outcome, SignInResult::Outcome::SignedIn);
        m_head = *signIn.user;
    }
    void cleanup()
    {
        m_f.reset();
        m_db.reset();
    }

    void signInCarriesTheDepartmentAndBase()
    {
        QCOMPARE(m_head.role, Role::Department);
        QCOMPARE(m_head.orgId, p().baseA1);
        QCOMPARE(m_head.departmentId, m_medicine);
        QCOMPARE(m_head.departmentName, QStringLiteral(u"内科"));
    }

    void userAdministrationChecksTheDepartment()
    {
        UserAdmin admin(m_db->db());
        const QString baseCode = scalar(m_db->db(), QStringLiteral("SELECT code FROM orgs WHERE id = ?"), {p().baseA1}).toString();
        const QString cityCode = scalar(m_db->db(), QStringLiteral("SELECT code FROM orgs WHERE id = ?"), {p().cityA}).toString();
        QVERIFY(!admin.addUser(QStringLiteral("h1"), QStringLiteral("x"), Role::Department, baseCode, kPassword).isEmpty());
        QVERIFY(!admin.addUser(QStringLiteral("h2"), QStringLiteral("x"), Role::Department, baseCode, kPassword,
                               QStringLiteral(u"不存在科")).isEmpty());
        QVERIFY(!admin.addUser(QStringLiteral("h3"), QStringLiteral("x"), Role::Department, cityCode, kPassword,
                               QStringLiteral(u"内科")).isEmpty());
        QVERIFY(!admin.addUser(QStringLiteral("h4"), QStringLiteral("x"), Role::Base, baseCode, kPassword,
                               QStringLiteral(u"内科")).isEmpty());
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM users WHERE role = 'department'")).toInt(), 1);
        // The schema itself: a department head has a department and nobody else does.
        QSqlQuery q(m_db->db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE users SET department_id = NULL WHERE username = 'neike'")));
        const auto listed = admin.list();
        const auto it = std::find_if(listed.begin(), listed.end(),
                                     [](const UserListing &u) { return u.username == QLatin1String("neike"); });
        QVERIFY(it != listed.end());
        QCOMPARE(it->department, QStringLiteral(u"内科"));
        QCOMPARE(it->role, QStringLiteral("department"));
    }

    void theMigrationKeptForeignKeysToUsers()
    {
        // decisions, admin_log ... still point at users after the table was rebuilt.
        QSqlQuery q(m_db->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!q.next(), "no dangling references");
        QSqlQuery bad(m_db->db());
        QVERIFY(!bad.exec(QStringLiteral("INSERT INTO admin_log (user_id, kind, detail, logged_at) "
                                         "VALUES (999999, 'x', '{}', '2026-01-01T00:00:00')")));
    }

    void aHeadSeesOnlyItsDepartmentsRows()
    {
        TeacherAssignments s = service(m_head);
        QCOMPARE(s.months(), QStringList{kMonth});
        for (qint64 asked : {qint64(0), m_surgery}) {
            const QList<RotationAssignment> rows = s.rows(kMonth, asked);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().rotationId, m_medRotation);
        }
        QCOMPARE(s.allMonths().size(), 1);
        QVERIFY(s.candidates(m_surgery).isEmpty());
        QCOMPARE(s.candidates(m_medicine).size(), 1);
        // Nor does the review queue show it anything.
        QVERIFY(QueueRepository(m_db->db(), m_head, Workflow::completionExam()).loadQueue().isEmpty());
    }

    void aHeadAssignsInItsDepartmentOnly()
    {
        TeacherAssignments s = service(m_head);
        QVERIFY(!s.assign(m_surgRotation, m_surgTeacher).isEmpty());
        QCOMPARE(m_f->teacherOf(m_surgRotation), 0);
        QVERIFY(!s.assign(m_medRotation, m_surgTeacher).isEmpty()); // a surgeon cannot supervise in medicine
        QCOMPARE(s.assign(m_medRotation, m_medTeacher), QString());
        QCOMPARE(m_f->teacherOf(m_medRotation), m_medTeacher);
        QCOMPARE(m_f->howOf(m_medRotation), QStringLiteral("manual"));

        QCOMPARE(service(p().baseA1User).assign(m_surgRotation, m_surgTeacher), QString());
        QVERIFY(!s.clear(m_surgRotation).isEmpty());
        QCOMPARE(m_f->teacherOf(m_surgRotation), m_surgTeacher);
        QCOMPARE(s.clear(m_medRotation), QString());
    }

    void aHeadsAutomaticAssignmentFillsOnlyItsDepartment()
    {
        const AutoAssignReport r = service(m_head).autoAssign(kMonth);
        QCOMPARE(r.assigned, 1);
        QCOMPARE(m_f->teacherOf(m_medRotation), m_medTeacher);
        QCOMPARE(m_f->teacherOf(m_surgRotation), 0);
    }

    void aHeadOfAnotherBaseSeesNothingHere()
    {
        User stranger = m_head;
        stranger.orgId = p().baseB1;
        QVERIFY(service(stranger).rows(kMonth).isEmpty());
        QVERIFY(!service(stranger).assign(m_medRotation, m_medTeacher).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDepartmentScope)
#include "tst_department_scope.moc"
