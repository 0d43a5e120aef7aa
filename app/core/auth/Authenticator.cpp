#include "Authenticator.h"

#include "Clock.h"
#include "SignInThrottle.h"
#include "db/DbError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace gme {
namespace {

// An Argon2id hash, with hashPassword's limits, of a random password nobody has. Verifying against
// it makes a sign-in with an unknown name cost as much as one with a wrong password.
constexpr char kDecoyHash[] =
    "$argon2id$v=19$m=19456,t=2,p=1$ejqnhdLrigMsGdBcrzmt1A$nAzpjeS0+n+L6aWgI31sRk4Kuo5J4HhvTzMalenXaLY";

struct StoredUser
{
    User user;
    QString passwordHash;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lastFailedAt;
};

std::optional<StoredUser> findUser(const QSqlDatabase &db, const QString &username)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral(
        "SELECT u.id, u.username, u.display_name, u.role, u.org_id, o.name, u.password_hash, u.disabled, "
        "       u.failed_attempts, u.last_failed_at, COALESCE(u.department_id, 0), COALESCE(dp.name, '') "
        "FROM users u LEFT JOIN orgs o ON o.id = u.org_id LEFT JOIN departments dp ON dp.id = u.department_id "
        "WHERE u.username = ?"));
    q.addBindValue(username);
    execOrThrow(q, "look up user");
    if (!q.next())
        return std::nullopt;
    StoredUser s;
    s.user.id = q.value(0).toLongLong();
    s.user.username = q.value(1).toString();
    s.user.displayName = q.value(2).toString();
    s.user.role = roleFromCode(q.value(3).toString()).value_or(Role::Base);
    s.user.orgId = q.value(4).toLongLong();
    s.user.orgName = q.value(5).toString();
    s.passwordHash = q.value(6).toString();
    s.disabled = q.value(7).toInt() != 0;
    s.failedAttempts = q.value(8).toInt();
    s.lastFailedAt = fromDbTime(q.value(9).toString());
    s.user.departmentId = q.value(10).toLongLong();
    s.user.departmentName = q.value(11).toString();
    return s;
}

void recordFailure(const QSqlDatabase &db, qint64 userId, const QDateTime &now)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral(
        "UPDATE users SET failed_attempts = failed_attempts + 1, last_failed_at = ? WHERE id = ?"));
    q.addBindValue(toDbTime(now));
    q.addBindValue(userId);
    execOrThrow(q, "record failed sign-in");
}

// The password just checked, hashed again with today's limits (see Authenticator::needsRehash).
void storeNewHash(const QSqlDatabase &db, qint64 userId, const QString &password)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    q.addBindValue(Authenticator::hashPassword(password));
    q.addBindValue(userId);
    execOrThrow(q, "store the upgraded password hash");
}

void resetFailures(const QSqlDatabase &db, qint64 userId)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral(
        "UPDATE users SET failed_attempts = 0, last_failed_at = NULL WHERE id = ? AND failed_attempts <> 0"));
    q.addBindValue(userId);
    execOrThrow(q, "reset failed sign-ins");
}

SignInResult outcome(SignInResult::Outcome o, int retryAfterSecs = 0)
{
    SignInResult r;
    r.outcome = o;
    r.retryAfterSecs = retryAfterSecs;
    return r;
}

} // namespace

Authenticator::Authenticator(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

SignInResult Authenticator::signIn(const QString &username, const QString &password)
{
    using O = SignInResult::Outcome;
    // Whole seconds, as stored, so a lockout computed now matches one computed from the database.
    const QDateTime now = fromDbTime(toDbTime(m_clock.now()));
    const QString name = username.trimmed();
    const std::optional<StoredUser> stored = findUser(m_db, name);

    if (!stored) {
        const QString key = m_db.databaseName() + QLatin1Char('\n') + name;
        if (const int wait = UnknownNameThrottle::secondsUntilRetry(key, now); wait > 0)
            return outcome(O::TooManyAttempts, wait);
        verifyPassword(QString::fromLatin1(kDecoyHash), password);
        UnknownNameThrottle::recordFailure(key, now);
        return outcome(O::WrongCredentials);
    }

    // A locked account answers the same whatever the password, so guessing gains nothing.
    if (const int wait = secondsUntilRetry(stored->failedAttempts, stored->lastFailedAt, now); wait > 0)
        return outcome(O::TooManyAttempts, wait);

    if (!verifyPassword(stored->passwordHash, password)) {
        recordFailure(m_db, stored->user.id, now);
        return outcome(O::WrongCredentials);
    }
    // Disabled is told only to someone who knows the password, so it reveals nothing to guessers.
    if (stored->disabled)
        return outcome(O::Disabled);

    resetFailures(m_db, stored->user.id);
    if (needsRehash(stored->passwordHash)) {
        try {
            storeNewHash(m_db, stored->user.id, password);
        } catch (const DbError &) {
            // Best effort: the old hash still verifies, and the next sign-in tries again.
        }
    }
    SignInResult r = outcome(O::SignedIn);
    r.user = stored->user;
    return r;
}

QString SignInResult::message() const
{
    switch (outcome) {
    case Outcome::SignedIn:
        return QCoreApplication::translate("gme::Auth", "Signed in.");
    case Outcome::WrongCredentials:
        return QCoreApplication::translate("gme::Auth", "Wrong user name or password.");
    case Outcome::Disabled:
        return QCoreApplication::translate("gme::Auth",
                                           "This account is disabled. Ask your system administrator to enable it.");
    case Outcome::TooManyAttempts:
        return QCoreApplication::translate("gme::Auth", "Too many failed sign-ins. Try again in %n second(s).",
                                           nullptr, retryAfterSecs);
    case Outcome::Unreachable:
        return QCoreApplication::translate("gme::Auth", "Cannot sign in to the server: %1").arg(detail);
    }
    return {};
}

} // namespace gme
