// Department heads (科室主任) and teacher entry on a real PostgreSQL 15: raw SQL over a department
// head's OWN login reaches only its department's assignments (sql/postgres/017); a base enters
// teachers through TeacherEditor over its own login; user administration makes department heads.
//
//   base A1: departments 内科 (teacher med, trainee 甲 rotating) and 外科 (teacher surg, trainee 乙)
//   base B1: department 内科 (teacher other, trainee 丙)
//   users: a1, b1 (base), admin (sysadmin), neike (department head of A1 内科)
#include "PgFixture.h"
#include "PgSeed.h"
#include "TestSupport.h"

#include "Clock.h"
#include "auth/ScramVerifier.h"
#include "auth/UserAdmin.h"
#include "db/Database.h"
#include "teachers/TeacherEditor.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

namespace {

const QString kMonth = QStringLiteral("2026-07");

} // namespace

class TestPgDepartment : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgFixture> m_fx; // server, owner migrated, users' own sessions
    qint64 m_baseA1 = 0, m_baseB1 = 0, m_medA = 0, m_surgA = 0, m_medB = 0;
    qint64 m_medTeacher = 0, m_surgTeacher = 0, m_otherTeacher = 0;
    qint64 m_rotMed = 0, m_rotSurg = 0, m_rotOther = 0;
    qint64 m_traineeMed = 0;
    int m_nextId = 1;

    QSqlDatabase owner() const { return m_fx->owner(); }
    static QString passwordOf(const QString &user) { return QStringLiteral("secret-") + user; }
    QSqlDatabase as(const QString &user) { return m_fx->as(user); }
    qint64 ownerInsert(const QString &sql, const QVariantList &binds) { return scalar(owner(), sql, binds).toLongLong(); }
    qint64 org(const QString &code, const QString &kind, qint64 parent)
    {
        return addOrg(owner(), code, kind, parent, QStringLiteral(u"机构") + code);
    }
    qint64 department(qint64 base, const QString &name)
    {
        return ownerInsert(QStringLiteral("INSERT INTO departments (base_id, name) VALUES (?, ?) RETURNING id"), {base, name});
    }
    qint64 teacher(qint64 base, qint64 dept, const QString &name)
    {
        return ownerInsert(QStringLiteral("INSERT INTO teachers (base_id, department_id, name, id_number, title, attending_since, "
                                          "state, updated_at) VALUES (?, ?, ?, ?, 'attending', '2010-01-01', 'appointed', "
                                          "'2026-01-01T09:00:00') RETURNING id"),
                           {base, dept, name, TestDb::residentId(60000 + m_nextId++)});
    }
    qint64 trainee(qint64 base)
    {
        const int n = m_nextId++;
        return ownerInsert(QStringLiteral("INSERT INTO trainees (id_number, name, gender, person_type, track, base_id, specialty_code) "
                                          "VALUES (?, ?, 'F', 'social', 'resident', ?, '0100') RETURNING id"),
                           {TestDb::residentId(n), QStringLiteral(u"学员%1").arg(n), base});
    }
    qint64 rotation(qint64 trainee, qint64 dept)
    {
        return ownerInsert(QStringLiteral("INSERT INTO rotations (trainee_id, department_id, month) VALUES (?, ?, ?) RETURNING id"),
                           {trainee, dept, kMonth});
    }
    User baseUser(const QString &name, qint64 base)
    {
        User u;
        u.id = scalar(owner(), QStringLiteral("SELECT id FROM users WHERE username = ?"), {name}).toLongLong();
        u.username = name;
        u.role = Role::Base;
        u.orgId = base;
        return u;
    }
    Outcome assignAs(const QString &user, qint64 rotation, qint64 teacher)
    {
        return attempt(as(user), QStringLiteral("INSERT INTO teacher_assignments (rotation_id, teacher_id, how, assigned_by, assigned_at) "
                                                "VALUES (?, ?, 'manual', gme_my_user_id(), '2026-06-15T10:00:00')"),
                       {rotation, teacher});
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<PgFixture>(QStringLiteral("dept-"), passwordOf);
        QVERIFY2(m_fx->start(), qPrintable(m_fx->error()));
        QVERIFY(m_fx->schemaVersion() >= 17);

        const qint64 province = org(QStringLiteral("P"), QStringLiteral("province"), 0);
        const qint64 city = org(QStringLiteral("CA"), QStringLiteral("city"), province);
        m_baseA1 = org(QStringLiteral("A1"), QStringLiteral("base"), city);
        m_baseB1 = org(QStringLiteral("B1"), QStringLiteral("base"), city);
        execSql(owner(), QStringLiteral("INSERT INTO specialties (code, name, track) VALUES ('0100', ?, 'resident')"),
                {QStringLiteral(u"内科")});
        m_medA = department(m_baseA1, QStringLiteral(u"内科"));
        m_surgA = department(m_baseA1, QStringLiteral(u"外科"));
        m_medB = department(m_baseB1, QStringLiteral(u"内科"));
        m_medTeacher = teacher(m_baseA1, m_medA, QStringLiteral(u"内科老师"));
        m_surgTeacher = teacher(m_baseA1, m_surgA, QStringLiteral(u"外科老师"));
        m_otherTeacher = teacher(m_baseB1, m_medB, QStringLiteral(u"外院老师"));
        m_traineeMed = trainee(m_baseA1);
        m_rotMed = rotation(m_traineeMed, m_medA);
        m_rotSurg = rotation(trainee(m_baseA1), m_surgA);
        m_rotOther = rotation(trainee(m_baseB1), m_medB);

        QCOMPARE(m_fx->addUsers({{"a1", "base", "A1"}, {"b1", "base", "B1"}, {"admin", "sysadmin", "P"}}), QString());
        // The sysadmin makes the department head through the app's user administration.
        QCOMPARE(UserAdmin(as(QStringLiteral("admin")))
                     .addUser(QStringLiteral("neike"), QStringLiteral(u"内科主任"), Role::Department, QStringLiteral("A1"),
                              passwordOf(QStringLiteral("neike")), QStringLiteral(u"内科")),
                 QString());
    }

    void userAdministrationRefusesBadDepartmentHeads()
    {
        UserAdmin admin(as(QStringLiteral("admin")));
        QVERIFY(!admin.addUser(QStringLiteral("nohead"), QStringLiteral("x"), Role::Department, QStringLiteral("A1"),
                               QStringLiteral("longenough"), QStringLiteral(u"眼科")).isEmpty());
        QVERIFY(!admin.addUser(QStringLiteral("cityhead"), QStringLiteral("x"), Role::Department, QStringLiteral("CA"),
                               QStringLiteral("longenough"), QStringLiteral(u"内科")).isEmpty());
        // The generic function does not make department heads (they need a department).
        QVERIFY(!attempt(owner(), QStringLiteral("SELECT gme_add_user('plain', 'x', 'department', 'A1', ?)"),
                         {scram::sha256Verifier(QStringLiteral("longenough"))}).ok);
        // A base cannot make users at all.
        QVERIFY(!attempt(as(QStringLiteral("a1")),
                         QStringLiteral("SELECT gme_add_department_user('sneaky', 'x', 'A1', ?, ?)"),
                         {QStringLiteral(u"外科"), scram::sha256Verifier(QStringLiteral("longenough"))}).ok);
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT department_id FROM users WHERE username = 'neike'")).toLongLong(), m_medA);
        QCOMPARE(m_fx->server().tryLogin(QStringLiteral("neike"), passwordOf(QStringLiteral("neike"))), QString());
    }

    void aHeadReadsOnlyItsDepartment()
    {
        const QSqlDatabase head = as(QStringLiteral("neike"));
        QCOMPARE(ids(head, QStringLiteral("SELECT id FROM departments")), QList<qint64>{m_medA});
        QCOMPARE(ids(head, QStringLiteral("SELECT id FROM teachers")), QList<qint64>{m_medTeacher});
        QCOMPARE(ids(head, QStringLiteral("SELECT id FROM rotations")), QList<qint64>{m_rotMed});
        QCOMPARE(ids(head, QStringLiteral("SELECT id FROM trainees")), QList<qint64>{m_traineeMed});
        QCOMPARE(scalar(head, QStringLiteral("SELECT gme_my_department_id()")).toLongLong(), m_medA);
        // Nothing of the review chain.
        QVERIFY(!attempt(head, QStringLiteral("SELECT count(*) FROM registrations")).ok);
        QVERIFY(!attempt(head, QStringLiteral("SELECT count(*) FROM evidence")).ok);
        QVERIFY(!attempt(head, QStringLiteral("UPDATE users SET department_id = ? WHERE username = 'neike'"), {m_surgA}).ok);
    }

    void aHeadWritesOnlyItsDepartmentsAssignments()
    {
        // Another department's rotation, or another department's teacher: refused by the server.
        QVERIFY(!assignAs(QStringLiteral("neike"), m_rotSurg, m_surgTeacher).ok);
        QVERIFY(!assignAs(QStringLiteral("neike"), m_rotMed, m_surgTeacher).ok);
        QVERIFY(!assignAs(QStringLiteral("neike"), m_rotOther, m_otherTeacher).ok);
        const Outcome own = assignAs(QStringLiteral("neike"), m_rotMed, m_medTeacher);
        QVERIFY2(own.ok, qPrintable(own.error));

        // The base assigns surgery; the head can neither change nor remove it.
        QVERIFY(assignAs(QStringLiteral("a1"), m_rotSurg, m_surgTeacher).ok);
        const QSqlDatabase head = as(QStringLiteral("neike"));
        QCOMPARE(ids(head, QStringLiteral("SELECT rotation_id FROM teacher_assignments")), QList<qint64>{m_rotMed});
        const Outcome moved = attempt(head, QStringLiteral("UPDATE teacher_assignments SET teacher_id = ? WHERE rotation_id = ?"),
                                      {m_medTeacher, m_rotSurg});
        QCOMPARE(moved.rows, 0);
        const Outcome removed = attempt(head, QStringLiteral("DELETE FROM teacher_assignments WHERE rotation_id = ?"), {m_rotSurg});
        QCOMPARE(removed.rows, 0);
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT teacher_id FROM teacher_assignments WHERE rotation_id = ?"), {m_rotSurg})
                     .toLongLong(),
                 m_surgTeacher);
        // Its own row it may clear again.
        QCOMPARE(attempt(head, QStringLiteral("DELETE FROM teacher_assignments WHERE rotation_id = ?"), {m_rotMed}).rows, 1);
    }

    void aBaseEntersTeachersOverItsOwnLogin()
    {
        TeacherInput in;
        in.name = QStringLiteral(u"新老师");
        in.idNumber = TestDb::residentId(61001);
        in.departmentName = QStringLiteral(u"眼科"); // new: the base adds the department
        in.title = TeacherTitle::Attending;
        in.attendingSince = QDate(2015, 1, 1);
        in.evaluations = {{2025, true}};
        in.malpractice = {{QDate(2020, 1, 1), false, QStringLiteral(u"2020-01-01 次要")}};
        TeacherEditor a1(as(QStringLiteral("a1")), baseUser(QStringLiteral("a1"), m_baseA1), Clock::current());
        const TeacherSaveResult added = a1.save(in);
        QVERIFY2(added.ok(), qPrintable(added.problems()));
        in.id = added.teacherId;
        in.evaluations.append({2024, false});
        QCOMPARE(a1.save(in).outcome, TeacherSaveResult::Outcome::Updated);
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(*) FROM teacher_evaluations WHERE teacher_id = ?"),
                        {added.teacherId}).toInt(), 2);
        // Another base can neither see nor edit it, nor write its records.
        QVERIFY(ids(as(QStringLiteral("b1")), QStringLiteral("SELECT id FROM teachers")).indexOf(added.teacherId) < 0);
        TeacherEditor b1(as(QStringLiteral("b1")), baseUser(QStringLiteral("b1"), m_baseB1), Clock::current());
        in.name = QStringLiteral(u"改名");
        QVERIFY(!b1.save(in).ok());
        QVERIFY(!attempt(as(QStringLiteral("b1")), QStringLiteral("INSERT INTO teacher_evaluations (teacher_id, year, passed) "
                                                                  "VALUES (?, 2023, 1)"), {added.teacherId}).ok);
        QVERIFY(!attempt(as(QStringLiteral("b1")), QStringLiteral("INSERT INTO teachers (base_id, department_id, name, id_number, "
                                                                  "title, updated_at) VALUES (?, ?, 'x', ?, 'resident', 'x')"),
                         {m_baseA1, m_medA, TestDb::residentId(61002)}).ok);
        // A head cannot enter teachers.
        QVERIFY(!attempt(as(QStringLiteral("neike")), QStringLiteral("UPDATE teachers SET name = 'x' WHERE id = ?"), {m_medTeacher}).ok);
    }
};

QTEST_GUILESS_MAIN(TestPgDepartment)
#include "tst_pg_department.moc"
