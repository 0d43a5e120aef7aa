// Recruitment (招录) on the review engine: the whole transition table, the 20-per-send split, the
// 12-hour change window with a fixed clock, quotas, applications and scope.
#include "RecruitmentFixture.h"
#include "TestSupport.h"
#include "recruitment/ReportInExport.h"
#include "recruitment/RecruitmentService.h"
#include "recruitment/RecruitmentWorkflow.h"
#include "review/ReviewEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gme;
using namespace gme::test;

namespace {

// The rules as DOMAIN.md and seed 001 state them, written independently of RecruitmentWorkflow.cpp.
struct Legal
{
    Role role;
    const char *from;
    const char *action;
    const char *to;
};
const QList<Legal> kLegal = {
    {Role::Base, "applied", "pre_admit", "pre_admitted"},
    {Role::Base, "applied", "not_admit", "not_admitted"},
    {Role::Base, "pre_admitted", "cancel_pre_admit", "applied"},
    {Role::Base, "pre_admitted", "admit", "admitted"},
    {Role::Base, "admitted", "cancel_admission", "pre_admitted"},
    {Role::Base, "admitted", "send", "sent"},
    {Role::Base, "sent", "cancel_admission", "pre_admitted"},
    {Role::Base, "sent", "withdraw", "admitted"},
    {Role::Base, "sent", "accept", "accepted"},
    {Role::Base, "sent", "decline", "declined"},
    {Role::Municipal, "accepted", "confirm", "confirmed"},
    {Role::Municipal, "accepted", "refuse", "refused"},
    {Role::Base, "confirmed", "report_in", "reported"},
    {Role::Base, "confirmed", "no_show", "not_reported"},
    {Role::Base, "not_reported", "report_in", "reported"},
};
const QStringList kStates = {QStringLiteral("applied"), QStringLiteral("pre_admitted"), QStringLiteral("not_admitted"),
                             QStringLiteral("admitted"), QStringLiteral("sent"), QStringLiteral("accepted"),
                             QStringLiteral("declined"), QStringLiteral("confirmed"), QStringLiteral("refused"),
                             QStringLiteral("reported"), QStringLiteral("not_reported")};

// Rows of the first sheet as openpyxl reads them.
QList<QStringList> readBack(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral(GMEDESK_PYTHON), {QStringLiteral(GMEDESK_TEST_SUPPORT_DIR "/read_xlsx.py"), path});
    p.waitForFinished(60000);
    QList<QStringList> rows;
    const QJsonArray sheet = QJsonDocument::fromJson(p.readAllStandardOutput()).object()[QStringLiteral("rows")].toArray();
    for (const QJsonValue &r : sheet) {
        QStringList cells;
        for (const QJsonValue &c : r.toArray())
            cells.append(c.toObject()[QStringLiteral("v")].toVariant().toString());
        rows.append(cells);
    }
    return rows;
}

BatchRequest request(const QString &action, const QList<BatchRow> &rows, const QString &reason = {})
{
    BatchRequest r;
    r.customAction = action;
    r.rows = rows;
    r.reason = reason;
    return r;
}

} // namespace

class TestRecruitment : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDb> m_t;
    std::unique_ptr<RecruitmentFixture> m_r;
    const Province &p() const { return m_t->p(); }
    BatchResult apply(const User &u, const QString &action, const QList<qint64> &ids, const QString &reason = {})
    {
        return ReviewEngine(m_t->db(), u, recruit::workflow(), m_t->clock()).apply(request(action, m_r->rowsOf(ids), reason));
    }

private slots:
    void init()
    {
        m_t = std::make_unique<TestDb>();
        m_r = std::make_unique<RecruitmentFixture>(*m_t);
    }
    void cleanup()
    {
        m_r.reset();
        m_t.reset();
    }

    void everyRoleStateActionCombination()
    {
        QStringList actions;
        for (const Legal &l : kLegal)
            if (!actions.contains(QString::fromLatin1(l.action)))
                actions.append(QString::fromLatin1(l.action));
        int legalSeen = 0;
        for (Role role : {Role::Base, Role::Municipal, Role::Provincial, Role::Sysadmin}) {
            const User u = role == Role::Base ? p().baseA1User
                : role == Role::Municipal   ? p().cityAUser
                : role == Role::Provincial  ? p().provincialUser
                                            : p().sysadmin;
            for (const QString &state : kStates) {
                for (const QString &action : actions) {
                    const Legal *legal = nullptr;
                    for (const Legal &l : kLegal)
                        if (l.role == role && state == QLatin1String(l.from) && action == QLatin1String(l.action))
                            legal = &l;
                    // A change of a sent result needs the 12 hours not to have passed; an answer needs them passed.
                    const bool answer = action == QLatin1String("accept") || action == QLatin1String("decline");
                    const QDateTime sentAt = m_t->clock().now().addSecs(answer ? -13 * 3600 : -3600);
                    const qint64 id = m_r->addApplication(p().baseA1, state, {}, false, state == QLatin1String("sent") ? sentAt : QDateTime());
                    const BatchResult r = apply(u, action, {id}, QStringLiteral(u"不符合条件"));
                    const QString what = QStringLiteral("%1 %2 %3").arg(roleCode(role), state, action);
                    if (legal) {
                        ++legalSeen;
                        QVERIFY2(r.applied, qPrintable(what));
                        QCOMPARE(m_r->stateOf(id), QString::fromLatin1(legal->to));
                        QCOMPARE(m_r->decisionCount(id), 1);
                        QCOMPARE(m_r->versionOf(id), 2);
                    } else {
                        QVERIFY2(!r.applied, qPrintable(what));
                        QCOMPARE(m_r->stateOf(id), state);
                        QCOMPARE(m_r->decisionCount(id), 0);
                    }
                }
            }
        }
        QCOMPARE(legalSeen, int(kLegal.size()));
        QCOMPARE(recruit::workflow().steps().size(), kLegal.size()); // nothing legal beyond the table
    }

    void notAdmittingAndRefusingNeedReasons()
    {
        const qint64 a = m_r->addApplication(p().baseA1, QStringLiteral("applied"));
        QCOMPARE(apply(p().baseA1User, QStringLiteral("not_admit"), {a}).check.problem, BatchProblem::ReasonRequired);
        const qint64 b = m_r->addApplication(p().baseA1, QStringLiteral("accepted"));
        QCOMPARE(apply(p().cityAUser, QStringLiteral("refuse"), {b}).check.problem, BatchProblem::ReasonRequired);
        QVERIFY(apply(p().cityAUser, QStringLiteral("refuse"), {b}, QStringLiteral(u"材料不实")).applied);
    }

    void sendSplitsIntoGroupsOfTwenty()
    {
        QList<qint64> ids;
        for (int i = 0; i < 45; ++i)
            ids.append(m_r->addApplication(p().baseA1, QStringLiteral("admitted")));
        const QList<QList<BatchRow>> groups = recruit::RecruitmentService::splitIntoSendGroups(m_r->rowsOf(ids));
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).size(), 20);
        QCOMPARE(groups.at(1).size(), 20);
        QCOMPARE(groups.at(2).size(), 5);
        QCOMPARE(groups.at(2).last().registrationId, ids.last()); // selection order kept

        const int actionsBefore = m_t->count(QStringLiteral("batch_actions"));
        recruit::RecruitmentService service(m_t->db(), p().baseA1User, m_t->clock());
        const recruit::SendOutcome out = service.send(m_r->rowsOf(ids));
        QVERIFY(out.result.applied);
        QCOMPARE(out.groups.size(), 3);
        QCOMPARE(m_t->count(QStringLiteral("batch_actions")), actionsBefore + 3); // one send per group
        for (qint64 id : ids)
            QCOMPARE(m_r->stateOf(id), QStringLiteral("sent"));
        QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT COUNT(DISTINCT send_action_id) FROM applications")).toInt(), 3);
        QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT MAX(row_count) FROM batch_actions WHERE action = 'send'")).toInt(), 20);
        QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM applications WHERE sent_at = ?"),
                        {toDbTime(m_t->clock().now())}).toInt(), 45);
    }

    void oneSendOfMoreThanTwentyIsRefused()
    {
        QList<qint64> ids;
        for (int i = 0; i < 21; ++i)
            ids.append(m_r->addApplication(p().baseA1, QStringLiteral("admitted")));
        const BatchResult r = apply(p().baseA1User, QStringLiteral("send"), ids);
        QVERIFY(!r.applied);
        QCOMPARE(r.check.rows.first().problem, RowProblem::RuleBroken);
        QVERIFY(!r.check.rows.first().note.isEmpty());
        QCOMPARE(m_r->stateOf(ids.first()), QStringLiteral("admitted"));
        QVERIFY(apply(p().baseA1User, QStringLiteral("send"), ids.mid(0, 20)).applied);
    }

    void aSentResultCanBeChangedForTwelveHoursThenLocks()
    {
        const qint64 a = m_r->addApplication(p().baseA1, QStringLiteral("admitted"));
        const qint64 b = m_r->addApplication(p().baseA1, QStringLiteral("admitted"));
        const QDateTime sentAt = m_t->clock().now();
        QVERIFY(apply(p().baseA1User, QStringLiteral("send"), {a, b}).applied);

        // Answering is not possible while the base may still change the result.
        m_t->clock().advanceSecs(11 * 3600);
        const BatchResult early = apply(p().baseA1User, QStringLiteral("accept"), {a});
        QVERIFY(!early.applied);
        QCOMPARE(early.check.rows.first().problem, RowProblem::RuleBroken);

        // 11:59:59 after sending: withdraw to change, then resend (a new 12 hours).
        m_t->clock().set(sentAt.addSecs(12 * 3600 - 1));
        QVERIFY(apply(p().baseA1User, QStringLiteral("withdraw"), {a}).applied);
        QCOMPARE(m_r->stateOf(a), QStringLiteral("admitted"));
        QVERIFY(apply(p().baseA1User, QStringLiteral("send"), {a}).applied);

        // At exactly 12 hours b is locked: no cancel, no withdraw; the trainee's answer is recorded.
        m_t->clock().set(sentAt.addSecs(12 * 3600));
        for (const QString &action : {QStringLiteral("cancel_admission"), QStringLiteral("withdraw")}) {
            const BatchResult locked = apply(p().baseA1User, action, {b});
            QVERIFY(!locked.applied);
            QCOMPARE(locked.check.rows.first().problem, RowProblem::RuleBroken);
        }
        QCOMPARE(m_r->stateOf(b), QStringLiteral("sent"));
        QVERIFY(apply(p().baseA1User, QStringLiteral("accept"), {b}).applied);
        QVERIFY(!scalar(m_t->db(), QStringLiteral("SELECT accepted_at FROM applications WHERE id = ?"), {b}).isNull());
        // a was resent later, so it can still be cancelled
        QVERIFY(apply(p().baseA1User, QStringLiteral("cancel_admission"), {a}).applied);
        QVERIFY(scalar(m_t->db(), QStringLiteral("SELECT sent_at FROM applications WHERE id = ?"), {a}).isNull());
    }

    void answersOnlyInsideTheConfirmationWindow()
    {
        const qint64 a = m_r->addApplication(p().baseA1, QStringLiteral("sent"), {}, false, m_t->clock().now().addDays(-2));
        m_r->setWindow(QStringLiteral("confirmation"), m_t->clock().now().addDays(-3), m_t->clock().now().addSecs(-1));
        const BatchResult r = apply(p().baseA1User, QStringLiteral("accept"), {a});
        QVERIFY(!r.applied);
        QCOMPARE(r.check.rows.first().problem, RowProblem::WindowClosed);
    }

    void aBaseCannotAdmitBeyondItsPlan()
    {
        m_r->setPlan(p().baseA1, p().specialtyCode, 2);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids.append(m_r->addApplication(p().baseA1, QStringLiteral("pre_admitted")));
        const BatchResult tooMany = apply(p().baseA1User, QStringLiteral("admit"), ids);
        QVERIFY(!tooMany.applied);
        QCOMPARE(tooMany.check.rows.at(0).problem, RowProblem::None);
        QCOMPARE(tooMany.check.rows.at(1).problem, RowProblem::None);
        QCOMPARE(tooMany.check.rows.at(2).problem, RowProblem::RuleBroken);
        QVERIFY(apply(p().baseA1User, QStringLiteral("admit"), ids.mid(0, 2)).applied);
        QCOMPARE(apply(p().baseA1User, QStringLiteral("admit"), {ids.at(2)}).check.rows.first().problem, RowProblem::RuleBroken);
        // Another specialty, another plan; the same specialty at another base, another plan.
        const qint64 other = m_r->addApplication(p().baseA1, QStringLiteral("pre_admitted"), {p().otherSpecialtyCode});
        QVERIFY(apply(p().baseA1User, QStringLiteral("admit"), {other}).applied);
        // Cancelling an admission frees its place.
        QVERIFY(apply(p().baseA1User, QStringLiteral("cancel_admission"), {ids.at(0)}).applied);
        QVERIFY(apply(p().baseA1User, QStringLiteral("admit"), {ids.at(2)}).applied);

        recruit::RecruitmentService service(m_t->db(), p().baseA1User, m_t->clock());
        bool seen = false;
        for (const recruit::PlanUse &plan : service.plans(m_r->round()))
            if (plan.baseId == p().baseA1 && plan.specialtyCode == p().specialtyCode) {
                QCOMPARE(plan.quota, 2);
                QCOMPARE(plan.taken, 2);
                seen = true;
            }
        QVERIFY(seen);
    }

    void changingTheAdmittedSpecialtyFollowsChoicesAndPlan()
    {
        recruit::RecruitmentService service(m_t->db(), p().baseA1User, m_t->clock());
        const qint64 a = m_r->addApplication(p().baseA1, QStringLiteral("pre_admitted"));
        QVERIFY(!service.changeAdmittedSpecialty(a, 1, p().otherSpecialtyCode).isEmpty()); // not chosen, no adjustment
        const qint64 b = m_r->addApplication(p().baseA1, QStringLiteral("pre_admitted"), {}, true);
        QCOMPARE(service.changeAdmittedSpecialty(b, 1, p().otherSpecialtyCode), QString());
        QVERIFY(apply(p().baseA1User, QStringLiteral("admit"), {b}).applied);
        QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT admitted_specialty FROM applications WHERE id = ?"), {b}).toString(),
                 p().otherSpecialtyCode);
        m_r->setPlan(p().baseA1, p().specialtyCode, 0);
        QVERIFY(!service.changeAdmittedSpecialty(b, m_r->versionOf(b), p().specialtyCode).isEmpty()); // plan full
        QCOMPARE(m_r->decisionCount(b), 2); // the change and the admission
        const qint64 sent = m_r->addApplication(p().baseA1, QStringLiteral("sent"), {}, true, m_t->clock().now());
        QVERIFY(!service.changeAdmittedSpecialty(sent, 1, p().otherSpecialtyCode).isEmpty()); // withdraw first
    }

    void applicationsNameOneToThreeSpecialtiesAtOneBase()
    {
        recruit::RecruitmentService service(m_t->db(), p().baseA1User, m_t->clock());
        recruit::ApplicationForm f;
        f.roundId = m_r->round();
        f.baseId = p().baseA1;
        f.idNumber = TestDb::residentId(42);
        f.name = QStringLiteral(u"申请人");
        f.gender = QStringLiteral("M");
        f.personType = QStringLiteral(u"面向社会招收");
        f.obeyAdjustment = true;
        QString error;
        f.choices = {};
        QCOMPARE(service.submitApplication(f, &error), 0);
        f.choices = {p().specialtyCode, p().specialtyCode};
        QCOMPARE(service.submitApplication(f, &error), 0);
        f.choices = {p().specialtyCode, p().otherSpecialtyCode, QStringLiteral("9999"), QStringLiteral("9998")};
        QCOMPARE(service.submitApplication(f, &error), 0);
        f.baseId = p().baseA2; // another base's application
        f.choices = {p().specialtyCode, p().otherSpecialtyCode};
        QCOMPARE(service.submitApplication(f, &error), 0);
        f.baseId = p().baseA1;
        const qint64 id = service.submitApplication(f, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(m_r->stateOf(id), QStringLiteral("applied"));
        QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT obey_adjustment FROM applications WHERE id = ?"), {id}).toInt(), 1);
        QCOMPARE(m_r->decisionCount(id), 1);
        QCOMPARE(service.submitApplication(f, &error), 0); // one application per person and round
        QVERIFY(!error.isEmpty());
    }

    void scopeKeepsOtherBasesAndCitiesOut()
    {
        const qint64 a = m_r->addApplication(p().baseA1, QStringLiteral("applied"));
        const BatchResult other = apply(p().baseA2User, QStringLiteral("pre_admit"), {a});
        QCOMPARE(other.check.rows.first().problem, RowProblem::OutOfScope);
        QVERIFY(other.check.rows.first().name.isEmpty());
        const qint64 b = m_r->addApplication(p().baseA1, QStringLiteral("accepted"));
        QCOMPARE(apply(p().cityBUser, QStringLiteral("confirm"), {b}).check.rows.first().problem, RowProblem::OutOfScope);
        QVERIFY(apply(p().cityAUser, QStringLiteral("confirm"), {b}).applied);
    }

    void reportInIsRecordedAndExported()
    {
        const qint64 a = m_r->addApplication(p().baseA1, QStringLiteral("confirmed"));
        const qint64 b = m_r->addApplication(p().baseA1, QStringLiteral("confirmed"));
        const qint64 c = m_r->addApplication(p().baseA1, QStringLiteral("confirmed"));
        m_r->addApplication(p().baseA2, QStringLiteral("confirmed")); // another base: not in A1's sheet
        m_r->addApplication(p().baseA1, QStringLiteral("accepted"));  // not yet confirmed: not listed
        QVERIFY(apply(p().baseA1User, QStringLiteral("report_in"), {a}).applied);
        QVERIFY(apply(p().baseA1User, QStringLiteral("no_show"), {b}).applied);
        Q_UNUSED(c)

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.xlsx"));
        QString error;
        QCOMPARE(recruit::exportReportIn(m_t->db(), p().baseA1User, m_r->round(), path, &error), 3);
        const QList<QStringList> rows = readBack(path);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).at(7), QStringLiteral(u"报到状态"));
        QCOMPARE(rows.at(1).at(7), QStringLiteral(u"已报到"));
        QVERIFY(!rows.at(1).at(8).isEmpty());
        QCOMPARE(rows.at(2).at(7), QStringLiteral(u"未报到"));
        QCOMPARE(rows.at(3).at(7), QStringLiteral(u"待报到"));
        QCOMPARE(rows.at(1).at(5), p().specialtyName);
    }

    void aFailingRowWritesNothing()
    {
        m_r->setPlan(p().baseA1, p().specialtyCode, 1);
        const qint64 a = m_r->addApplication(p().baseA1, QStringLiteral("pre_admitted"));
        const qint64 b = m_r->addApplication(p().baseA1, QStringLiteral("pre_admitted"));
        const int before = m_t->count(QStringLiteral("application_decisions"));
        QVERIFY(!apply(p().baseA1User, QStringLiteral("admit"), {a, b}).applied);
        QCOMPARE(m_r->stateOf(a), QStringLiteral("pre_admitted"));
        QCOMPARE(m_t->count(QStringLiteral("application_decisions")), before);
    }
};

QTEST_GUILESS_MAIN(TestRecruitment)
#include "tst_recruitment.moc"
