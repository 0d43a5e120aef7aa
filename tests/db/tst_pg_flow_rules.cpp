// Central mode: the server checks the moves of recruitment, change requests, training-year
// reductions and teachers itself (sql/postgres/016_flow_rules.sql), as it does for registrations.
// Raw SQL goes over each user's OWN login to a real PostgreSQL 15, as any client could send it; the
// legal moves go through gmedesk's review engine over the same logins and must still pass.
//
//   province P ── city CA ── base A1        users: a1 and a1b (base A1), b1 (base B1),
//              └─ city CB ── base B1               ca (municipal CA), prov (provincial)
//   every recruitment window is open a day either side of the server's clock.
#include "Clock.h"
#include "PgFixture.h"
#include "PgSeed.h"
#include "TestSupport.h"
#include "changes/ChangeWorkflow.h"
#include "db/Database.h"
#include "recruitment/RecruitmentWorkflow.h"
#include "review/ReviewEngine.h"
#include "teachers/TeacherWorkflow.h"
#include "years/ReductionRequests.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

namespace {

QString passwordOf(const QString &user) { return QStringLiteral("pw-") + user; }

// A flow's item table and its decision log.
struct FlowTables
{
    const char *items;
    const char *log;
    const char *logLink;
};

constexpr FlowTables kFlows[] = {
    {"applications", "application_decisions", "application_id"},
    {"change_requests", "change_request_decisions", "change_request_id"},
    {"reduction_requests", "reduction_decisions", "request_id"},
    {"teachers", "teacher_decisions", "teacher_id"},
};

} // namespace

class TestPgFlowRules : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgFixture> m_fx; // server, owner migrated, users' own sessions
    SystemClock m_clock;
    qint64 m_a1 = 0, m_b1 = 0, m_round = 0, m_dept = 0;
    int m_nextPerson = 1;

    QSqlDatabase owner() const { return m_fx->owner(); }

    QSqlDatabase as(const QString &user) { return m_fx->as(user); }

    User userNamed(const QString &name) const { return m_fx->user(name); }

    // One batch through gmedesk's engine, over the user's own login.
    BatchResult engineApplies(const QString &user, const Workflow &flow, const QString &action, qint64 id,
                              const QString &reason = {})
    {
        ReviewEngine engine(as(user), userNamed(user), flow, m_clock);
        return engine.apply(BatchRequest::of(action, {BatchRow{id, versionOf(flow.spec().storage.table, id)}}, reason));
    }

    int versionOf(const QString &table, qint64 id) const
    {
        return scalar(owner(), QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table), {id}).toInt();
    }
    QString stateOf(const QString &table, qint64 id) const
    {
        return scalar(owner(), QStringLiteral("SELECT state FROM %1 WHERE id = ?").arg(table), {id}).toString();
    }

    qint64 insertOrg(const QString &code, const QString &kind, qint64 parent) { return addOrg(owner(), code, kind, parent); }

    // Server time shifted by some hours, as the app stores times.
    QString serverTime(int hours) const
    {
        return scalar(owner(), QStringLiteral("SELECT to_char(localtimestamp + make_interval(hours => ?), 'YYYY-MM-DD\"T\"HH24:MI:SS')"),
                      {hours}).toString();
    }

    qint64 addApplication(qint64 base, const QString &state, const QString &sentAt = {},
                          const QString &choice = QStringLiteral("0100"))
    {
        const int n = m_nextPerson++;
        return scalar(owner(), QStringLiteral(
            "INSERT INTO applications (round_id, base_id, id_number, name, gender, person_type, choice1, admitted_specialty, "
            "state, sent_at, submitted_at, updated_at) VALUES (?, ?, ?, ?, 'F', 'social', ?, "
            "CASE WHEN ? IN ('applied', 'pre_admitted') THEN NULL ELSE ? END, ?, ?, '2026-01-01T09:00:00', "
            "'2026-01-01T09:00:00') RETURNING id"),
            {m_round, base, QStringLiteral("A%1").arg(n), QStringLiteral(u"考生%1").arg(n), choice, state, choice, state,
             sentAt.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(sentAt)}).toLongLong();
    }

    qint64 addTrainee(qint64 base)
    {
        const int n = m_nextPerson++;
        return scalar(owner(), QStringLiteral(
            "INSERT INTO trainees (id_number, name, gender, person_type, track, base_id, specialty_code, training_start, "
            "training_end, training_years) VALUES (?, ?, 'M', 'social', 'resident', ?, '0100', '2025-09-01', '2028-08-31', 3) "
            "RETURNING id"), {QStringLiteral("T%1").arg(n), QStringLiteral(u"学员%1").arg(n), base}).toLongLong();
    }

    qint64 addChangeRequest(qint64 base, const QString &state = QStringLiteral("submitted"))
    {
        return scalar(owner(), QStringLiteral(
            "INSERT INTO change_requests (trainee_id, base_id, kind, old_value, new_value, old_label, new_label, reason, "
            "state, submitted_at, updated_at) VALUES (?, ?, 'person_type', 'social', 'unit', 'social', 'unit', ?, ?, "
            "'2026-01-01T09:00:00', '2026-01-01T09:00:00') RETURNING id"),
            {addTrainee(base), base, QStringLiteral(u"单位委派"), state}).toLongLong();
    }

    qint64 addReduction(qint64 base, const QString &state = QStringLiteral("submitted"))
    {
        return scalar(owner(), QStringLiteral(
            "INSERT INTO reduction_requests (trainee_id, base_id, from_years, to_years, reason, proof_file_name, proof_size, "
            "proof_sha256, state, filed_at, updated_at) VALUES (?, ?, 3, 2, ?, 'proof.pdf', 4, 'proof-sha', ?, "
            "'2026-01-01T09:00:00', '2026-01-01T09:00:00') RETURNING id"),
            {addTrainee(base), base, QStringLiteral(u"已取得硕士学位"), state}).toLongLong();
    }

    qint64 addTeacher(qint64 base, qint64 department, const QString &state = QStringLiteral("registered"))
    {
        const int n = m_nextPerson++;
        return scalar(owner(), QStringLiteral(
            "INSERT INTO teachers (base_id, department_id, name, id_number, title, attending_since, state, updated_at) "
            "VALUES (?, ?, ?, ?, 'attending', '2015-01-01', ?, '2026-01-01T09:00:00') RETURNING id"),
            {base, department, QStringLiteral(u"带教%1").arg(n), QStringLiteral("D%1").arg(n), state}).toLongLong();
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<PgFixture>(QStringLiteral("flow-"), passwordOf);
        QVERIFY2(m_fx->start(), qPrintable(m_fx->error()));
        QVERIFY(m_fx->schemaVersion() >= 16);

        const qint64 province = insertOrg(QStringLiteral("P"), QStringLiteral("province"), 0);
        const qint64 cityA = insertOrg(QStringLiteral("CA"), QStringLiteral("city"), province);
        const qint64 cityB = insertOrg(QStringLiteral("CB"), QStringLiteral("city"), province);
        m_a1 = insertOrg(QStringLiteral("A1"), QStringLiteral("base"), cityA);
        m_b1 = insertOrg(QStringLiteral("B1"), QStringLiteral("base"), cityB);
        execSql(owner(), QStringLiteral("INSERT INTO specialties (code, name, track) VALUES ('0100', ?, 'resident'), ('0200', ?, 'resident')"),
                {QStringLiteral(u"内科"), QStringLiteral(u"儿科")});
        execSql(owner(), QStringLiteral("INSERT INTO evidence_blobs (sha256, content) VALUES ('proof-sha', ?)"),
                {QByteArray("%PDF")});
        m_round = scalar(owner(), QStringLiteral("INSERT INTO recruitment_rounds (name, year, track) VALUES (?, 2026, 'resident') RETURNING id"),
                         {QStringLiteral(u"2026年住院医师招录")}).toLongLong();
        execSql(owner(), QStringLiteral(
            "INSERT INTO recruitment_windows (round_id, stage, opens_at, closes_at) "
            "SELECT ?, s, to_char(localtimestamp - interval '1 day', 'YYYY-MM-DD\"T\"HH24:MI:SS'), "
            "to_char(localtimestamp + interval '1 day', 'YYYY-MM-DD\"T\"HH24:MI:SS') "
            "FROM unnest(ARRAY['pre_audit', 'admission', 'confirmation', 'city_confirmation', 'report_in']) s"), {m_round});
        execSql(owner(), QStringLiteral("INSERT INTO admission_plans (round_id, base_id, specialty_code, quota) "
                                        "VALUES (?, ?, '0100', 10), (?, ?, '0200', 1)"), {m_round, m_a1, m_round, m_a1});
        m_dept = scalar(owner(), QStringLiteral("INSERT INTO departments (base_id, name) VALUES (?, ?) RETURNING id"),
                        {m_a1, QStringLiteral(u"心内科")}).toLongLong();

        QCOMPARE(m_fx->addUsers({{"a1", "base", "A1"}, {"a1b", "base", "A1"}, {"b1", "base", "B1"}, {"ca", "municipal", "CA"},
                                 {"prov", "provincial", "P"}}),
                 QString());
    }

    void theServerHoldsTheTransitionsOfTheCppTables()
    {
        // The engine's steps, plus the one move a service makes outside it (ReductionRequests::resubmit).
        const QList<std::pair<const Workflow *, QStringList>> flows = {
            {&Workflow::completionExam(), {}},
            {&recruit::workflow(), {}},
            {&changes::workflow(), {}},
            {&reductionWorkflow(), {QStringLiteral("base|base_review|returned|resubmit|submitted")}},
            {&teacherWorkflow(), {}},
        };
        for (const auto &[flow, serviceMoves] : flows) {
            QSet<QString> cpp(serviceMoves.cbegin(), serviceMoves.cend());
            for (const Step &s : flow->steps())
                cpp.insert(QStringList{roleCode(s.role), s.stage, s.from, s.action, s.to}.join(QLatin1Char('|')));
            QSet<QString> server;
            QSqlQuery q(owner());
            QVERIFY(q.prepare(QStringLiteral("SELECT role || '|' || stage || '|' || from_state || '|' || action || '|' || to_state "
                                             "FROM workflow_transitions WHERE workflow = ?")));
            q.addBindValue(flow->code());
            QVERIFY(q.exec());
            while (q.next())
                server.insert(q.value(0).toString());
            QVERIFY2(server == cpp, qPrintable(flow->code() + QStringLiteral(": only on the server: ")
                                                + QStringList((server - cpp).values()).join(QStringLiteral(", "))
                                                + QStringLiteral("; only in C++: ")
                                                + QStringList((cpp - server).values()).join(QStringLiteral(", "))));
        }
        // No workflow on the server that the app does not know.
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT count(DISTINCT workflow) FROM workflow_transitions")).toInt(), int(flows.size()));
    }

    // ----- recruitment ------------------------------------------------------------------------
    void recruitmentRefusesSkippingAStage()
    {
        const qint64 app = addApplication(m_a1, QStringLiteral("applied"));
        REFUSED(attempt(as(QStringLiteral("a1")), QStringLiteral("UPDATE applications SET state = 'sent', version = version + 1 WHERE id = ?"), {app}),
                "may not move application");
        REFUSED(attempt(as(QStringLiteral("a1")), QStringLiteral("UPDATE applications SET state = 'admitted', version = version + 1 WHERE id = ?"), {app}),
                "may not move application");
        // The city confirms, but only what the trainee accepted; never the base's own steps.
        REFUSED(attempt(as(QStringLiteral("ca")), QStringLiteral("UPDATE applications SET state = 'pre_admitted', version = version + 1 WHERE id = ?"), {app}),
                "a municipal user may not move");
        QCOMPARE(stateOf(QStringLiteral("applications"), app), QStringLiteral("applied"));
    }

    void recruitmentEngineMovesPassWithWhatTheyWrite()
    {
        const qint64 app = addApplication(m_a1, QStringLiteral("applied"));
        for (const QString &action : {recruit::kPreAdmit, recruit::kAdmit, recruit::kSend}) {
            const BatchResult r = engineApplies(QStringLiteral("a1"), recruit::workflow(), action, app);
            QVERIFY2(r.applied, qPrintable(action + QLatin1Char(' ') + (r.check.rows.isEmpty() ? QString() : r.check.rows.first().note)));
        }
        QCOMPARE(stateOf(QStringLiteral("applications"), app), QStringLiteral("sent"));
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT admitted_specialty FROM applications WHERE id = ?"), {app}).toString(), QStringLiteral("0100"));
        QVERIFY(!scalar(owner(), QStringLiteral("SELECT send_action_id FROM applications WHERE id = ?"), {app}).isNull());
        // The lock runs from the server's clock.
        QVERIFY(scalar(owner(), QStringLiteral("SELECT abs(extract(epoch FROM sent_at::timestamp - localtimestamp)) < 120 "
                                               "FROM applications WHERE id = ?"), {app}).toBool());
        // Within 12 hours the base may withdraw the result to change it.
        const BatchResult back = engineApplies(QStringLiteral("a1"), recruit::workflow(), recruit::kWithdraw, app);
        QVERIFY(back.applied);
        QCOMPARE(stateOf(QStringLiteral("applications"), app), QStringLiteral("admitted"));
        QVERIFY(scalar(owner(), QStringLiteral("SELECT sent_at FROM applications WHERE id = ?"), {app}).isNull());
    }

    void recruitmentTwelveHoursByTheServersClock()
    {
        QSqlDatabase a1 = as(QStringLiteral("a1"));
        const qint64 fresh = addApplication(m_a1, QStringLiteral("sent"), serverTime(-1));
        REFUSED(attempt(a1, QStringLiteral("UPDATE applications SET state = 'accepted', version = version + 1 WHERE id = ?"), {fresh}),
                "the trainee answers after that");
        const qint64 locked = addApplication(m_a1, QStringLiteral("sent"), serverTime(-13));
        REFUSED(attempt(a1, QStringLiteral("UPDATE applications SET state = 'pre_admitted', version = version + 1 WHERE id = ?"), {locked}),
                "can no longer be changed");
        // Moving sent_at back is no way round it.
        REFUSED(attempt(a1, QStringLiteral("UPDATE applications SET sent_at = ?, version = version + 1 WHERE id = ?"), {serverTime(0), locked}),
                "may change only");
        const BatchResult accepted = engineApplies(QStringLiteral("a1"), recruit::workflow(), recruit::kAccept, locked);
        QVERIFY(accepted.applied);
        QCOMPARE(stateOf(QStringLiteral("applications"), locked), QStringLiteral("accepted"));
        QVERIFY(!scalar(owner(), QStringLiteral("SELECT accepted_at FROM applications WHERE id = ?"), {locked}).isNull());
    }

    void recruitmentRefusesAMoveOutsideItsWindow()
    {
        const qint64 app = addApplication(m_a1, QStringLiteral("confirmed"));
        execSql(owner(), QStringLiteral("UPDATE recruitment_windows SET closes_at = ? WHERE round_id = ? AND stage = 'report_in'"),
                {serverTime(-1), m_round});
        REFUSED(attempt(as(QStringLiteral("a1")), QStringLiteral("UPDATE applications SET state = 'reported', version = version + 1 WHERE id = ?"), {app}),
                "report_in window of recruitment round");
        execSql(owner(), QStringLiteral("UPDATE recruitment_windows SET closes_at = ? WHERE round_id = ? AND stage = 'report_in'"),
                {serverTime(24), m_round});
        QVERIFY(attempt(as(QStringLiteral("a1")), QStringLiteral("UPDATE applications SET state = 'reported', version = version + 1 WHERE id = ?"), {app}).ok);
    }

    void recruitmentKeepsColumnsTheBaseMayNotTouch()
    {
        QSqlDatabase a1 = as(QStringLiteral("a1"));
        const qint64 app = addApplication(m_a1, QStringLiteral("sent"), serverTime(-1));
        REFUSED(attempt(a1, QStringLiteral("UPDATE applications SET name = 'someone else', version = version + 1 WHERE id = ?"), {app}),
                "name of application");
        REFUSED(attempt(a1, QStringLiteral("UPDATE applications SET accepted_at = ? WHERE id = ?"), {serverTime(0), app}),
                "must go from version");
        REFUSED(attempt(a1, QStringLiteral("UPDATE applications SET admitted_specialty = NULL, version = version + 1 WHERE id = ?"), {app}),
                "only before the result is sent");
        REFUSED(attempt(a1, QStringLiteral("UPDATE applications SET state = 'admitted', version = version + 2 WHERE id = ?"), {app}),
                "must go from version");
        REFUSED(attempt(a1, QStringLiteral("INSERT INTO applications (round_id, base_id, id_number, name, gender, person_type, choice1, "
                                           "state, submitted_at, updated_at) VALUES (?, ?, 'X1', 'x', 'M', 'social', '0100', 'confirmed', "
                                           "'2026-01-01T09:00:00', '2026-01-01T09:00:00')"), {m_round, m_a1}),
                "starts as applied");
        QCOMPARE(stateOf(QStringLiteral("applications"), app), QStringLiteral("sent"));
    }

    void recruitmentAdmitsNoMoreThanThePlan()
    {
        // One place in 0200: a raw admission takes it (the specialty not even written), the next is refused.
        QSqlDatabase a1 = as(QStringLiteral("a1"));
        const qint64 first = addApplication(m_a1, QStringLiteral("pre_admitted"), {}, QStringLiteral("0200"));
        const qint64 second = addApplication(m_a1, QStringLiteral("pre_admitted"), {}, QStringLiteral("0200"));
        const QString admit = QStringLiteral("UPDATE applications SET state = 'admitted', version = version + 1 WHERE id = ?");
        QVERIFY(attempt(a1, admit, {first}).ok);
        REFUSED(attempt(a1, admit, {second}), "is full (1 places)");
        // Nor by changing an admitted row's specialty into the full plan, or to one without a plan.
        const qint64 third = addApplication(m_a1, QStringLiteral("admitted"));
        execSql(owner(), QStringLiteral("UPDATE applications SET obey_adjustment = 1 WHERE id = ?"), {third});
        REFUSED(attempt(a1, QStringLiteral("UPDATE applications SET admitted_specialty = '0200', version = version + 1 WHERE id = ?"), {third}),
                "is full");
        execSql(owner(), QStringLiteral("INSERT INTO specialties (code, name, track) VALUES ('0300', 'x', 'resident') ON CONFLICT DO NOTHING"));
        REFUSED(attempt(a1, QStringLiteral("UPDATE applications SET admitted_specialty = '0300', version = version + 1 WHERE id = ?"), {third}),
                "has no plan");
    }

    void recruitmentPlacesAreTakenInTurnAcrossSessions()
    {
        // 0400 has one place. While one session's admission is not committed, another session of
        // the base waits for it (here it gives up after a moment); once it commits, the plan is full.
        execSql(owner(), QStringLiteral("INSERT INTO specialties (code, name, track) VALUES ('0400', ?, 'resident')"),
                {QStringLiteral(u"外科")});
        execSql(owner(), QStringLiteral("INSERT INTO admission_plans (round_id, base_id, specialty_code, quota) VALUES (?, ?, '0400', 1)"),
                {m_round, m_a1});
        const qint64 first = addApplication(m_a1, QStringLiteral("pre_admitted"), {}, QStringLiteral("0400"));
        const qint64 second = addApplication(m_a1, QStringLiteral("pre_admitted"), {}, QStringLiteral("0400"));
        const QString admit = QStringLiteral("UPDATE applications SET state = 'admitted', version = version + 1 WHERE id = ?");
        QSqlDatabase one = as(QStringLiteral("a1")), two = as(QStringLiteral("a1b"));
        QVERIFY(one.transaction());
        QVERIFY(attempt(one, admit, {first}).ok);
        QVERIFY(two.transaction());
        QVERIFY(attempt(two, QStringLiteral("SELECT set_config('lock_timeout', '300ms', true)")).ok);
        REFUSED(attempt(two, admit, {second}), "lock timeout");
        QVERIFY(two.rollback());
        QVERIFY(one.commit());
        REFUSED(attempt(two, admit, {second}), "is full (1 places)");
        QCOMPARE(stateOf(QStringLiteral("applications"), second), QStringLiteral("pre_admitted"));
    }

    void recruitmentSendingIsStampedOnceByTheServer()
    {
        // A touch of the row makes it "written in this transaction", but a sent row keeps its send time.
        QSqlDatabase a1 = as(QStringLiteral("a1"));
        const qint64 locked = addApplication(m_a1, QStringLiteral("sent"), serverTime(-13));
        QVERIFY(a1.transaction());
        QVERIFY(attempt(a1, QStringLiteral("UPDATE applications SET version = version + 1 WHERE id = ?"), {locked}).ok);
        REFUSED(attempt(a1, QStringLiteral("UPDATE applications SET sent_at = ? WHERE id = ?"), {serverTime(0), locked}),
                "already sent");
        QVERIFY(a1.rollback());
        REFUSED(attempt(a1, QStringLiteral("UPDATE applications SET state = 'admitted', version = version + 1 WHERE id = ?"), {locked}),
                "can no longer be changed");
    }

    // ----- change requests --------------------------------------------------------------------
    void changeRequestsRefuseTheBaseDecidingItsOwn()
    {
        const qint64 req = addChangeRequest(m_a1);
        REFUSED(attempt(as(QStringLiteral("a1")), QStringLiteral("UPDATE change_requests SET state = 'approved', version = version + 1 WHERE id = ?"), {req}),
                "a base user may not move change request");
        QCOMPARE(stateOf(QStringLiteral("change_requests"), req), QStringLiteral("submitted"));
    }

    void changeRequestsApprovedThroughTheEngineStayAsApproved()
    {
        const qint64 req = addChangeRequest(m_a1);
        const BatchResult r = engineApplies(QStringLiteral("ca"), changes::workflow(), changes::kApprove, req);
        QVERIFY2(r.applied, qPrintable(r.check.rows.isEmpty() ? QString() : r.check.rows.first().note));
        QCOMPARE(stateOf(QStringLiteral("change_requests"), req), QStringLiteral("approved"));
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT t.person_type FROM trainees t JOIN change_requests c ON c.trainee_id = t.id WHERE c.id = ?"),
                        {req}).toString(), QStringLiteral("unit"));
        QSqlDatabase ca = as(QStringLiteral("ca"));
        REFUSED(attempt(ca, QStringLiteral("UPDATE change_requests SET new_value = 'other', new_label = 'other', version = version + 1 WHERE id = ?"), {req}),
                "new_label, new_value of change request");
        REFUSED(attempt(ca, QStringLiteral("UPDATE change_requests SET state = 'rejected', version = version + 1 WHERE id = ?"), {req}),
                "may not move change request");
        REFUSED(attempt(as(QStringLiteral("a1")), QStringLiteral("INSERT INTO change_requests (trainee_id, base_id, kind, new_value, new_label, "
                                                              "reason, state, submitted_at, updated_at) SELECT trainee_id, base_id, kind, 'x', 'x', "
                                                              "'x', 'approved', submitted_at, updated_at FROM change_requests WHERE id = ?"), {req}),
                "starts as submitted");
    }

    // ----- training-year reductions -----------------------------------------------------------
    void reductionsRefuseSkippingToTheFinalPass()
    {
        const qint64 req = addReduction(m_a1);
        REFUSED(attempt(as(QStringLiteral("a1")), QStringLiteral("UPDATE reduction_requests SET state = 'final_passed', version = version + 1 WHERE id = ?"), {req}),
                "may not move reduction request");
        REFUSED(attempt(as(QStringLiteral("prov")), QStringLiteral("UPDATE reduction_requests SET state = 'final_passed', version = version + 1 WHERE id = ?"), {req}),
                "a provincial user may not move reduction request");
        QCOMPARE(stateOf(QStringLiteral("reduction_requests"), req), QStringLiteral("submitted"));
    }

    void reductionsPassEveryLevelThroughTheEngineAndTheAppliedYearsStay()
    {
        const qint64 req = addReduction(m_a1);
        const QString pass = actionCode(Action::Pass);
        for (const char *user : {"a1", "ca", "prov"}) {
            const BatchResult r = engineApplies(QString::fromLatin1(user), reductionWorkflow(), pass, req);
            QVERIFY2(r.applied, user);
        }
        QCOMPARE(stateOf(QStringLiteral("reduction_requests"), req), QStringLiteral("final_passed"));
        QVERIFY(!scalar(owner(), QStringLiteral("SELECT applied_at FROM reduction_requests WHERE id = ?"), {req}).isNull());
        QSqlDatabase prov = as(QStringLiteral("prov"));
        REFUSED(attempt(prov, QStringLiteral("UPDATE reduction_requests SET to_years = 1, version = version + 1 WHERE id = ?"), {req}),
                "to_years of reduction request");
        REFUSED(attempt(prov, QStringLiteral("UPDATE reduction_requests SET proof_sha256 = 'proof-sha', proof_size = 5, version = version + 1 WHERE id = ?"), {req}),
                "changes only with its resubmission");
        REFUSED(attempt(prov, QStringLiteral("UPDATE reduction_requests SET applied_at = NULL WHERE id = ?"), {req}),
                "applied_at is set once");
        REFUSED(attempt(prov, QStringLiteral("UPDATE reduction_requests SET state = 'returned', version = version + 1 WHERE id = ?"), {req}),
                "may not move reduction request");
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT to_years FROM reduction_requests WHERE id = ?"), {req}).toInt(), 2);
    }

    void reductionsResubmittedByTheBaseThroughItsService()
    {
        const qint64 req = addReduction(m_a1, QStringLiteral("returned"));
        ReductionRequests service(as(QStringLiteral("a1")), userNamed(QStringLiteral("a1")), m_clock);
        const ReductionFiled again = service.resubmit(req, versionOf(QStringLiteral("reduction_requests"), req), {}, {});
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(stateOf(QStringLiteral("reduction_requests"), req), QStringLiteral("submitted"));
        // A resubmission may bring a new proof; only the base resubmits.
        const qint64 other = addReduction(m_a1, QStringLiteral("returned"));
        const QString resubmit = QStringLiteral("UPDATE reduction_requests SET state = 'submitted', version = version + 1, "
                                                "proof_file_name = 'new-proof.pdf' WHERE id = ?");
        REFUSED(attempt(as(QStringLiteral("ca")), resubmit, {other}), "a municipal user may not move reduction request");
        const Outcome own = attempt(as(QStringLiteral("a1")), resubmit, {other});
        QVERIFY2(own.ok && own.rows == 1, qPrintable(own.error));
    }

    // ----- teachers ---------------------------------------------------------------------------
    void teachersRefuseSkippingToAppointment()
    {
        const qint64 t = addTeacher(m_a1, m_dept);
        QSqlDatabase a1 = as(QStringLiteral("a1"));
        REFUSED(attempt(a1, QStringLiteral("UPDATE teachers SET state = 'appointed', version = version + 1 WHERE id = ?"), {t}),
                "a base user may not move teacher");
        REFUSED(attempt(a1, QStringLiteral("UPDATE teachers SET state = 'recommended', version = version + 5 WHERE id = ?"), {t}),
                "must go from version");
        QVERIFY(!attempt(a1, QStringLiteral("UPDATE teachers SET title = 'chief', version = version + 1 WHERE id = ?"), {t}).ok);
        const BatchResult r = engineApplies(QStringLiteral("a1"), teacherWorkflow(), QStringLiteral("not_recommend"), t,
                                            QStringLiteral(u"近一年有教学事故"));
        QVERIFY2(r.applied, qPrintable(r.check.rows.isEmpty() ? QString() : r.check.rows.first().note));
        QCOMPARE(stateOf(QStringLiteral("teachers"), t), QStringLiteral("not_recommended"));
    }

    // ----- every flow -------------------------------------------------------------------------
    void decisionLogsCannotBeRewrittenOrDeleted()
    {
        // The tests above wrote decisions of every flow at base A1 (and the city, for change requests).
        for (const FlowTables &f : kFlows) {
            const QString log = QString::fromLatin1(f.log);
            for (const char *user : {"a1", "ca"}) {
                QSqlDatabase db = as(QString::fromLatin1(user));
                const QVariant row = scalar(db, QStringLiteral("SELECT min(id) FROM %1").arg(log));
                QVERIFY2(!row.isNull(), qPrintable(log + QLatin1Char(' ') + QLatin1String(user)));
                REFUSED(attempt(db, QStringLiteral("UPDATE %1 SET reason = 'rewritten' WHERE id = ?").arg(log), {row}), "");
                REFUSED(attempt(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(log), {row}), "");
            }
            QSqlQuery truncate(owner()); // not preparable
            QVERIFY(!truncate.exec(QStringLiteral("TRUNCATE %1").arg(log)));
            QVERIFY2(truncate.lastError().text().contains(QLatin1String("append-only")), qPrintable(truncate.lastError().text()));
            REFUSED(attempt(owner(), QStringLiteral("DELETE FROM %1").arg(log)), "append-only");
        }
    }

    void historyIsWrittenOnlyWithTheMoveItDescribes()
    {
        // A decision row for an item nobody changed in this transaction is invented history.
        const qint64 items[] = {addApplication(m_a1, QStringLiteral("pre_admitted")), addChangeRequest(m_a1), addReduction(m_a1),
                                addTeacher(m_a1, m_dept)};
        QSqlDatabase a1 = as(QStringLiteral("a1"));
        const qint64 me = userNamed(QStringLiteral("a1")).id;
        for (int i = 0; i < 4; ++i) {
            const QString table = QString::fromLatin1(kFlows[i].items);
            const QString state = stateOf(table, items[i]);
            REFUSED(attempt(a1, QStringLiteral("INSERT INTO %1 (%2, user_id, stage, action, from_state, to_state, decided_at) "
                                               "VALUES (?, ?, 'x', 'x', ?, ?, '2026-01-01T09:00:00')")
                                    .arg(QString::fromLatin1(kFlows[i].log), QString::fromLatin1(kFlows[i].logLink)),
                            {items[i], me, state, state}),
                    "is recorded only with the change");
        }
    }

    void anotherBasesRowsAreInvisibleAndUnchangeable()
    {
        const qint64 items[] = {addApplication(m_a1, QStringLiteral("applied")), addChangeRequest(m_a1), addReduction(m_a1),
                                addTeacher(m_a1, m_dept)};
        QSqlDatabase b1 = as(QStringLiteral("b1"));
        for (int i = 0; i < 4; ++i) {
            const QString table = QString::fromLatin1(kFlows[i].items);
            QCOMPARE(scalar(b1, QStringLiteral("SELECT count(*) FROM %1 WHERE base_id = ?").arg(table), {m_a1}).toInt(), 0);
            QCOMPARE(scalar(b1, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                    .arg(QString::fromLatin1(kFlows[i].log), QString::fromLatin1(kFlows[i].logLink)), {items[i]}).toInt(), 0);
            const Outcome o = attempt(b1, QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = ?").arg(table), {items[i]});
            QVERIFY2(!o.ok || o.rows == 0, qPrintable(table));
            QCOMPARE(versionOf(table, items[i]), 1);
        }
    }

    void cleanupTestCase()
    {
        m_fx.reset(); // closes the users' sessions too
    }
};

QTEST_GUILESS_MAIN(TestPgFlowRules)
#include "tst_pg_flow_rules.moc"
