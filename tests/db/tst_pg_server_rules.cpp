// Central mode: the PostgreSQL server itself keeps every user to their role, whatever client they use.
// Each test speaks raw SQL over the user's OWN login (not through gmedesk's services), against a real
// PostgreSQL 15 started by the PgFixture (tests/support) and migrated by gme::Database as the owner.
//
//   province P ── city CA ── bases A1, A2
//              └─ city CB ── base B1
//   users: a1, a2, b1 (base), ca (municipal of CA), prov (provincial), admin (sysadmin)
//   windows of the exam batch, relative to the server's clock: registration and base_review open now,
//   city_review closed yesterday, final_review opens tomorrow.
#include "PgFixture.h"
#include "PgSeed.h"
#include "TestSupport.h"
#include "auth/ScramVerifier.h"
#include "auth/UserAdmin.h"
#include "db/Database.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

class TestPgServerRules : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgFixture> m_fx; // server, owner migrated, users' own sessions
    qint64 m_province = 0, m_cityA = 0, m_cityB = 0, m_baseA1 = 0, m_baseA2 = 0, m_baseB1 = 0;
    qint64 m_batch = 0;
    int m_nextTrainee = 1;

    QSqlDatabase owner() const { return m_fx->owner(); }
    static QString passwordOf(const QString &user) { return QStringLiteral("secret-") + user; }

    // The user's own session (one per user, opened on first use).
    QSqlDatabase as(const QString &user) { return m_fx->as(user); }
    qint64 userId(const QString &user) const
    {
        return scalar(owner(), QStringLiteral("SELECT id FROM users WHERE username = ?"), {user}).toLongLong();
    }

    qint64 insertOrg(const QString &code, const QString &kind, qint64 parent)
    {
        return addOrg(owner(), code, kind, parent, QStringLiteral(u"机构") + code);
    }
    // A server time as the app stores it, days from now by the server's clock.
    QString serverTime(int days) const
    {
        return scalar(owner(), QStringLiteral("SELECT to_char(localtimestamp + make_interval(days => ?), 'YYYY-MM-DD\"T\"HH24:MI:SS')"),
                      {days}).toString();
    }
    void setWindow(const QString &stage, int opensInDays, int closesInDays)
    {
        execSql(owner(), QStringLiteral("INSERT INTO stage_windows (batch_id, stage, opens_at, closes_at) VALUES (?, ?, ?, ?) "
                                        "ON CONFLICT (batch_id, stage) DO UPDATE SET opens_at = excluded.opens_at, closes_at = excluded.closes_at"),
                {m_batch, stage, serverTime(opensInDays), serverTime(closesInDays)});
    }
    // A trainee and its registration at a base, written by the owner.
    qint64 addRegistration(qint64 baseId, const QString &state)
    {
        const int n = m_nextTrainee++;
        const qint64 trainee = scalar(owner(), QStringLiteral(
            "INSERT INTO trainees (id_number, name, gender, person_type, track, base_id, specialty_code) "
            "VALUES (?, ?, 'F', 'social', 'resident', ?, '0100') RETURNING id"),
            {TestDb::residentId(n), QStringLiteral(u"学员%1").arg(n), baseId}).toLongLong();
        return scalar(owner(), QStringLiteral(
            "INSERT INTO registrations (batch_id, trainee_id, base_id, state, submitted_at, updated_at) "
            "VALUES (?, ?, ?, ?, '2026-01-01T09:00:00', '2026-01-01T09:00:00') RETURNING id"),
            {m_batch, trainee, baseId, state}).toLongLong();
    }
    QString stateOf(qint64 registration) const
    {
        return scalar(owner(), QStringLiteral("SELECT state FROM registrations WHERE id = ?"), {registration}).toString();
    }
    int versionOf(qint64 registration) const
    {
        return scalar(owner(), QStringLiteral("SELECT version FROM registrations WHERE id = ?"), {registration}).toInt();
    }
    // A decision written by the owner (history), returns its id.
    qint64 addDecision(qint64 registration, const QString &user)
    {
        return scalar(owner(), QStringLiteral(
            "INSERT INTO decisions (registration_id, user_id, stage, action, from_state, to_state, decided_at) "
            "VALUES (?, ?, 'registration', 'submit', NULL, 'submitted', '2026-01-01T09:00:00') RETURNING id"),
            {registration, userId(user)}).toLongLong();
    }
    // A base reviewer's raw pass: the UPDATE any client could send.
    Outcome pass(const QString &user, qint64 registration, const QString &to)
    {
        return attempt(as(user), QStringLiteral("UPDATE registrations SET state = ?, version = version + 1, updated_at = ? WHERE id = ?"),
                       {to, serverTime(0), registration});
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<PgFixture>(QStringLiteral("rules-"), passwordOf);
        QVERIFY2(m_fx->start(), qPrintable(m_fx->error()));
        QVERIFY(m_fx->schemaVersion() >= 5); // 005_batch_tokens and whatever came after

        m_province = insertOrg(QStringLiteral("P"), QStringLiteral("province"), 0);
        m_cityA = insertOrg(QStringLiteral("CA"), QStringLiteral("city"), m_province);
        m_cityB = insertOrg(QStringLiteral("CB"), QStringLiteral("city"), m_province);
        m_baseA1 = insertOrg(QStringLiteral("A1"), QStringLiteral("base"), m_cityA);
        m_baseA2 = insertOrg(QStringLiteral("A2"), QStringLiteral("base"), m_cityA);
        m_baseB1 = insertOrg(QStringLiteral("B1"), QStringLiteral("base"), m_cityB);
        execSql(owner(), QStringLiteral("INSERT INTO specialties (code, name, track) VALUES ('0100', ?, 'resident')"),
                {QStringLiteral(u"内科")});
        m_batch = scalar(owner(), QStringLiteral("INSERT INTO exam_batches (name, year, track) VALUES (?, 2026, 'resident') RETURNING id"),
                         {QStringLiteral(u"2026年住院医师结业考核")}).toLongLong();
        setWindow(QStringLiteral("registration"), -1, 1);
        setWindow(QStringLiteral("base_review"), -1, 1);
        setWindow(QStringLiteral("city_review"), -3, -1);
        setWindow(QStringLiteral("final_review"), 1, 3);

        const struct { const char *name, *role, *org; } users[] = {
            {"a1", "base", "A1"}, {"a2", "base", "A2"}, {"b1", "base", "B1"},
            {"ca", "municipal", "CA"}, {"prov", "provincial", "P"}, {"admin", "sysadmin", "P"}};
        for (const auto &u : users)
            QCOMPARE(m_fx->addUser(QString::fromLatin1(u.name), QString::fromLatin1(u.role), QString::fromLatin1(u.org),
                                   QStringLiteral(u"审核员 ") + QString::fromLatin1(u.name)),
                     QString());
    }

    void migrateAgainChangesNothing()
    {
        const int reached = m_fx->database().schemaVersion();
        QCOMPARE(m_fx->database().migrate(), reached);
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(*) FROM workflow_transitions WHERE workflow = 'completion_exam'")).toInt(), 11);
    }

    void baseUserSeesOnlyItsOwnTraineesRegistrationsEvidenceAndDecisions()
    {
        const qint64 mine = addRegistration(m_baseA1, QStringLiteral("submitted"));
        const qint64 theirs = addRegistration(m_baseB1, QStringLiteral("submitted"));
        for (qint64 r : {mine, theirs}) {
            execSql(owner(), QStringLiteral("INSERT INTO evidence_blobs (sha256, content) VALUES (?, ?)"),
                    {QStringLiteral("sha-%1").arg(r), QByteArray("%PDF-1.4 ") + QByteArray::number(r)});
            execSql(owner(), QStringLiteral("INSERT INTO evidence (registration_id, kind, file_name, mime_type, size_bytes, sha256, uploaded_at) "
                                            "VALUES (?, 'photo', 'a.pdf', 'application/pdf', 10, ?, '2026-01-01T09:00:00')"),
                    {r, QStringLiteral("sha-%1").arg(r)});
        }
        const qint64 myDecision = addDecision(mine, QStringLiteral("a1"));
        addDecision(theirs, QStringLiteral("b1"));

        QSqlDatabase a1 = as(QStringLiteral("a1"));
        const QList<qint64> visibleRegs = ids(a1, QStringLiteral("SELECT id FROM registrations"));
        QVERIFY(visibleRegs.contains(mine));
        QVERIFY(!visibleRegs.contains(theirs));
        QCOMPARE(ids(a1, QStringLiteral("SELECT DISTINCT base_id FROM trainees")), QList<qint64>{m_baseA1});
        QCOMPARE(ids(a1, QStringLiteral("SELECT DISTINCT base_id FROM registrations")), QList<qint64>{m_baseA1});
        // Asking for the other base's rows by id finds nothing either.
        QCOMPARE(ids(a1, QStringLiteral("SELECT id FROM registrations WHERE id = ?"), {theirs}), QList<qint64>{});
        QCOMPARE(ids(a1, QStringLiteral("SELECT registration_id FROM evidence")), QList<qint64>{mine});
        QCOMPARE(scalar(a1, QStringLiteral("SELECT count(*) FROM evidence_blobs WHERE sha256 = ?"),
                        {QStringLiteral("sha-%1").arg(theirs)}).toInt(), 0);
        QCOMPARE(scalar(a1, QStringLiteral("SELECT count(*) FROM evidence_blobs WHERE sha256 = ?"),
                        {QStringLiteral("sha-%1").arg(mine)}).toInt(), 1);
        QCOMPARE(ids(a1, QStringLiteral("SELECT id FROM decisions")), QList<qint64>{myDecision});
    }

    void baseUserCannotChangeAnotherBasesRows()
    {
        const qint64 theirs = addRegistration(m_baseB1, QStringLiteral("submitted"));
        const Outcome o = pass(QStringLiteral("a1"), theirs, QStringLiteral("base_passed"));
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.rows, 0); // the row does not exist for a1
        QCOMPARE(stateOf(theirs), QStringLiteral("submitted"));
        QCOMPARE(versionOf(theirs), 1);

        const qint64 trainee = scalar(owner(), QStringLiteral("SELECT trainee_id FROM registrations WHERE id = ?"), {theirs}).toLongLong();
        const Outcome rename = attempt(as(QStringLiteral("a1")), QStringLiteral("UPDATE trainees SET name = 'x' WHERE id = ?"), {trainee});
        QVERIFY(rename.ok);
        QCOMPARE(rename.rows, 0);
        QVERIFY(scalar(owner(), QStringLiteral("SELECT name FROM trainees WHERE id = ?"), {trainee}).toString() != QLatin1String("x"));
    }

    void baseUserCannotAddOrMoveRowsIntoAnotherBase()
    {
        QSqlDatabase a1 = as(QStringLiteral("a1"));
        const Outcome foreign = attempt(a1, QStringLiteral(
            "INSERT INTO trainees (id_number, name, gender, person_type, track, base_id, specialty_code) "
            "VALUES (?, 'x', 'M', 'social', 'resident', ?, '0100')"), {TestDb::residentId(9000), m_baseB1});
        QVERIFY(!foreign.ok);
        QVERIFY2(foreign.error.contains(QLatin1String("row-level security")), qPrintable(foreign.error));

        // Its own trainee: may be added and corrected (roster import), but not handed to another base.
        const qint64 own = scalar(a1, QStringLiteral(
            "INSERT INTO trainees (id_number, name, gender, person_type, track, base_id, specialty_code) "
            "VALUES (?, 'own', 'M', 'social', 'resident', ?, '0100') RETURNING id"), {TestDb::residentId(9001), m_baseA1}).toLongLong();
        QVERIFY(own > 0);
        QVERIFY(attempt(a1, QStringLiteral("UPDATE trainees SET phone = '13800000000' WHERE id = ?"), {own}).ok);
        const Outcome move = attempt(a1, QStringLiteral("UPDATE trainees SET base_id = ? WHERE id = ?"), {m_baseB1, own});
        QVERIFY(!move.ok);
        // 020's trigger (a base changes only through an approved change request) answers before
        // row-level security's check of the new row would.
        QVERIFY2(move.error.contains(QLatin1String("only through a change request")), qPrintable(move.error));

        // A registration's base cannot be changed at all (only state, version and updated_at).
        const qint64 reg = addRegistration(m_baseA1, QStringLiteral("submitted"));
        const Outcome moveReg = attempt(a1, QStringLiteral("UPDATE registrations SET base_id = ? WHERE id = ?"), {m_baseB1, reg});
        QVERIFY(!moveReg.ok);
        QVERIFY2(moveReg.error.contains(QLatin1String("permission denied")), qPrintable(moveReg.error));
    }

    void newRegistrationsStartAsSubmittedAtVersionOne()
    {
        QSqlDatabase a1 = as(QStringLiteral("a1"));
        const qint64 trainee = scalar(a1, QStringLiteral(
            "INSERT INTO trainees (id_number, name, gender, person_type, track, base_id, specialty_code) "
            "VALUES (?, 'new', 'F', 'social', 'resident', ?, '0100') RETURNING id"), {TestDb::residentId(9002), m_baseA1}).toLongLong();
        const QString insert = QStringLiteral("INSERT INTO registrations (batch_id, trainee_id, base_id, state, version, submitted_at, updated_at) "
                                              "VALUES (?, ?, ?, ?, ?, '2026-01-01T09:00:00', '2026-01-01T09:00:00')");
        QVERIFY(!attempt(a1, insert, {m_batch, trainee, m_baseA1, QStringLiteral("final_passed"), 1}).ok);
        QVERIFY(!attempt(a1, insert, {m_batch, trainee, m_baseA1, QStringLiteral("submitted"), 7}).ok);
        const Outcome ok = attempt(a1, insert, {m_batch, trainee, m_baseA1, QStringLiteral("submitted"), 1});
        QVERIFY2(ok.ok, qPrintable(ok.error));
    }

    void transitionThatSkipsAStageIsRefused()
    {
        const qint64 reg = addRegistration(m_baseA1, QStringLiteral("submitted"));
        const Outcome o = pass(QStringLiteral("a1"), reg, QStringLiteral("final_passed"));
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(QLatin1String("may not move registration")), qPrintable(o.error));
        QCOMPARE(stateOf(reg), QStringLiteral("submitted"));
        QCOMPARE(versionOf(reg), 1);
    }

    void transitionOfAnotherRoleIsRefused()
    {
        // Municipal work (base_passed → city_passed) done by a base user.
        const qint64 reg = addRegistration(m_baseA1, QStringLiteral("base_passed"));
        const Outcome o = pass(QStringLiteral("a1"), reg, QStringLiteral("city_passed"));
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(QLatin1String("may not move registration")), qPrintable(o.error));
        QCOMPARE(stateOf(reg), QStringLiteral("base_passed"));
    }

    void legalPassInsideItsWindowIsApplied()
    {
        const qint64 reg = addRegistration(m_baseA1, QStringLiteral("submitted"));
        const Outcome o = pass(QStringLiteral("a1"), reg, QStringLiteral("base_passed"));
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.rows, 1);
        QCOMPARE(stateOf(reg), QStringLiteral("base_passed"));
        QCOMPARE(versionOf(reg), 2);
    }

    void passAfterItsWindowClosedIsRefused()
    {
        const qint64 reg = addRegistration(m_baseA1, QStringLiteral("base_passed"));
        const Outcome o = pass(QStringLiteral("ca"), reg, QStringLiteral("city_passed"));
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(QLatin1String("city_review window")), qPrintable(o.error));
        QCOMPARE(stateOf(reg), QStringLiteral("base_passed"));
    }

    void passBeforeItsWindowOpensIsRefused()
    {
        const qint64 reg = addRegistration(m_baseB1, QStringLiteral("city_passed"));
        const Outcome o = pass(QStringLiteral("prov"), reg, QStringLiteral("final_passed"));
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(QLatin1String("final_review window")), qPrintable(o.error));
        QCOMPARE(stateOf(reg), QStringLiteral("city_passed"));
    }

    void sessionTimeZoneCannotMoveTheWindows()
    {
        // A session 12 hours behind the server's zone would see the window just closed as open.
        const qint64 reg = addRegistration(m_baseA2, QStringLiteral("base_passed"));
        setWindow(QStringLiteral("city_review"), -3, 0); // closes at this very second (server time)
        QSqlDatabase ca = as(QStringLiteral("ca"));
        QVERIFY(attempt(ca, QStringLiteral("SELECT set_config('TimeZone', 'Etc/GMT+12', false)")).ok);
        const Outcome o = pass(QStringLiteral("ca"), reg, QStringLiteral("city_passed"));
        QVERIFY(attempt(ca, QStringLiteral("SELECT set_config('TimeZone', reset_val, false) FROM pg_settings WHERE name = 'TimeZone'")).ok);
        setWindow(QStringLiteral("city_review"), -3, -1);
        QVERIFY(!o.ok);
        QCOMPARE(stateOf(reg), QStringLiteral("base_passed"));
    }

    void closedExamBatchTakesNoDecisions()
    {
        const qint64 reg = addRegistration(m_baseA1, QStringLiteral("submitted"));
        execSql(owner(), QStringLiteral("UPDATE exam_batches SET status = 'closed' WHERE id = ?"), {m_batch});
        const Outcome o = pass(QStringLiteral("a1"), reg, QStringLiteral("base_passed"));
        execSql(owner(), QStringLiteral("UPDATE exam_batches SET status = 'open' WHERE id = ?"), {m_batch});
        QVERIFY(!o.ok);
        QCOMPARE(stateOf(reg), QStringLiteral("submitted"));
    }

    void versionMustIncreaseByExactlyOne()
    {
        const qint64 reg = addRegistration(m_baseA1, QStringLiteral("submitted"));
        QSqlDatabase a1 = as(QStringLiteral("a1"));
        const QString update = QStringLiteral("UPDATE registrations SET state = 'base_passed', version = ? WHERE id = ?");
        for (int version : {1, 3, 0}) {
            const Outcome o = attempt(a1, update, {version, reg});
            QVERIFY2(!o.ok, qPrintable(QStringLiteral("version %1 was accepted").arg(version)));
            QVERIFY2(o.error.contains(QLatin1String("must go from version 1 to 2")), qPrintable(o.error));
        }
        QCOMPARE(versionOf(reg), 1);
        QVERIFY(attempt(a1, update, {2, reg}).ok);
        QCOMPARE(versionOf(reg), 2);
    }

    void staleVersionUpdateChangesNothing()
    {
        // Optimistic concurrency as the engine writes it: WHERE version = what I saw.
        const qint64 reg = addRegistration(m_baseA1, QStringLiteral("submitted"));
        QVERIFY(pass(QStringLiteral("a1"), reg, QStringLiteral("returned")).ok); // someone else, first
        const Outcome late = attempt(as(QStringLiteral("a1")), QStringLiteral(
            "UPDATE registrations SET state = 'base_passed', version = version + 1 WHERE id = ? AND version = 1"), {reg});
        QVERIFY(late.ok);
        QCOMPARE(late.rows, 0);
        QCOMPARE(stateOf(reg), QStringLiteral("returned"));
    }

    void decisionLogCannotBeUpdatedOrDeletedEvenByTheOwner()
    {
        const qint64 reg = addRegistration(m_baseA1, QStringLiteral("submitted"));
        const qint64 decision = addDecision(reg, QStringLiteral("a1"));
        const QString update = QStringLiteral("UPDATE decisions SET reason = 'rewritten' WHERE id = ?");
        const QString remove = QStringLiteral("DELETE FROM decisions WHERE id = ?");
        for (QSqlDatabase db : {as(QStringLiteral("a1")), as(QStringLiteral("prov")), as(QStringLiteral("admin"))}) {
            QVERIFY(!attempt(db, update, {decision}).ok);
            QVERIFY(!attempt(db, remove, {decision}).ok);
        }
        const Outcome ownerUpdate = attempt(owner(), update, {decision});
        QVERIFY(!ownerUpdate.ok);
        QVERIFY2(ownerUpdate.error.contains(QLatin1String("append-only")), qPrintable(ownerUpdate.error));
        QVERIFY(!attempt(owner(), remove, {decision}).ok);
        QVERIFY(!attempt(owner(), QStringLiteral("TRUNCATE decisions CASCADE")).ok);
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(*) FROM decisions WHERE id = ? AND reason IS NULL"), {decision}).toInt(), 1);
    }

    void adminLogAndBatchLogCannotBeUpdatedOrDeletedEvenByTheOwner()
    {
        QSqlDatabase prov = as(QStringLiteral("prov"));
        const qint64 logId = scalar(prov, QStringLiteral("INSERT INTO admin_log (user_id, kind, detail, logged_at) "
                                                         "VALUES (gme_my_user_id(), 'window_extended', '{}', '2026-01-01T09:00:00') RETURNING id")).toLongLong();
        const qint64 batchId = scalar(prov, QStringLiteral("INSERT INTO batch_actions (user_id, stage, action, row_count, applied_at) "
                                                           "VALUES (gme_my_user_id(), 'final_review', 'pass', 0, '2026-01-01T09:00:00') RETURNING id")).toLongLong();
        for (QSqlDatabase db : {prov, as(QStringLiteral("admin")), owner()}) {
            QVERIFY(!attempt(db, QStringLiteral("UPDATE admin_log SET detail = 'x' WHERE id = ?"), {logId}).ok);
            QVERIFY(!attempt(db, QStringLiteral("DELETE FROM admin_log WHERE id = ?"), {logId}).ok);
            QVERIFY(!attempt(db, QStringLiteral("UPDATE batch_actions SET reason = 'x' WHERE id = ?"), {batchId}).ok);
            QVERIFY(!attempt(db, QStringLiteral("DELETE FROM batch_actions WHERE id = ?"), {batchId}).ok);
        }
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT detail FROM admin_log WHERE id = ?"), {logId}).toString(), QStringLiteral("{}"));
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(*) FROM batch_actions WHERE id = ?"), {batchId}).toInt(), 1);
    }

    void nobodyLogsInAnotherUsersName()
    {
        const qint64 reg = addRegistration(m_baseA1, QStringLiteral("submitted"));
        QSqlDatabase a1 = as(QStringLiteral("a1"));
        const QString decision = QStringLiteral(
            "INSERT INTO decisions (registration_id, user_id, stage, action, from_state, to_state, decided_at) "
            "VALUES (?, ?, 'base_review', 'pass', 'submitted', 'base_passed', '2026-01-01T09:00:00')");
        QVERIFY(!attempt(a1, decision, {reg, userId(QStringLiteral("a2"))}).ok);
        QVERIFY(attempt(a1, decision, {reg, userId(QStringLiteral("a1"))}).ok);
        // Nor about a registration outside the scope.
        const qint64 theirs = addRegistration(m_baseB1, QStringLiteral("submitted"));
        QVERIFY(!attempt(a1, decision, {theirs, userId(QStringLiteral("a1"))}).ok);
        QVERIFY(!attempt(a1, QStringLiteral("INSERT INTO admin_log (user_id, kind, detail, logged_at) VALUES (?, 'x', '{}', 'now')"),
                         {userId(QStringLiteral("admin"))}).ok);
        QVERIFY(!attempt(a1, QStringLiteral("INSERT INTO batch_actions (user_id, stage, action, row_count, applied_at) "
                                            "VALUES (?, 'base_review', 'pass', 0, 'now')"), {userId(QStringLiteral("a2"))}).ok);
    }

    void baseUserCannotManageOrReadOtherUsers()
    {
        QSqlDatabase a1 = as(QStringLiteral("a1"));
        const Outcome add = attempt(a1, QStringLiteral("SELECT gme_add_user('intruder', 'x', 'sysadmin', 'P', 'pw')"));
        QVERIFY(!add.ok);
        QVERIFY2(add.error.contains(QLatin1String("permission denied")), qPrintable(add.error));
        QVERIFY(!attempt(a1, QStringLiteral("SELECT gme_reset_password('a2', ?)"), {scram::sha256Verifier(QStringLiteral("mine-now"))}).ok);
        QVERIFY(!attempt(a1, QStringLiteral("SELECT gme_disable_user('a2')")).ok);
        QVERIFY(!attempt(a1, QStringLiteral("INSERT INTO users (username, display_name, role) VALUES ('intruder', 'x', 'sysadmin')")).ok);
        QVERIFY(!attempt(a1, QStringLiteral("UPDATE users SET role = 'sysadmin' WHERE username = 'a1'")).ok);
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT role FROM users WHERE username = 'a1'")).toString(), QStringLiteral("base"));
        QVERIFY(!attempt(a1, QStringLiteral("CREATE ROLE intruder LOGIN")).ok);
        QCOMPARE(ids(a1, QStringLiteral("SELECT id FROM users")), QList<qint64>{userId(QStringLiteral("a1"))});
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(*) FROM users WHERE username = 'intruder'")).toInt(), 0);
    }

    void sysadminAddsAUserWhoCanLogInAndIsLogged()
    {
        QSqlDatabase admin = as(QStringLiteral("admin"));
        const Outcome add = attempt(admin, QStringLiteral("SELECT gme_add_user('a2-helper', ?, 'base', 'A2', ?)"),
                                    {QStringLiteral(u"甲二助理"), scram::sha256Verifier(QStringLiteral("helper-pw"))});
        QVERIFY2(add.ok, qPrintable(add.error));
        QCOMPARE(m_fx->server().tryLogin(QStringLiteral("a2-helper"), QStringLiteral("helper-pw")), QString());
        QVERIFY(!m_fx->server().tryLogin(QStringLiteral("a2-helper"), QStringLiteral("wrong")).isEmpty());
        QCOMPARE(scalar(admin, QStringLiteral("SELECT count(*) FROM admin_log WHERE kind = 'user_added' AND user_id = ? "
                                              "AND detail LIKE '%a2-helper%'"), {userId(QStringLiteral("admin"))}).toInt(), 1);
        // The sysadmin sees every user (users list).
        QCOMPARE(scalar(admin, QStringLiteral("SELECT count(*) FROM users")).toInt(),
                 scalar(owner(), QStringLiteral("SELECT count(*) FROM users")).toInt());
    }

    void addUserRefusesBadNamesRolesAndScopes()
    {
        QSqlDatabase admin = as(QStringLiteral("admin"));
        // A valid verifier, so each refusal below is for the name, role or scope.
        const QString add = QStringLiteral("SELECT gme_add_user(?, 'x', ?, ?, ?)");
        const QString pw = scram::sha256Verifier(QStringLiteral("pw"));
        QVERIFY(!attempt(admin, add, {QStringLiteral("Robert'); DROP TABLE users;--"), QStringLiteral("base"), QStringLiteral("A1"), pw}).ok);
        QVERIFY(!attempt(admin, add, {QStringLiteral("ok-name"), QStringLiteral("superuser"), QStringLiteral("A1"), pw}).ok);
        QVERIFY(!attempt(admin, add, {QStringLiteral("ok-name"), QStringLiteral("base"), QStringLiteral("CA"), pw}).ok); // a city is no base
        QVERIFY(!attempt(admin, add, {QStringLiteral("ok-name"), QStringLiteral("base"), QStringLiteral("nowhere"), pw}).ok);
        QVERIFY(!attempt(admin, add, {QStringLiteral("gme_owner"), QStringLiteral("sysadmin"), QStringLiteral("P"), pw}).ok);
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'ok-name'")).toInt(), 0);
        // Only a sysadmin may come without an organisation.
        QVERIFY(!attempt(admin, add, {QStringLiteral("ok-name"), QStringLiteral("provincial"), QString(), pw}).ok);
        const Outcome rootless = attempt(admin, add, {QStringLiteral("second-admin"), QStringLiteral("sysadmin"), QString(), pw});
        QVERIFY2(rootless.ok, qPrintable(rootless.error));
        QVERIFY(scalar(owner(), QStringLiteral("SELECT org_id FROM users WHERE username = 'second-admin'")).isNull());
        // The administration functions touch application users only, never the owner.
        QVERIFY(!attempt(admin, QStringLiteral("SELECT gme_reset_password('gme_owner', ?)"), {scram::sha256Verifier(QStringLiteral("taken"))}).ok);
        QVERIFY(!attempt(admin, QStringLiteral("SELECT gme_disable_user('gme_base')")).ok);
        QCOMPARE(m_fx->server().tryLogin(QString::fromLatin1(PgServer::Owner), m_fx->server().ownerPassword()), QString());
    }

    void disabledUserCannotLogInAndAnOpenSessionLosesEverything()
    {
        QSqlDatabase admin = as(QStringLiteral("admin"));
        QVERIFY(attempt(admin, QStringLiteral("SELECT gme_add_user('leaver', 'x', 'base', 'A1', ?)"),
                        {scram::sha256Verifier(QStringLiteral("leaver-pw"))}).ok);
        const qint64 reg = addRegistration(m_baseA1, QStringLiteral("submitted"));
        QSqlDatabase open = m_fx->server().connect(QStringLiteral("rules-leaver"), QStringLiteral("leaver"), QStringLiteral("leaver-pw"));
        QVERIFY(scalar(open, QStringLiteral("SELECT count(*) FROM registrations")).toInt() > 0);

        const Outcome disable = attempt(admin, QStringLiteral("SELECT gme_disable_user('leaver')"));
        QVERIFY2(disable.ok, qPrintable(disable.error));
        const QString login = m_fx->server().tryLogin(QStringLiteral("leaver"), QStringLiteral("leaver-pw"));
        QVERIFY2(login.contains(QLatin1String("not permitted to log in")), qPrintable(login));
        // The session opened before: sees nothing, changes nothing.
        QCOMPARE(scalar(open, QStringLiteral("SELECT count(*) FROM registrations")).toInt(), 0);
        QCOMPARE(scalar(open, QStringLiteral("SELECT count(*) FROM users")).toInt(), 1); // itself
        const Outcome write = attempt(open, QStringLiteral("UPDATE registrations SET state = 'base_passed', version = version + 1 WHERE id = ?"), {reg});
        QVERIFY(write.ok);
        QCOMPARE(write.rows, 0);
        QCOMPARE(stateOf(reg), QStringLiteral("submitted"));
        QVERIFY(scalar(owner(), QStringLiteral("SELECT count(*) FROM admin_log WHERE kind = 'user_disabled' AND detail LIKE '%leaver%'")).toInt() == 1);

        QVERIFY(attempt(admin, QStringLiteral("SELECT gme_enable_user('leaver')")).ok);
        QCOMPARE(m_fx->server().tryLogin(QStringLiteral("leaver"), QStringLiteral("leaver-pw")), QString());
    }

    void resetPasswordReplacesTheOldOneAndIsLoggedWithoutIt()
    {
        QSqlDatabase admin = as(QStringLiteral("admin"));
        QVERIFY(attempt(admin, QStringLiteral("SELECT gme_add_user('forgetful', 'x', 'base', 'A2', ?)"),
                        {scram::sha256Verifier(QStringLiteral("old-secret"))}).ok);
        const Outcome reset = attempt(admin, QStringLiteral("SELECT gme_reset_password('forgetful', ?)"),
                                     {scram::sha256Verifier(QStringLiteral("new-secret"))});
        QVERIFY2(reset.ok, qPrintable(reset.error));
        QVERIFY(!m_fx->server().tryLogin(QStringLiteral("forgetful"), QStringLiteral("old-secret")).isEmpty());
        QCOMPARE(m_fx->server().tryLogin(QStringLiteral("forgetful"), QStringLiteral("new-secret")), QString());
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(*) FROM admin_log WHERE kind = 'password_reset' AND detail LIKE '%forgetful%'")).toInt(), 1);
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(*) FROM admin_log WHERE detail LIKE '%secret%'")).toInt(), 0);
    }

    void municipalSeesOnlyTheBasesOfItsCity()
    {
        const qint64 a1 = addRegistration(m_baseA1, QStringLiteral("base_passed"));
        const qint64 a2 = addRegistration(m_baseA2, QStringLiteral("base_passed"));
        const qint64 b1 = addRegistration(m_baseB1, QStringLiteral("base_passed"));
        QSqlDatabase ca = as(QStringLiteral("ca"));
        QCOMPARE(ids(ca, QStringLiteral("SELECT DISTINCT base_id FROM registrations")), (QList<qint64>{m_baseA1, m_baseA2}));
        QCOMPARE(ids(ca, QStringLiteral("SELECT id FROM registrations WHERE id IN (?, ?, ?)"), {a1, a2, b1}), (QList<qint64>{a1, a2}));
        QCOMPARE(ids(ca, QStringLiteral("SELECT DISTINCT base_id FROM trainees")), (QList<qint64>{m_baseA1, m_baseA2}));
        // Users: itself and those of its bases, not the other city's.
        const QList<qint64> users = ids(ca, QStringLiteral("SELECT id FROM users"));
        QVERIFY(users.contains(userId(QStringLiteral("ca"))));
        QVERIFY(users.contains(userId(QStringLiteral("a1"))));
        QVERIFY(!users.contains(userId(QStringLiteral("b1"))));
        QVERIFY(!users.contains(userId(QStringLiteral("admin"))));
    }

    void provincialSeesEveryBase()
    {
        addRegistration(m_baseB1, QStringLiteral("city_passed"));
        QCOMPARE(ids(as(QStringLiteral("prov")), QStringLiteral("SELECT DISTINCT base_id FROM registrations")),
                 (QList<qint64>{m_baseA1, m_baseA2, m_baseB1}));
        QCOMPARE(scalar(as(QStringLiteral("prov")), QStringLiteral("SELECT count(*) FROM registrations")).toInt(),
                 scalar(owner(), QStringLiteral("SELECT count(*) FROM registrations")).toInt());
    }

    void pendingBatchAndPersonalTemplatesArePrivate()
    {
        const qint64 reg = addRegistration(m_baseA1, QStringLiteral("submitted"));
        const qint64 theirs = addRegistration(m_baseB1, QStringLiteral("submitted"));
        QSqlDatabase a1 = as(QStringLiteral("a1"));
        QSqlDatabase a2 = as(QStringLiteral("a2"));
        const QString add = QStringLiteral("INSERT INTO pending_items (user_id, registration_id, version, added_at) VALUES (?, ?, 1, 'now')");
        QVERIFY(attempt(a1, add, {userId(QStringLiteral("a1")), reg}).ok);
        QVERIFY(!attempt(a1, add, {userId(QStringLiteral("a2")), reg}).ok);   // into someone else's batch
        QVERIFY(!attempt(a1, add, {userId(QStringLiteral("a1")), theirs}).ok); // a row out of scope
        QCOMPARE(scalar(a1, QStringLiteral("SELECT count(*) FROM pending_items")).toInt(), 1);
        QCOMPARE(scalar(a2, QStringLiteral("SELECT count(*) FROM pending_items")).toInt(), 0);
        QCOMPARE(attempt(a2, QStringLiteral("DELETE FROM pending_items")).rows, 0);
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(*) FROM pending_items WHERE registration_id = ?"), {reg}).toInt(), 1);

        const int shared = scalar(a2, QStringLiteral("SELECT count(*) FROM reason_templates")).toInt();
        QVERIFY(shared > 0);
        QVERIFY(attempt(a1, QStringLiteral("INSERT INTO reason_templates (user_id, action, text) VALUES (gme_my_user_id(), 'return', 'mine')")).ok);
        QVERIFY(!attempt(a1, QStringLiteral("INSERT INTO reason_templates (user_id, action, text) VALUES (NULL, 'return', 'for all')")).ok);
        QCOMPARE(scalar(a1, QStringLiteral("SELECT count(*) FROM reason_templates")).toInt(), shared + 1);
        QCOMPARE(scalar(a2, QStringLiteral("SELECT count(*) FROM reason_templates")).toInt(), shared);
        QCOMPARE(attempt(a1, QStringLiteral("DELETE FROM reason_templates WHERE user_id IS NULL")).rows, 0);
    }

    void adminLogIsReadByItsWriterAndTheProvince()
    {
        QSqlDatabase a1 = as(QStringLiteral("a1"));
        QVERIFY(attempt(a1, QStringLiteral("INSERT INTO admin_log (user_id, kind, detail, logged_at) VALUES (gme_my_user_id(), 'note', 'a1', 'now')")).ok);
        QCOMPARE(scalar(a1, QStringLiteral("SELECT count(*) FROM admin_log WHERE user_id IS DISTINCT FROM gme_my_user_id()")).toInt(), 0);
        QCOMPARE(scalar(as(QStringLiteral("a2")), QStringLiteral("SELECT count(*) FROM admin_log WHERE detail = 'a1'")).toInt(), 0);
        QCOMPARE(scalar(as(QStringLiteral("prov")), QStringLiteral("SELECT count(*) FROM admin_log WHERE detail = 'a1'")).toInt(), 1);
    }

    void onlyTheProvinceExtendsAWindowAndOnlyItsClosingTime()
    {
        const QString extend = QStringLiteral("UPDATE stage_windows SET closes_at = ? WHERE batch_id = ? AND stage = 'base_review'");
        const QString later = serverTime(5);
        QVERIFY(!attempt(as(QStringLiteral("a1")), extend, {later, m_batch}).ok);
        QVERIFY(!attempt(as(QStringLiteral("ca")), extend, {later, m_batch}).ok);
        QVERIFY(!attempt(as(QStringLiteral("prov")), QStringLiteral("UPDATE stage_windows SET opens_at = 'x' WHERE batch_id = ?"), {m_batch}).ok);
        const Outcome ok = attempt(as(QStringLiteral("prov")), extend, {later, m_batch});
        QVERIFY2(ok.ok, qPrintable(ok.error));
        QCOMPARE(ok.rows, 1);
        setWindow(QStringLiteral("base_review"), -1, 1);
    }

    void referenceDataIsReadOnlyForApplicationUsers()
    {
        QSqlDatabase admin = as(QStringLiteral("admin"));
        QVERIFY(scalar(admin, QStringLiteral("SELECT count(*) FROM orgs")).toInt() >= 6);
        QVERIFY(!attempt(admin, QStringLiteral("UPDATE orgs SET parent_id = NULL")).ok);
        QVERIFY(!attempt(admin, QStringLiteral("INSERT INTO workflow_transitions VALUES ('completion_exam', 'base', 'base_review', 'submitted', 'pass', 'final_passed')")).ok);
        QVERIFY(!attempt(admin, QStringLiteral("DELETE FROM schema_version")).ok);
    }

    void aChangeIsAnnouncedToOtherSessions()
    {
        QSqlDatabase listener = as(QStringLiteral("ca"));
        QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("gme_queue_changed")));
        QSignalSpy spy(listener.driver(), &QSqlDriver::notification);
        const qint64 reg = addRegistration(m_baseA1, QStringLiteral("submitted"));
        QVERIFY(spy.wait(5000)); // the owner's insert
        spy.clear();
        QVERIFY(pass(QStringLiteral("a1"), reg, QStringLiteral("base_passed")).ok);
        QVERIFY(spy.wait(5000));
        const QList<QVariant> args = spy.takeFirst();
        QCOMPARE(args.at(0).toString(), QStringLiteral("gme_queue_changed"));
        QCOMPARE(args.at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::NotificationSource::OtherSource);
        QCOMPARE(args.at(2).toString(), QStringLiteral("a1"));
        listener.driver()->unsubscribeFromNotification(QStringLiteral("gme_queue_changed"));
    }

    // Last: it kills the server under every open session.
    void committedReviewsSurviveAServerCrashAndTheRulesStillHold()
    {
        const qint64 reg = addRegistration(m_baseA1, QStringLiteral("submitted"));
        QVERIFY(pass(QStringLiteral("a1"), reg, QStringLiteral("base_passed")).ok);
        m_fx->server().kill();
        QVERIFY(!m_fx->server().isRunning());
        QVERIFY2(m_fx->server().start(), qPrintable(m_fx->server().error()));
        QSqlDatabase a1 = m_fx->server().connect(QStringLiteral("after-crash-a1"), QStringLiteral("a1"), passwordOf(QStringLiteral("a1")));
        QCOMPARE(scalar(a1, QStringLiteral("SELECT state FROM registrations WHERE id = ?"), {reg}).toString(), QStringLiteral("base_passed"));
        QCOMPARE(scalar(a1, QStringLiteral("SELECT version FROM registrations WHERE id = ?"), {reg}).toInt(), 2);
        QVERIFY(!attempt(a1, QStringLiteral("UPDATE registrations SET state = 'final_passed', version = version + 1 WHERE id = ?"), {reg}).ok);
    }

    void cleanupTestCase()
    {
        m_fx.reset();
    }
};

QTEST_GUILESS_MAIN(TestPgServerRules)
#include "tst_pg_server_rules.moc"
