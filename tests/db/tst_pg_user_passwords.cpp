// Central mode: a password set by the sysadmin (UserAdmin → gme_add_user / gme_reset_password)
// leaves the client only as a SCRAM-SHA-256 verifier, so the server's statement log never holds it;
// the user then signs in with the password over their own login. Real PostgreSQL 15 (PgServer).
#include "PgFixture.h"
#include "PgSeed.h"
#include "TestSupport.h"
#include "auth/ScramVerifier.h"
#include "auth/UserAdmin.h"
#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>

using namespace gme;
using namespace gme::test;

namespace {

const QString kAdminPassword = QStringLiteral("admin-secret-1");

QString errorOf(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return q.lastError().text();
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() ? QString() : q.lastError().text();
}

// Utility statements (SET, CREATE ROLE, ALTER SYSTEM) cannot be prepared.
void runDirect(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw std::runtime_error(q.lastError().text().toStdString());
}

} // namespace

class TestPgUserPasswords : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgFixture> m_fx; // server, owner migrated, the sysadmin's own session

    QSqlDatabase owner() const { return m_fx->owner(); }
    QSqlDatabase admin() { return m_fx->as(QStringLiteral("admin")); }
    int rolesNamed(const QString &name) const
    {
        return scalar(owner(), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name}).toInt();
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<PgFixture>(QStringLiteral("passwords-"), PgFixture::samePassword(kAdminPassword));
        QVERIFY2(m_fx->start(), qPrintable(m_fx->error()));
        QVERIFY(m_fx->schemaVersion() >= 16);
        const qint64 province = addOrg(owner(), QStringLiteral("P"), QStringLiteral("province"), 0);
        addOrg(owner(), QStringLiteral("A1"), QStringLiteral("base"), addOrg(owner(), QStringLiteral("C"), QStringLiteral("city"), province));
        QCOMPARE(m_fx->addUser(QStringLiteral("admin"), QStringLiteral("sysadmin"), QStringLiteral("P")), QString());
    }

    void ourVerifiersAreWhatPostgresItselfComputes()
    {
        // PostgreSQL hashes a clear password itself (here, by the owner, on purpose); with its salt
        // and iterations our verifier must come out the same, SASLprep included.
        const QString passwords[] = {QStringLiteral("pencil"), QStringLiteral(u"审核员密码2026"),
                                     QStringLiteral(u"Ｐａｓｓ\u00A0word\u00AD!")};
        int n = 0;
        for (const QString &password : passwords) {
            const QString role = QStringLiteral("probe%1").arg(++n);
            QString literal = password;
            literal.replace(QLatin1Char('\''), QStringLiteral("''"));
            runDirect(owner(), QStringLiteral("SET password_encryption = 'scram-sha-256'"));
            runDirect(owner(), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, literal));
            const QString stored = scalar(owner(), QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), {role}).toString();
            const QStringList parts = stored.split(QLatin1Char('$'));
            QCOMPARE(parts.size(), 3);
            const QStringList head = parts.at(1).split(QLatin1Char(':'));
            QCOMPARE(scram::sha256Verifier(password, QByteArray::fromBase64(head.at(1).toLatin1()), head.at(0).toInt()), stored);
            runDirect(owner(), QStringLiteral("DROP ROLE %1").arg(role));
        }
    }

    void aUserAddedThroughUserAdminSignsInWithThePassword()
    {
        UserAdmin users(admin());
        const QString password = QStringLiteral(u"初始密码-Abc123");
        QCOMPARE(users.addUser(QStringLiteral("clerk"), QStringLiteral(u"甲一经办"), Role::Base, QStringLiteral("A1"), password), QString());
        QCOMPARE(m_fx->server().tryLogin(QStringLiteral("clerk"), password), QString());
        QVERIFY(!m_fx->server().tryLogin(QStringLiteral("clerk"), QStringLiteral("wrong-password")).isEmpty());

        const QString fresh = QStringLiteral("second-password-9");
        QCOMPARE(users.resetPassword(QStringLiteral("clerk"), fresh), QString());
        QCOMPARE(m_fx->server().tryLogin(QStringLiteral("clerk"), fresh), QString());
        QVERIFY(!m_fx->server().tryLogin(QStringLiteral("clerk"), password).isEmpty());
    }

    void theServerRefusesAClearPassword()
    {
        const QString add = QStringLiteral("SELECT gme_add_user(?, 'x', 'base', 'A1', ?)");
        const QString clear = errorOf(admin(), add, {QStringLiteral("plain"), QStringLiteral("clear-text-password")});
        QVERIFY2(clear.contains(QLatin1String("SCRAM-SHA-256 verifier")), qPrintable(clear));
        // Something that only looks like a verifier: PostgreSQL would hash it as a password.
        QVERIFY(!errorOf(admin(), add, {QStringLiteral("plain"), QStringLiteral("SCRAM-SHA-256$4096:c2FsdA==$abc:def")}).isEmpty());
        QVERIFY(!errorOf(admin(), add, {QStringLiteral("plain"), QVariant(QMetaType::fromType<QString>())}).isEmpty());
        QCOMPARE(rolesNamed(QStringLiteral("plain")), 0);

        const QString reset = errorOf(admin(), QStringLiteral("SELECT gme_reset_password('clerk', ?)"), {QStringLiteral("clear-text-password")});
        QVERIFY2(reset.contains(QLatin1String("SCRAM-SHA-256 verifier")), qPrintable(reset));
        QVERIFY(!m_fx->server().tryLogin(QStringLiteral("clerk"), QStringLiteral("clear-text-password")).isEmpty());
        // The owner is held to it too.
        QVERIFY(!errorOf(owner(), add, {QStringLiteral("plain"), QStringLiteral("clear-text-password")}).isEmpty());
    }

    void thePasswordNeverReachesTheServerLog()
    {
        runDirect(owner(), QStringLiteral("ALTER SYSTEM SET log_statement = 'all'"));
        QVERIFY(scalar(owner(), QStringLiteral("SELECT pg_reload_conf()")).toBool());
        // A fresh session reads the reloaded setting.
        QSqlDatabase::database(QStringLiteral("passwords-admin"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("passwords-admin"));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(admin(), QStringLiteral("SELECT current_setting('log_statement')")).toString(), QStringLiteral("all"), 5000);

        UserAdmin users(admin());
        const QString first = QStringLiteral("Unmistakable-Secret-41");
        const QString second = QStringLiteral("Unmistakable-Secret-42");
        QCOMPARE(users.addUser(QStringLiteral("logged"), QStringLiteral("logged"), Role::Base, QStringLiteral("A1"), first), QString());
        QCOMPARE(users.resetPassword(QStringLiteral("logged"), second), QString());
        QCOMPARE(m_fx->server().tryLogin(QStringLiteral("logged"), second), QString());

        const QString log = m_fx->server().serverLog();
        QVERIFY2(log.contains(QLatin1String("gme_add_user")) && log.contains(QLatin1String("gme_reset_password")),
                 "statement logging was not on");
        // The bound values are logged too: that is where a clear password used to appear.
        QVERIFY2(log.contains(QLatin1String("SCRAM-SHA-256$4096:")), "parameters were not logged");
        QVERIFY(!log.contains(QLatin1String("Unmistakable-Secret")));
        runDirect(owner(), QStringLiteral("ALTER SYSTEM RESET log_statement"));
        execSql(owner(), QStringLiteral("SELECT pg_reload_conf()"));
    }

    void cleanupTestCase()
    {
        m_fx.reset(); // closes the sysadmin's session too
    }
};

QTEST_GUILESS_MAIN(TestPgUserPasswords)
#include "tst_pg_user_passwords.moc"
