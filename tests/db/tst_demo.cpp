#include "Clock.h"
#include "auth/Authenticator.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "demo/DemoProvince.h"
#include "domain/IdNumber.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace gme;

namespace {

constexpr int kTrainees = 2000;

// Every row of a query as one text, for comparing databases.
QString dump(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return QStringLiteral("error: ") + q.lastError().text();
    QString out;
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            out += q.value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

QVariant value(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("error: ") + q.lastError().text();
    return q.value(0);
}

qint64 number(const QSqlDatabase &db, const QString &sql) { return value(db, sql).toLongLong(); }

} // namespace

// The demo province at N = 2000: deterministic, complete and consistent with the review rules.
class TestDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(10, 30))};
    std::unique_ptr<Database> m_a, m_b, m_c;

    std::unique_ptr<Database> create(const QString &name, quint32 seed, int trainees = kTrainees)
    {
        auto db = std::make_unique<Database>(m_dir.filePath(name));
        db->migrate();
        DemoOptions o;
        o.trainees = trainees;
        o.seed = seed;
        if (!createDemoProvince(*db, o, m_clock))
            return nullptr;
        return db;
    }
    QSqlDatabase a() const { return m_a->connection(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_a = create(QStringLiteral("a.sqlite"), 7);
        m_b = create(QStringLiteral("b.sqlite"), 7);
        m_c = create(QStringLiteral("c.sqlite"), 8);
        QVERIFY(m_a && m_b && m_c);
    }

    void sameSeedSameProvince()
    {
        const QStringList queries{
            QStringLiteral("SELECT * FROM orgs ORDER BY id"),
            QStringLiteral("SELECT id, username, display_name, role, org_id FROM users ORDER BY id"),
            QStringLiteral("SELECT * FROM trainees ORDER BY id"),
            QStringLiteral("SELECT * FROM registrations ORDER BY id"),
            QStringLiteral("SELECT * FROM decisions ORDER BY id"),
            QStringLiteral("SELECT * FROM batch_actions ORDER BY id"),
            QStringLiteral("SELECT id, registration_id, kind, file_name, mime_type, uploaded_at FROM evidence ORDER BY id"),
        };
        for (const QString &sql : queries)
            QVERIFY2(dump(a(), sql) == dump(m_b->connection(), sql), qPrintable(sql));
        QVERIFY(dump(a(), queries.at(2)) != dump(m_c->connection(), queries.at(2)));
        QVERIFY(dump(a(), queries.at(3)) != dump(m_c->connection(), queries.at(3)));
    }

    void sizesAreAsAsked()
    {
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM trainees")), kTrainees);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM orgs WHERE kind = 'city'")), 21);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM orgs WHERE kind = 'school'")), 1);
        const qint64 resident = number(a(), QStringLiteral("SELECT COUNT(*) FROM orgs WHERE kind = 'base' AND track = 'resident'"));
        const qint64 gp = number(a(), QStringLiteral("SELECT COUNT(*) FROM orgs WHERE kind = 'base' AND track = 'assistant_gp'"));
        QVERIFY2(resident >= 55 && resident <= 65, qPrintable(QString::number(resident)));
        QVERIFY2(gp >= 95 && gp <= 110, qPrintable(QString::number(gp)));
        QVERIFY(number(a(), QStringLiteral("SELECT COUNT(*) FROM orgs WHERE kind = 'unit'")) >= 3);
        QCOMPARE(value(a(), QStringLiteral("SELECT name FROM orgs WHERE code = '4401'")).toString(), QStringLiteral(u"广州市"));
        QCOMPARE(value(a(), QStringLiteral("SELECT name FROM orgs WHERE code = '4453'")).toString(), QStringLiteral(u"云浮市"));
        QCOMPARE(value(a(), QStringLiteral("SELECT name FROM orgs WHERE kind = 'province'")).toString(), QStringLiteral(u"广东省"));
        QCOMPARE(value(a(), QStringLiteral("SELECT name FROM specialties WHERE code = '0100'")).toString(), QStringLiteral(u"内科"));
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM specialties WHERE track = 'assistant_gp'")), 1);
        // The references the load did not check row by row hold.
        QCOMPARE(dump(a(), QStringLiteral("PRAGMA foreign_key_check")), QString());
        QCOMPARE(value(a(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(number(a(), QStringLiteral("PRAGMA foreign_keys")), 1); // restored after the load
    }

    void everyStateIsPresent()
    {
        const QStringList states{QStringLiteral("submitted"), QStringLiteral("base_passed"), QStringLiteral("city_passed"),
                                 QStringLiteral("final_passed"), QStringLiteral("rejected"), QStringLiteral("returned"),
                                 QStringLiteral("cancelled")};
        const qint64 base1 = number(a(), QStringLiteral("SELECT org_id FROM users WHERE username = 'base1'"));
        for (const QString &s : states) {
            const QString current = QStringLiteral("SELECT COUNT(*) FROM registrations r JOIN exam_batches b ON b.id = r.batch_id "
                                                   "WHERE b.status = 'open' AND r.state = '%1'").arg(s);
            QVERIFY2(number(a(), current) > 0, qPrintable(s));
            QVERIFY2(number(a(), current + QStringLiteral(" AND r.base_id = %1").arg(base1)) > 0, qPrintable(s));
        }
        // Last year's batches are finished: no row is still waiting for a reviewer.
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM registrations r JOIN exam_batches b ON b.id = r.batch_id "
                                            "WHERE b.status = 'closed' AND r.state IN ('submitted', 'base_passed', 'city_passed')")),
                 0);
        QVERIFY(number(a(), QStringLiteral("SELECT COUNT(*) FROM registrations r JOIN exam_batches b ON b.id = r.batch_id "
                                           "WHERE b.status = 'closed' AND r.state = 'final_passed'")) > 0);
        // Some were returned and then resubmitted.
        QVERIFY(number(a(), QStringLiteral("SELECT COUNT(*) FROM decisions WHERE action = 'resubmit'")) > 0);
    }

    void makeupCandidates()
    {
        const double current = number(a(), QStringLiteral("SELECT COUNT(*) FROM registrations r JOIN exam_batches b "
                                                          "ON b.id = r.batch_id WHERE b.status = 'open'"));
        const double makeup = number(a(), QStringLiteral("SELECT COUNT(*) FROM registrations WHERE is_makeup = 1"));
        QVERIFY2(makeup / current > 0.02 && makeup / current < 0.10, qPrintable(QString::number(makeup / current)));
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM registrations WHERE is_makeup = 1 "
                                            "AND subjects NOT IN ('theory', 'skills')")), 0);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM registrations WHERE is_makeup = 0 "
                                            "AND subjects <> 'theory,skills'")), 0);
        // A make-up candidate passed last year's review and sat the exam then.
        QCOMPARE(number(a(), QStringLiteral(
                     "SELECT COUNT(*) FROM registrations m WHERE m.is_makeup = 1 AND NOT EXISTS ("
                     " SELECT 1 FROM registrations p JOIN exam_batches b ON b.id = p.batch_id "
                     " WHERE p.trainee_id = m.trainee_id AND b.status = 'closed' AND p.state = 'final_passed')")),
                 0);
    }

    void idNumbersAreValid()
    {
        QSqlQuery q(a());
        QVERIFY(q.exec(QStringLiteral("SELECT t.id_number, t.gender, t.birth_date, t.name, o.code, p.code "
                                      "FROM trainees t JOIN orgs o ON o.id = t.base_id JOIN orgs p ON p.id = o.parent_id")));
        QSet<QString> seen;
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString id = q.value(0).toString();
            const IdCheck c = checkResidentId(id);
            QVERIFY2(c.ok(), qPrintable(id));
            QCOMPARE(c.normalized, id);
            QCOMPARE(c.male, q.value(1).toString() == QLatin1String("M"));
            QCOMPARE(c.birthDate.toString(Qt::ISODate), q.value(2).toString());
            QVERIFY(c.birthDate.year() >= 1988 && c.birthDate.year() <= 2000);
            QVERIFY(id.startsWith(QLatin1String("44")));
            const QString authority = q.value(5).toString();
            if (authority != QLatin1String("4490")) // school-authority bases may be in any city
                QVERIFY2(id.startsWith(authority), qPrintable(id + QLatin1Char(' ') + authority));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            const QString name = q.value(3).toString();
            QVERIFY(name.size() >= 2 && name.size() <= 3);
        }
        QCOMPARE(rows, kTrainees);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM trainees WHERE track = 'resident' AND specialty_code = '9900'")), 0);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM trainees WHERE track = 'assistant_gp' AND licence_number IS NOT NULL")), 0);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM trainees t JOIN orgs o ON o.id = t.base_id WHERE o.track <> t.track")), 0);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM trainees WHERE training_start >= training_end")), 0);
    }

    void historyMatchesEveryState()
    {
        // Every registration: a submission first, each decision starting where the last one
        // ended, the last ending in the registration's state, one version per decision, and the
        // times in order.
        QSqlQuery regs(a());
        QVERIFY(regs.exec(QStringLiteral("SELECT id, state, version, submitted_at, updated_at FROM registrations ORDER BY id")));
        QSqlQuery d(a());
        QVERIFY(d.exec(QStringLiteral("SELECT registration_id, action, from_state, to_state, decided_at, stage "
                                      "FROM decisions ORDER BY registration_id, id")));
        bool more = d.next();
        int checked = 0;
        while (regs.next()) {
            const qint64 id = regs.value(0).toLongLong();
            QStringList actions;
            QString state;
            QString last;
            bool reviewed = false;
            while (more && d.value(0).toLongLong() == id) {
                const QString action = d.value(1).toString();
                if (actions.isEmpty()) {
                    QCOMPARE(action, QStringLiteral("submit"));
                    QVERIFY(d.value(2).isNull());
                    QCOMPARE(d.value(4).toString(), regs.value(3).toString());
                } else {
                    QCOMPARE(d.value(2).toString(), state);
                    QVERIFY2(d.value(4).toString() > last, qPrintable(QString::number(id)));
                }
                if (action == QLatin1String("cancel"))
                    QVERIFY2(!reviewed, "cancelled after a review");
                if (action == QLatin1String("pass") || action == QLatin1String("reject") || action == QLatin1String("return"))
                    reviewed = true;
                actions.append(action);
                state = d.value(3).toString();
                last = d.value(4).toString();
                more = d.next();
            }
            QVERIFY2(!actions.isEmpty(), qPrintable(QString::number(id)));
            QCOMPARE(state, regs.value(1).toString());
            QCOMPARE(int(actions.size()), regs.value(2).toInt());
            QCOMPARE(last, regs.value(4).toString());
            ++checked;
        }
        QVERIFY(!more);
        QVERIFY(checked > kTrainees);
        // Rejections and returns carry a reason; passes do not.
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM decisions WHERE action IN ('reject', 'return') "
                                            "AND (reason IS NULL OR reason = '')")), 0);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM decisions WHERE action = 'pass' AND reason IS NOT NULL")), 0);
    }

    void decisionsFollowTheWorkflow()
    {
        // Only the transitions of Workflow::completionExam() (plus the submission) occur.
        const QString allowed = QStringLiteral(
            "('registration|submit||submitted', 'base_review|pass|submitted|base_passed',"
            " 'base_review|reject|submitted|rejected', 'base_review|return|submitted|returned',"
            " 'base_review|resubmit|returned|submitted', 'base_review|cancel|submitted|cancelled',"
            " 'city_review|pass|base_passed|city_passed', 'city_review|reject|base_passed|rejected',"
            " 'city_review|return|base_passed|returned', 'final_review|pass|city_passed|final_passed',"
            " 'final_review|reject|city_passed|rejected', 'final_review|return|city_passed|returned')");
        QCOMPARE(dump(a(), QStringLiteral("SELECT DISTINCT stage || '|' || action || '|' || COALESCE(from_state, '') || '|' || to_state "
                                          "FROM decisions WHERE stage || '|' || action || '|' || COALESCE(from_state, '') || '|' || to_state "
                                          "NOT IN %1").arg(allowed)),
                 QString());
    }

    void decisionsAreByTheRightReviewers()
    {
        // Base decisions by a user of the registration's base, second reviews by a user of the
        // base's city or school authority, final reviews by the province; submissions by the trainee.
        const QString wrong = QStringLiteral(
            "SELECT COUNT(*) FROM decisions d JOIN registrations r ON r.id = d.registration_id "
            "JOIN orgs b ON b.id = r.base_id LEFT JOIN users u ON u.id = d.user_id WHERE ");
        QCOMPARE(number(a(), wrong + QStringLiteral("d.stage = 'base_review' AND (u.role <> 'base' OR u.org_id <> r.base_id)")), 0);
        QCOMPARE(number(a(), wrong + QStringLiteral("d.stage = 'city_review' AND (u.role <> 'municipal' OR u.org_id <> b.parent_id)")), 0);
        QCOMPARE(number(a(), wrong + QStringLiteral("d.stage = 'final_review' AND u.role <> 'provincial'")), 0);
        QCOMPARE(number(a(), wrong + QStringLiteral("d.stage = 'registration' AND d.user_id IS NOT NULL")), 0);
        QCOMPARE(number(a(), wrong + QStringLiteral("d.stage <> 'registration' AND (d.user_id IS NULL OR d.batch_action_id IS NULL)")), 0);
        // registrations.base_id is the trainee's base.
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM registrations r JOIN trainees t ON t.id = r.trainee_id "
                                            "WHERE t.base_id <> r.base_id")), 0);
    }

    void batchActionsAgreeWithTheirDecisions()
    {
        QCOMPARE(number(a(), QStringLiteral(
                     "SELECT COUNT(*) FROM batch_actions ba WHERE ba.row_count <> "
                     "(SELECT COUNT(*) FROM decisions d WHERE d.batch_action_id = ba.id)")), 0);
        QCOMPARE(number(a(), QStringLiteral(
                     "SELECT COUNT(*) FROM decisions d JOIN batch_actions ba ON ba.id = d.batch_action_id "
                     "WHERE d.user_id <> ba.user_id OR d.stage <> ba.stage OR d.action <> ba.action "
                     "OR d.decided_at <> ba.applied_at OR COALESCE(d.reason, '') <> COALESCE(ba.reason, '')")), 0);
        // A batch holds rows of one exam batch.
        QCOMPARE(number(a(), QStringLiteral(
                     "SELECT COUNT(*) FROM (SELECT d.batch_action_id FROM decisions d JOIN registrations r "
                     "ON r.id = d.registration_id WHERE d.batch_action_id IS NOT NULL "
                     "GROUP BY d.batch_action_id HAVING COUNT(DISTINCT r.batch_id) > 1)")), 0);
        QVERIFY(number(a(), QStringLiteral("SELECT MAX(row_count) FROM batch_actions")) > 10);
    }

    void windowsAndDecisionTimes()
    {
        // This year's windows are open now, last year's are closed; every decision falls inside
        // the window of its stage.
        const QString now = toDbTime(m_clock.now());
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM exam_batches")), 4);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM stage_windows w JOIN exam_batches b ON b.id = w.batch_id "
                                            "WHERE b.status = 'open' AND b.year = 2026 AND w.opens_at <= '%1' AND '%1' < w.closes_at").arg(now)),
                 8);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM stage_windows w JOIN exam_batches b ON b.id = w.batch_id "
                                            "WHERE b.status = 'closed' AND b.year = 2025 AND w.closes_at < '%1'").arg(now)),
                 8);
        QCOMPARE(number(a(), QStringLiteral(
                     "SELECT COUNT(*) FROM decisions d JOIN registrations r ON r.id = d.registration_id "
                     "JOIN stage_windows w ON w.batch_id = r.batch_id AND w.stage = d.stage "
                     "WHERE d.decided_at < w.opens_at OR d.decided_at >= w.closes_at OR d.decided_at > '%1'").arg(now)), 0);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM evidence e JOIN registrations r ON r.id = e.registration_id "
                                            "WHERE e.uploaded_at > r.submitted_at")), 0);
        // No flow's log has a decision in the future (the history page lists them newest first).
        for (const char *log : {"application_decisions", "change_request_decisions", "reduction_decisions",
                                "teacher_decisions"}) {
            QVERIFY(number(a(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(log))) > 0);
            QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE decided_at > '%2'").arg(QLatin1String(log), now)), 0);
        }
    }

    void evidenceMatchesItsBlobs()
    {
        QSqlQuery blobs(a());
        QVERIFY(blobs.exec(QStringLiteral("SELECT sha256, content FROM evidence_blobs")));
        int count = 0;
        while (blobs.next()) {
            const QByteArray content = blobs.value(1).toByteArray();
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()),
                     blobs.value(0).toString());
            QVERIFY(content.startsWith("%PDF") || content.startsWith("\xFF\xD8"));
            ++count;
        }
        QVERIFY2(count >= 5 && count <= 12, qPrintable(QString::number(count)));
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM evidence e LEFT JOIN evidence_blobs b ON b.sha256 = e.sha256 "
                                            "WHERE b.sha256 IS NULL OR length(b.content) <> e.size_bytes")), 0);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM (SELECT registration_id, COUNT(*) n FROM evidence "
                                            "GROUP BY registration_id HAVING n < 2 OR n > 4)")), 0);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM registrations r WHERE NOT EXISTS "
                                            "(SELECT 1 FROM evidence e WHERE e.registration_id = r.id)")), 0);
        // Photos are JPGs named by ID number; the process register is always there.
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM evidence e JOIN registrations r ON r.id = e.registration_id "
                                            "JOIN trainees t ON t.id = r.trainee_id WHERE e.kind = 'photo' "
                                            "AND (e.file_name <> t.id_number || '.jpg' OR e.mime_type <> 'image/jpeg')")), 0);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(DISTINCT registration_id) FROM evidence WHERE kind = 'process_register'")),
                 number(a(), QStringLiteral("SELECT COUNT(*) FROM registrations")));
        // The notice asks for 150–300 KB certificate photos.
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM evidence WHERE kind = 'photo' "
                                            "AND (size_bytes < 150 * 1024 OR size_bytes > 300 * 1024)")), 0);
        QVERIFY(number(a(), QStringLiteral("SELECT COUNT(*) FROM evidence WHERE kind = 'reduction_proof'")) > 0);
        QVERIFY(number(a(), QStringLiteral("SELECT COUNT(*) FROM evidence WHERE kind = 'licence'")) > 0);
    }

    void demoUsers_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("orgKind");
        QTest::addColumn<QString>("orgName");
        QTest::newRow("province") << "province" << "provincial" << "province" << QStringLiteral(u"广东省");
        QTest::newRow("guangzhou") << "guangzhou" << "municipal" << "city" << QStringLiteral(u"广州市");
        QTest::newRow("school") << "school" << "municipal" << "school" << QStringLiteral(u"省属高校主管部门");
        QTest::newRow("base1") << "base1" << "base" << "base" << QStringLiteral(u"广州市第一人民医院");
        QTest::newRow("gpbase1") << "gpbase1" << "base" << "base" << QString();
        QTest::newRow("admin") << "admin" << "sysadmin" << "province" << QStringLiteral(u"广东省");
        QTest::newRow("city-4403") << "city-4403" << "municipal" << "city" << QStringLiteral(u"深圳市");
    }

    void demoUsers()
    {
        QFETCH(QString, username);
        QFETCH(QString, role);
        QFETCH(QString, orgKind);
        QFETCH(QString, orgName);
        const SignInResult r = Authenticator(a(), m_clock).signIn(username, QString::fromLatin1(kDemoPassword));
        QCOMPARE(r.outcome, SignInResult::Outcome::SignedIn);
        QCOMPARE(roleCode(r.user->role), role);
        QCOMPARE(value(a(), QStringLiteral("SELECT kind FROM orgs WHERE id = %1").arg(r.user->orgId)).toString(), orgKind);
        if (!orgName.isEmpty())
            QCOMPARE(r.user->orgName, orgName);
        QVERIFY(!r.user->displayName.isEmpty());
    }

    void demoUserScopes()
    {
        // base1 is a resident base under 广州市 with many rows; gpbase1 an assistant-GP base.
        QCOMPARE(value(a(), QStringLiteral("SELECT p.code FROM users u JOIN orgs o ON o.id = u.org_id "
                                           "JOIN orgs p ON p.id = o.parent_id WHERE u.username = 'base1'")).toString(),
                 QStringLiteral("4401"));
        QCOMPARE(value(a(), QStringLiteral("SELECT o.track FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.username = 'base1'")).toString(),
                 QStringLiteral("resident"));
        QCOMPARE(value(a(), QStringLiteral("SELECT o.track FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.username = 'gpbase1'")).toString(),
                 QStringLiteral("assistant_gp"));
        QVERIFY(number(a(), QStringLiteral("SELECT COUNT(*) FROM registrations r JOIN users u ON u.org_id = r.base_id "
                                           "WHERE u.username = 'base1'")) > 50);
        QVERIFY(number(a(), QStringLiteral("SELECT COUNT(*) FROM orgs o JOIN users u ON u.org_id = o.parent_id "
                                           "WHERE u.username = 'school' AND o.kind = 'base'")) >= 5);
        // One user per city and per base besides the named ones.
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM users WHERE username LIKE 'city-%'")), 21);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM users WHERE username LIKE 'base-%'")),
                 number(a(), QStringLiteral("SELECT COUNT(*) FROM orgs WHERE kind = 'base'")));
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM users u JOIN orgs o ON o.id = u.org_id "
                                            "WHERE u.username LIKE 'base-%' AND u.username <> 'base-' || o.code")), 0);
        // Every demo user shares the one hash of the demo password.
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(DISTINCT password_hash) FROM users")), 1);
    }

    void recruitmentAndChangeQueuesAreNotEmpty()
    {
        // base1 shows every recruitment state; no plan is over-admitted; sent results both open and locked.
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(DISTINCT a.state) FROM applications a JOIN orgs o ON o.id = a.base_id "
                                            "WHERE o.code = (SELECT code FROM orgs WHERE kind = 'base' ORDER BY id LIMIT 1)")), 11);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM admission_plans p WHERE p.quota < (SELECT COUNT(*) FROM "
                                            "applications a WHERE a.round_id = p.round_id AND a.base_id = p.base_id AND "
                                            "a.admitted_specialty = p.specialty_code AND a.state IN "
                                            "('admitted', 'sent', 'accepted', 'confirmed', 'reported'))")), 0);
        QVERIFY(number(a(), QStringLiteral("SELECT COUNT(*) FROM applications WHERE state = 'sent'")) > 0);
        QVERIFY(number(a(), QStringLiteral("SELECT COUNT(*) FROM change_requests WHERE state = 'submitted'")) > 0);
        // every application has its log, starting with the submission
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM applications a WHERE NOT EXISTS (SELECT 1 FROM "
                                            "application_decisions d WHERE d.application_id = a.id AND d.action = 'submit')")), 0);
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM applications a WHERE a.state <> (SELECT d.to_state FROM "
                                            "application_decisions d WHERE d.application_id = a.id ORDER BY d.decided_at DESC, d.id DESC LIMIT 1)")), 0);
    }

    void refusesANonEmptyDatabase()
    {
        DemoOptions o;
        o.trainees = 10;
        QVERIFY_THROWS_EXCEPTION(DbError, createDemoProvince(*m_a, o, m_clock));
        try {
            createDemoProvince(*m_a, o, m_clock);
        } catch (const DbError &e) {
            QVERIFY2(e.message().contains(QLatin1String("organisations")), qPrintable(e.message()));
        }
        QCOMPARE(number(a(), QStringLiteral("SELECT COUNT(*) FROM trainees")), kTrainees);
    }

    void worksOnAWorkerThread()
    {
        // The first-run dialog creates the demo off the GUI thread; PDFs with text included.
        Database db(m_dir.filePath(QStringLiteral("thread.sqlite")));
        db.migrate();
        bool created = false;
        QString error;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            try {
                DemoOptions o;
                o.trainees = 200;
                created = createDemoProvince(db, o, m_clock);
            } catch (const DbError &e) {
                error = e.message();
            }
        }));
        worker->start();
        QVERIFY(worker->wait(120000));
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(number(db.connection(), QStringLiteral("SELECT COUNT(*) FROM trainees")), 200);
        QVERIFY(number(db.connection(), QStringLiteral("SELECT MIN(length(content)) FROM evidence_blobs")) > 10000);
    }

    void cancelLeavesNothing()
    {
        Database db(m_dir.filePath(QStringLiteral("cancel.sqlite")));
        db.migrate();
        DemoOptions o;
        o.trainees = 1500;
        int calls = 0;
        const bool done = createDemoProvince(db, o, m_clock, [&](int doneCount, int total) {
            ++calls;
            return doneCount < total / 2;
        });
        QVERIFY(!done);
        QVERIFY(calls >= 2);
        for (const char *table : {"orgs", "users", "trainees", "registrations", "decisions", "batch_actions",
                                  "evidence", "evidence_blobs", "exam_batches", "specialties"})
            QCOMPARE(number(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), 0);
        // The indexes the load dropped inside its transaction are back.
        QVERIFY(number(db.connection(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                                       "AND name = 'registrations_state'")) == 1);
        // And afterwards the same database takes a full demo.
        QVERIFY(createDemoProvince(db, o, m_clock));
        QCOMPARE(number(db.connection(), QStringLiteral("SELECT COUNT(*) FROM trainees")), 1500);
    }
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
