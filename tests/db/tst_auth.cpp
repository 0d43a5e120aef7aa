#include "Clock.h"
#include "auth/Authenticator.h"
#include "auth/SignInThrottle.h"
#include "db/Database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gme;
using Outcome = SignInResult::Outcome;

// Sign-in against a temporary embedded database, with a clock the test moves by hand.
class TestAuth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 14), QTime(9, 0))};
    QString m_hash;
    qint64 m_orgId = 0;

    void exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVariant value(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
    void addUser(const QString &name, bool disabled = false)
    {
        exec(QStringLiteral("INSERT INTO users (username, display_name, role, org_id, password_hash, disabled) "
                            "VALUES (?, ?, 'base', ?, ?, ?)"),
             {name, name + QStringLiteral(" office"), m_orgId, m_hash, disabled ? 1 : 0});
    }
    SignInResult signIn(const QString &user, const QString &password)
    {
        return Authenticator(m_db->connection(), m_clock).signIn(user, password);
    }
    int failuresOf(const QString &user)
    {
        return value(QStringLiteral("SELECT failed_attempts FROM users WHERE username = ?"), {user}).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("auth.sqlite")));
        QVERIFY(m_db->migrate() >= 1);
        m_hash = Authenticator::hashPassword(QStringLiteral("right horse"));
        QVERIFY(m_hash.startsWith(QLatin1String("$argon2id$")));
        exec(QStringLiteral("INSERT INTO orgs (code, name, kind) VALUES ('B1', '测试基地', 'base')"));
        m_orgId = value(QStringLiteral("SELECT id FROM orgs WHERE code = 'B1'")).toLongLong();
        for (const char *name : {"alice", "bob", "carol", "dave", "erin"})
            addUser(QString::fromLatin1(name));
        addUser(QStringLiteral("mallory"), true);
    }

    void hashesAreSaltedAndVerify()
    {
        const QString other = Authenticator::hashPassword(QStringLiteral("right horse"));
        QVERIFY(other != m_hash); // a fresh salt each time
        QVERIFY(Authenticator::verifyPassword(other, QStringLiteral("right horse")));
        QVERIFY(!Authenticator::verifyPassword(other, QStringLiteral("wrong horse")));
        QVERIFY(!Authenticator::verifyPassword(QString(), QStringLiteral("right horse")));
        QVERIFY(!Authenticator::verifyPassword(QStringLiteral("not a hash"), QStringLiteral("right horse")));
        const QString chinese = Authenticator::hashPassword(QStringLiteral(u"密码一二三"));
        QVERIFY(Authenticator::verifyPassword(chinese, QStringLiteral(u"密码一二三")));
    }

    void rightPasswordSignsIn()
    {
        const SignInResult r = signIn(QStringLiteral("  alice "), QStringLiteral("right horse"));
        QCOMPARE(r.outcome, Outcome::SignedIn);
        QVERIFY(r.user.has_value());
        QCOMPARE(r.user->username, QStringLiteral("alice"));
        QCOMPARE(r.user->displayName, QStringLiteral("alice office"));
        QCOMPARE(r.user->role, Role::Base);
        QCOMPARE(r.user->orgId, m_orgId);
        QCOMPARE(r.user->orgName, QStringLiteral(u"测试基地"));
        QCOMPARE(r.message(), QStringLiteral("Signed in."));
    }

    void wrongPasswordAndUnknownUserLookAlike()
    {
        const SignInResult wrong = signIn(QStringLiteral("bob"), QStringLiteral("wrong horse"));
        const SignInResult unknown = signIn(QStringLiteral("nobody"), QStringLiteral("right horse"));
        QCOMPARE(wrong.outcome, Outcome::WrongCredentials);
        QCOMPARE(unknown.outcome, Outcome::WrongCredentials);
        QVERIFY(!wrong.user && !unknown.user);
        QCOMPARE(wrong.message(), QStringLiteral("Wrong user name or password."));
        QCOMPARE(unknown.message(), wrong.message());
        QCOMPARE(failuresOf(QStringLiteral("bob")), 1);
        // Case matters in user names: "Alice" is nobody.
        QCOMPARE(signIn(QStringLiteral("Alice"), QStringLiteral("right horse")).outcome, Outcome::WrongCredentials);
    }

    void unknownUserTakesAsLongAsWrongPassword()
    {
        // Both run one Argon2id verification; without the decoy the unknown name would answer in
        // microseconds. The best of three of each keeps the check robust on a busy machine.
        qint64 wrongMs = std::numeric_limits<qint64>::max();
        qint64 unknownMs = wrongMs;
        for (int i = 0; i < 3; ++i) {
            exec(QStringLiteral("UPDATE users SET failed_attempts = 0 WHERE username = 'carol'"));
            QElapsedTimer t;
            t.start();
            signIn(QStringLiteral("carol"), QStringLiteral("wrong horse"));
            wrongMs = std::min(wrongMs, t.elapsed());
            t.restart();
            signIn(QStringLiteral("ghost-%1").arg(i), QStringLiteral("wrong horse"));
            unknownMs = std::min(unknownMs, t.elapsed());
        }
        qDebug() << "wrong password" << wrongMs << "ms, unknown user" << unknownMs << "ms";
        QVERIFY2(unknownMs * 3 >= wrongMs && wrongMs * 3 >= unknownMs,
                 qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(wrongMs).arg(unknownMs)));
    }

    void newHashesUseTheCurrentLimits()
    {
        // Argon2id, 19 MiB, 2 passes, 1 lane (see PasswordHash.cpp for why).
        QVERIFY2(m_hash.startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")), qPrintable(m_hash));
        QVERIFY(!Authenticator::needsRehash(m_hash));
    }

    void olderHashIsUpgradedAtSignIn()
    {
        // Made by an earlier build with libsodium's "interactive" limits (64 MiB) for "old horse".
        const QString older = QStringLiteral(
            "$argon2id$v=19$m=65536,t=2,p=1$N2SqX83geP0VEh6puJtu7A$7F7gntAP6WeESU6ZvTyL5m0m/hNtDKlSjNu9+KSsuKs");
        QVERIFY(Authenticator::needsRehash(older));
        exec(QStringLiteral("INSERT INTO users (username, display_name, role, org_id, password_hash) "
                            "VALUES ('olga', 'olga office', 'base', ?, ?)"),
             {m_orgId, older});
        const auto storedHash = [this] {
            return value(QStringLiteral("SELECT password_hash FROM users WHERE username = 'olga'")).toString();
        };

        // A wrong password changes nothing.
        QCOMPARE(signIn(QStringLiteral("olga"), QStringLiteral("new horse")).outcome, Outcome::WrongCredentials);
        QCOMPARE(storedHash(), older);

        QCOMPARE(signIn(QStringLiteral("olga"), QStringLiteral("old horse")).outcome, Outcome::SignedIn);
        const QString upgraded = storedHash();
        QVERIFY(upgraded != older);
        QVERIFY(!Authenticator::needsRehash(upgraded));
        QVERIFY(Authenticator::verifyPassword(upgraded, QStringLiteral("old horse")));
        // And the same password still signs in, now against the new hash, which stays as it is.
        QCOMPARE(signIn(QStringLiteral("olga"), QStringLiteral("old horse")).outcome, Outcome::SignedIn);
        QCOMPARE(storedHash(), upgraded);
    }

    void disabledUserIsRefused()
    {
        const SignInResult r = signIn(QStringLiteral("mallory"), QStringLiteral("right horse"));
        QCOMPARE(r.outcome, Outcome::Disabled);
        QVERIFY(!r.user);
        QVERIFY(!r.message().isEmpty());
        QVERIFY(r.message() != signIn(QStringLiteral("nobody"), QString()).message());
        // Without the password a disabled account looks like any other failure.
        QCOMPARE(signIn(QStringLiteral("mallory"), QStringLiteral("guess")).outcome, Outcome::WrongCredentials);
    }

    void delaySchedule()
    {
        const int expected[] = {0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (int n = 0; n < int(std::size(expected)); ++n)
            QCOMPARE(signInDelaySecs(n), expected[n]);
        QCOMPARE(signInDelaySecs(1000), 60);
    }

    void lockoutGrowsAndExpires()
    {
        const QString dave = QStringLiteral("dave");
        const QString right = QStringLiteral("right horse");
        const QString wrong = QStringLiteral("wrong horse");
        // Three failures are free.
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(signIn(dave, wrong).outcome, Outcome::WrongCredentials);
            QCOMPARE(failuresOf(dave), i);
        }
        // Then each further failure doubles the wait, up to 60 s; while locked even the right
        // password is refused and nothing is counted.
        for (int n = 3; n <= 10; ++n) {
            const int wait = signInDelaySecs(n);
            SignInResult locked = signIn(dave, right);
            QCOMPARE(locked.outcome, Outcome::TooManyAttempts);
            QCOMPARE(locked.retryAfterSecs, wait);
            QVERIFY(locked.message().contains(QString::number(wait)));
            QCOMPARE(failuresOf(dave), n);
            if (wait > 1) {
                m_clock.advanceSecs(wait - 1);
                locked = signIn(dave, right);
                QCOMPARE(locked.outcome, Outcome::TooManyAttempts);
                QCOMPARE(locked.retryAfterSecs, 1);
                m_clock.advanceSecs(1);
            } else {
                m_clock.advanceSecs(wait);
            }
            if (n < 10)
                QCOMPARE(signIn(dave, wrong).outcome, Outcome::WrongCredentials);
        }
        QCOMPARE(signInDelaySecs(failuresOf(dave)), 60);
        // After the wait the right password works and the count starts again.
        const SignInResult ok = signIn(dave, right);
        QCOMPARE(ok.outcome, Outcome::SignedIn);
        QCOMPARE(failuresOf(dave), 0);
        QVERIFY(value(QStringLiteral("SELECT last_failed_at FROM users WHERE username = 'dave'")).isNull());
        QCOMPARE(signIn(dave, wrong).outcome, Outcome::WrongCredentials);
        QCOMPARE(signIn(dave, right).outcome, Outcome::SignedIn); // one failure: no wait
    }

    void successResetsTheCount()
    {
        const QString erin = QStringLiteral("erin");
        QCOMPARE(signIn(erin, QStringLiteral("x")).outcome, Outcome::WrongCredentials);
        QCOMPARE(signIn(erin, QStringLiteral("y")).outcome, Outcome::WrongCredentials);
        QCOMPARE(failuresOf(erin), 2);
        QCOMPARE(signIn(erin, QStringLiteral("right horse")).outcome, Outcome::SignedIn);
        QCOMPARE(failuresOf(erin), 0);
        // Two more failures are again free: the earlier two no longer count.
        QCOMPARE(signIn(erin, QStringLiteral("x")).outcome, Outcome::WrongCredentials);
        QCOMPARE(signIn(erin, QStringLiteral("y")).outcome, Outcome::WrongCredentials);
        QCOMPARE(signIn(erin, QStringLiteral("right horse")).outcome, Outcome::SignedIn);
    }

    void unknownNamesLockOutTheSameWay()
    {
        // Otherwise the lockout itself would tell which names exist.
        const QString ghost = QStringLiteral("ghost-lock");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(signIn(ghost, QStringLiteral("x")).outcome, Outcome::WrongCredentials);
        const SignInResult locked = signIn(ghost, QStringLiteral("x"));
        QCOMPARE(locked.outcome, Outcome::TooManyAttempts);
        QCOMPARE(locked.retryAfterSecs, 1);
        m_clock.advanceSecs(1);
        QCOMPARE(signIn(ghost, QStringLiteral("x")).outcome, Outcome::WrongCredentials);
        QCOMPARE(signIn(ghost, QStringLiteral("x")).retryAfterSecs, 2);
    }
};

QTEST_MAIN(TestAuth)
#include "tst_auth.moc"
