// Change requests: filed by the base, decided by the supervising authority; the trainee's record
// changes only on approval and the request keeps before and after.
#include "TestSupport.h"
#include "changes/ChangeRequestService.h"
#include "changes/ChangeWorkflow.h"
#include "review/ReviewEngine.h"

#include <QTest>

using namespace gme;
using namespace gme::test;
using namespace gme::changes;

class TestChangeRequests : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDb> m_t;
    const Province &p() const { return m_t->p(); }

    qint64 addTrainee(qint64 base)
    {
        const qint64 reg = m_t->addRegistration(base, State::Submitted);
        const qint64 trainee = scalar(m_t->db(), QStringLiteral("SELECT trainee_id FROM registrations WHERE id = ?"), {reg}).toLongLong();
        const int year = m_t->clock().now().date().year();
        execSql(m_t->db(), QStringLiteral("UPDATE trainees SET training_start = ?, training_end = ?, person_type = ?, "
                                          "specialty_code = ? WHERE id = ?"),
                {QStringLiteral("%1-09-01").arg(year), QStringLiteral("%1-08-31").arg(year + 3), QStringLiteral(u"面向社会招收"),
                 p().specialtyCode, trainee});
        return trainee;
    }
    QString traineeValue(const char *column, qint64 trainee) const
    {
        return scalar(m_t->db(), QStringLiteral("SELECT %1 FROM trainees WHERE id = ?").arg(QLatin1String(column)), {trainee}).toString();
    }
    qint64 file(const ChangeForm &f, QString *error = nullptr)
    {
        QString e;
        const qint64 id = ChangeRequestService(m_t->db(), p().baseA1User, m_t->clock()).file(f, &e);
        if (error)
            *error = e;
        return id;
    }
    BatchResult decide(const User &u, const QString &action, qint64 id, const QString &reason = {})
    {
        BatchRequest r;
        r.customAction = action;
        r.reason = reason;
        const int version = scalar(m_t->db(), QStringLiteral("SELECT version FROM change_requests WHERE id = ?"), {id}).toInt();
        r.rows = {{id, version}};
        return ReviewEngine(m_t->db(), u, workflow(), m_t->clock()).apply(r);
    }
    QString stateOf(qint64 id) const
    {
        return scalar(m_t->db(), QStringLiteral("SELECT state FROM change_requests WHERE id = ?"), {id}).toString();
    }
    ChangeForm specialtyChange(qint64 trainee) const
    {
        return ChangeForm{trainee, ChangeKind::Specialty, p().otherSpecialtyCode, QStringLiteral(u"转专业"), {}, {}};
    }

private slots:
    void init() { m_t = std::make_unique<TestDb>(); }
    void cleanup() { m_t.reset(); }

    void everyRoleStateActionCombination()
    {
        struct Legal { Role role; const char *from; const char *action; const char *to; };
        const QList<Legal> legal = {{Role::Municipal, "submitted", "approve", "approved"},
                                    {Role::Municipal, "submitted", "reject", "rejected"},
                                    {Role::Base, "submitted", "cancel", "cancelled"}};
        int seen = 0;
        for (Role role : {Role::Base, Role::Municipal, Role::Provincial, Role::Sysadmin}) {
            const User u = role == Role::Base ? p().baseA1User
                : role == Role::Municipal   ? p().cityAUser
                : role == Role::Provincial  ? p().provincialUser
                                            : p().sysadmin;
            for (const char *state : {"submitted", "approved", "rejected", "cancelled"}) {
                for (const char *action : {"approve", "reject", "cancel"}) {
                    const qint64 trainee = addTrainee(p().baseA1);
                    const qint64 id = file(specialtyChange(trainee));
                    QVERIFY(id > 0);
                    execSql(m_t->db(), QStringLiteral("UPDATE change_requests SET state = ? WHERE id = ?"),
                            {QString::fromLatin1(state), id});
                    const Legal *l = nullptr;
                    for (const Legal &x : legal)
                        if (x.role == role && qstrcmp(x.from, state) == 0 && qstrcmp(x.action, action) == 0)
                            l = &x;
                    const BatchResult r = decide(u, QString::fromLatin1(action), id, QStringLiteral(u"理由"));
                    const QString what = QStringLiteral("%1 %2 %3").arg(roleCode(role), QLatin1String(state), QLatin1String(action));
                    QCOMPARE(r.applied, l != nullptr);
                    QVERIFY2(stateOf(id) == QLatin1String(l ? l->to : state), qPrintable(what));
                    seen += l ? 1 : 0;
                }
            }
        }
        QCOMPARE(seen, 3);
        QCOMPARE(workflow().steps().size(), 3);
    }

    void theRecordChangesOnlyWhenApproved()
    {
        const qint64 trainee = addTrainee(p().baseA1);
        const qint64 first = file(specialtyChange(trainee));
        QVERIFY(first > 0);
        QCOMPARE(traineeValue("specialty_code", trainee), p().specialtyCode); // filing changes nothing
        QCOMPARE(decide(p().cityAUser, kReject, first).check.problem, BatchProblem::ReasonRequired);
        QVERIFY(decide(p().cityAUser, kReject, first, QStringLiteral(u"材料不全")).applied);
        QCOMPARE(traineeValue("specialty_code", trainee), p().specialtyCode);

        const qint64 second = file(specialtyChange(trainee));
        QVERIFY(second > 0);
        QVERIFY(decide(p().cityAUser, kApprove, second).applied);
        QCOMPARE(traineeValue("specialty_code", trainee), p().otherSpecialtyCode);
        // before and after stay on the request, as codes and names
        QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT old_label || '>' || new_label FROM change_requests WHERE id = ?"), {second}).toString(),
                 p().specialtyName + QLatin1Char('>') + p().otherSpecialtyName);
        QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT COUNT(*) FROM change_request_decisions WHERE change_request_id = ?"), {second}).toInt(), 2);
    }

    void oneOpenRequestPerKindAndFreshRecordOnApproval()
    {
        const qint64 trainee = addTrainee(p().baseA1);
        const qint64 id = file(specialtyChange(trainee));
        QVERIFY(id > 0);
        QString error;
        QCOMPARE(file(specialtyChange(trainee), &error), 0);
        QVERIFY(!error.isEmpty());
        // Someone changed the record meanwhile: approval is refused, nothing written.
        execSql(m_t->db(), QStringLiteral("UPDATE trainees SET specialty_code = ? WHERE id = ?"), {p().otherSpecialtyCode, trainee});
        const BatchResult r = decide(p().cityAUser, kApprove, id);
        QVERIFY(!r.applied);
        QCOMPARE(r.check.rows.first().problem, RowProblem::RuleBroken);
        QCOMPARE(stateOf(id), kSubmitted);
    }

    void baseChangesOnlyInTheFirstYear()
    {
        const qint64 trainee = addTrainee(p().baseA1);
        ChangeForm f{trainee, ChangeKind::Base, QString::number(p().baseA2), QStringLiteral(u"随配偶调动"), {}, {}};
        const qint64 id = file(f);
        QVERIFY(id > 0);
        QVERIFY(decide(p().cityAUser, kApprove, id).applied);
        QCOMPARE(traineeValue("base_id", trainee).toLongLong(), p().baseA2);

        const qint64 older = addTrainee(p().baseA1);
        execSql(m_t->db(), QStringLiteral("UPDATE trainees SET training_start = ? WHERE id = ?"),
                {QStringLiteral("%1-09-01").arg(m_t->clock().now().date().year() - 2), older});
        QString error;
        QCOMPARE(file(ChangeForm{older, ChangeKind::Base, QString::number(p().baseA2), QStringLiteral(u"调动"), {}, {}}, &error), 0);
        QVERIFY(!error.isEmpty());
    }

    void trainingStatusNeedsReasonAndDates()
    {
        const qint64 trainee = addTrainee(p().baseA1);
        const QDate today = m_t->clock().now().date();
        QString error;
        QCOMPARE(file(ChangeForm{trainee, ChangeKind::Status, kWithdrawn, QString(), today, {}}, &error), 0); // no reason
        QCOMPARE(file(ChangeForm{trainee, ChangeKind::Status, kWithdrawn, QStringLiteral(u"个人原因"), {}, {}}, &error), 0); // no date
        QCOMPARE(file(ChangeForm{trainee, ChangeKind::Status, kSuspended, QStringLiteral(u"病假"), today, today}, &error), 0);
        const QDate oldEnd = QDate::fromString(traineeValue("training_end", trainee), Qt::ISODate);
        QCOMPARE(file(ChangeForm{trainee, ChangeKind::Status, kExtended, QStringLiteral(u"延期"), today, oldEnd}, &error), 0);
        const qint64 id = file(ChangeForm{trainee, ChangeKind::Status, kExtended, QStringLiteral(u"产假延期"), today, oldEnd.addMonths(6)}, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(traineeValue("training_status", trainee), QStringLiteral("training"));
        QVERIFY(decide(p().cityAUser, kApprove, id).applied);
        QCOMPARE(traineeValue("training_status", trainee), kExtended);
        QCOMPARE(traineeValue("training_end", trainee), oldEnd.addMonths(6).toString(Qt::ISODate));
    }

    void personTypeRules()
    {
        const qint64 trainee = addTrainee(p().baseA1);
        QString error;
        QCOMPARE(file(ChangeForm{trainee, ChangeKind::PersonType, QStringLiteral(u"订单定向"), QStringLiteral(u"x"), {}, {}}, &error), 0);
        const qint64 id = file(ChangeForm{trainee, ChangeKind::PersonType, QStringLiteral(u"本单位住院医师"), QStringLiteral(u"入职"), {}, {}}, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QVERIFY(decide(p().cityAUser, kApprove, id).applied);
        QCOMPARE(traineeValue("person_type", trainee), QStringLiteral(u"本单位住院医师"));

        const qint64 master = addTrainee(p().baseA1);
        execSql(m_t->db(), QStringLiteral("UPDATE trainees SET person_type = ? WHERE id = ?"),
                {QStringLiteral(u"全日制专业学位硕士研究生（并轨）"), master});
        QCOMPARE(file(ChangeForm{master, ChangeKind::PersonType, QStringLiteral(u"本单位住院医师"), QStringLiteral(u"x"), {}, {}}, &error), 0);
    }

    void scope()
    {
        const qint64 trainee = addTrainee(p().baseA1);
        const qint64 id = file(specialtyChange(trainee));
        QCOMPARE(decide(p().cityBUser, kApprove, id).check.rows.first().problem, RowProblem::OutOfScope);
        QString error;
        const qint64 b1Trainee = addTrainee(p().baseB1);
        QCOMPARE(file(specialtyChange(b1Trainee), &error), 0); // base A1 cannot file for B1's trainee
        QCOMPARE(decide(p().cityAUser, kApprove, id).applied, true);
        // a decided request cannot be withdrawn by the base
        QCOMPARE(decide(p().baseA1User, kCancel, id).check.rows.first().problem, RowProblem::WrongState);
    }
};

QTEST_GUILESS_MAIN(TestChangeRequests)
#include "tst_change_requests.moc"
