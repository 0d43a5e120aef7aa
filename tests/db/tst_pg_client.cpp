// The app's side of the central mode against a real PostgreSQL 15 (PgFixture): signing in
// with the user's own login, the sysadmin's user administration through the server's functions,
// and queues hearing about other reviewers' changes (LISTEN/NOTIFY).
#include "PgFixture.h"
#include "PgSeed.h"
#include "TestSupport.h"

#include "auth/ServerSignIn.h"
#include "auth/UserAdmin.h"
#include "db/ChangeWatcher.h"
#include "db/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

namespace {
const QString kPassword = QStringLiteral("reviewer-secret");
}

class TestPgClient : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgFixture> m_fx; // server, owner migrated, sysadmin root1
    qint64 m_registration = 0;

    QSqlDatabase owner() const { return m_fx->owner(); }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<PgFixture>(QStringLiteral("client-"), PgFixture::samePassword(kPassword));
        QVERIFY2(m_fx->start(), qPrintable(m_fx->error()));
        const OneBase org = addOneBase(owner());
        const qint64 batch = addExamBatch(owner());
        openEveryStage(owner(), batch);
        m_registration = addRegistrations(owner(), batch, org.base, 1).first();
        // The owner makes the first sysadmin; the sysadmin makes everyone else, as in the app.
        QCOMPARE(UserAdmin(owner()).addUser(QStringLiteral("root1"), QStringLiteral("管理员"), Role::Sysadmin, {}, kPassword), QString());
    }

    void aSysadminManagesLoginsThroughTheServer()
    {
        auto admin = m_fx->serverProfile();
        QCOMPARE(signInToServer(*admin, QStringLiteral("root1"), kPassword).outcome, SignInResult::Outcome::SignedIn);
        UserAdmin users(admin->connection());
        QCOMPARE(users.addUser(QStringLiteral("zhang"), QStringLiteral("张老师"), Role::Base, QStringLiteral("A1"), kPassword), QString());
        QCOMPARE(users.addUser(QStringLiteral("liu"), QStringLiteral("刘老师"), Role::Municipal, QStringLiteral("CA"), kPassword), QString());
        // The server's refusal comes back as words, not an exception.
        QVERIFY(!users.addUser(QStringLiteral("zhang"), QStringLiteral("again"), Role::Base, QStringLiteral("A1"), kPassword).isEmpty());
        QVERIFY(!users.addUser(QStringLiteral("wang"), QStringLiteral("王"), Role::Base, QStringLiteral("NOPE"), kPassword).isEmpty());
        QStringList names;
        for (const UserListing &u : users.list())
            names.append(u.username);
        QVERIFY(names.contains(QStringLiteral("zhang")) && names.contains(QStringLiteral("liu")));
    }

    void signInUsesTheUsersOwnLogin()
    {
        auto db = m_fx->serverProfile();
        QCOMPARE(signInToServer(*db, QStringLiteral("zhang"), QStringLiteral("wrong")).outcome,
                 SignInResult::Outcome::WrongCredentials);
        QCOMPARE(signInToServer(*db, QStringLiteral("nobody-here"), kPassword).outcome,
                 SignInResult::Outcome::WrongCredentials);
        const SignInResult ok = signInToServer(*db, QStringLiteral("zhang"), kPassword);
        QCOMPARE(ok.outcome, SignInResult::Outcome::SignedIn);
        QCOMPARE(ok.user->role, Role::Base);
        QCOMPARE(ok.user->orgName, QStringLiteral("甲市第一人民医院"));
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT session_user")).toString(), QStringLiteral("zhang"));

        // Disabled by the sysadmin: refused with that reason; enabled again: back in.
        auto admin = m_fx->serverProfile();
        QCOMPARE(signInToServer(*admin, QStringLiteral("root1"), kPassword).outcome, SignInResult::Outcome::SignedIn);
        QCOMPARE(UserAdmin(admin->connection()).setDisabled(QStringLiteral("zhang"), true), QString());
        auto again = m_fx->serverProfile();
        QCOMPARE(signInToServer(*again, QStringLiteral("zhang"), kPassword).outcome, SignInResult::Outcome::Disabled);
        QCOMPARE(UserAdmin(admin->connection()).setDisabled(QStringLiteral("zhang"), false), QString());
        QCOMPARE(signInToServer(*again, QStringLiteral("zhang"), kPassword).outcome, SignInResult::Outcome::SignedIn);

        // A base user cannot make users, whatever the client does.
        QVERIFY(!UserAdmin(again->connection()).addUser(QStringLiteral("sneaky"), QStringLiteral("x"), Role::Provincial,
                                                       QStringLiteral("P"), kPassword).isEmpty());
    }

    void aServerOlderThanTheAppIsRefusedWithWhatToDo()
    {
        auto db = m_fx->serverProfile();
        db->setServerUser(QStringLiteral("zhang"));
        const int top = bundledSchemaVersion(m_fx->database());
        QVERIFY(top >= 5);
        // The newest migration not (yet) applied on the server, as after updating only the desks.
        execSql(owner(), QStringLiteral("UPDATE schema_version SET version = -version WHERE version = ?"), {top});
        const SignInResult r = signInToServer(*db, QStringLiteral("zhang"), kPassword);
        execSql(owner(), QStringLiteral("UPDATE schema_version SET version = -version WHERE version = ?"), {-top});
        QCOMPARE(r.outcome, SignInResult::Outcome::Unreachable);
        QVERIFY2(r.message().contains(QLatin1String("migrate")), qPrintable(r.message()));
    }

    void queuesHearOtherReviewersButNotThemselves()
    {
        auto zhang = m_fx->serverProfile();
        QCOMPARE(signInToServer(*zhang, QStringLiteral("zhang"), kPassword).outcome, SignInResult::Outcome::SignedIn);
        ChangeWatcher watcher(*zhang);
        QVERIFY(watcher.isListening());
        QSignalSpy heard(&watcher, &ChangeWatcher::changedByOthers);

        // zhang's own change: not reported.
        execSql(zhang->connection(), QStringLiteral("UPDATE registrations SET state = 'base_passed', version = version + 1 "
                                                    "WHERE id = ?"), {m_registration});
        QTest::qWait(1200);
        QCOMPARE(heard.count(), 0);

        // Someone else's (the owner puts the row back): reported once.
        execSql(owner(), QStringLiteral("UPDATE registrations SET state = 'submitted', version = version + 1 WHERE id = ?"),
                {m_registration});
        QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 1, 5000);
    }

    void cleanupTestCase()
    {
        m_fx.reset();
    }
};

QTEST_GUILESS_MAIN(TestPgClient)
#include "tst_pg_client.moc"
