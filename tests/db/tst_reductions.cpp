// Reduction requests (培训年限减免): who may file, the PDF proof, one request per trainee, the
// review chain base → city → province, and the years changing only after the last pass.
#include "TestSupport.h"
#include "years/ReductionRequests.h"
#include "years/ReductionReview.h"
#include "changes/ChangeRequestService.h"
#include "review/QueueRepository.h"
#include "review/ReviewEngine.h"

#include <QSqlQuery>
#include <QTest>

using namespace gme;
using namespace gme::test;

namespace {

QByteArray pdf(int n = 0)
{
    return "%PDF-1.4\n% reduction proof " + QByteArray::number(n) + "\n" + QByteArray(600, 'p') + "\n%%EOF\n";
}

struct Fixture
{
    TestDb t;
    qint64 trainee = 0;

    // A resident of base A1 training 3 years from 2021-09-01.
    Fixture() { trainee = addTrainee(t.p().baseA1, QStringLiteral("resident"), 3); }

    qint64 addTrainee(qint64 base, const QString &track, int years)
    {
        const qint64 reg = t.addRegistration(base, State::Submitted);
        const qint64 id = scalar(t.db(), QStringLiteral("SELECT trainee_id FROM registrations WHERE id = ?"), {reg}).toLongLong();
        execSql(t.db(), QStringLiteral("UPDATE trainees SET track = ?, training_years = ?, training_start = '2021-09-01', "
                                       "training_end = ? WHERE id = ?"),
                {track, years, QDate(2021, 9, 1).addYears(years).addDays(-1).toString(Qt::ISODate), id});
        return id;
    }
    ReductionRequests as(const User &u) { return ReductionRequests(t.db(), u, t.clock()); }
    ReductionFiled file(qint64 traineeId, int toYears = 2)
    {
        return as(t.p().baseA1User).file(traineeId, toYears, QStringLiteral("已在外院完成一年培训"), pdf(), QStringLiteral("证明.pdf"));
    }
    BatchResult review(const User &u, qint64 requestId, Action action, const QString &reason = {})
    {
        const auto row = as(u).request(requestId);
        BatchRequest r;
        r.action = action;
        r.reason = reason;
        r.rows.append({requestId, row ? row->version : 0});
        return ReductionReview(t.db(), u, t.clock()).apply(r);
    }
    QString years(qint64 traineeId)
    {
        return scalar(t.db(), QStringLiteral("SELECT training_years || ' ' || training_end FROM trainees WHERE id = ?"),
                      {traineeId}).toString();
    }
};

} // namespace

class TestReductions : public QObject
{
    Q_OBJECT
private slots:
    void appliedOnlyAfterTheProvincePasses()
    {
        Fixture f;
        const ReductionFiled filed = f.file(f.trainee);
        QVERIFY2(filed.ok(), qPrintable(filed.message()));
        QCOMPARE(f.years(f.trainee), QStringLiteral("3 2024-08-31"));

        QVERIFY(f.review(f.t.p().baseA1User, filed.requestId, Action::Pass).applied);
        QCOMPARE(f.years(f.trainee), QStringLiteral("3 2024-08-31"));
        QVERIFY(f.review(f.t.p().cityAUser, filed.requestId, Action::Pass).applied);
        QCOMPARE(f.years(f.trainee), QStringLiteral("3 2024-08-31"));
        QVERIFY(f.review(f.t.p().provincialUser, filed.requestId, Action::Pass).applied);
        QCOMPARE(f.years(f.trainee), QStringLiteral("2 2023-08-31"));

        const auto row = f.as(f.t.p().provincialUser).request(filed.requestId);
        QCOMPARE(row->state, State::FinalPassed);
        QVERIFY(!row->appliedAt.isEmpty());
        QCOMPARE(scalar(f.t.db(), QStringLiteral("SELECT COUNT(*) FROM reduction_decisions WHERE request_id = ?"),
                        {filed.requestId}).toInt(), 4); // filed + three passes
        // Each review went through the one review engine as a batch action of this workflow.
        QCOMPARE(scalar(f.t.db(), QStringLiteral("SELECT COUNT(*) FROM batch_actions WHERE flow = 'training_years_reduction'"))
                     .toInt(), 3);
        QCOMPARE(scalar(f.t.db(), QStringLiteral("SELECT COUNT(*) FROM reduction_decisions WHERE request_id = ? "
                                                 "AND batch_action_id IS NOT NULL"), {filed.requestId}).toInt(), 3);
    }

    void rejectedOrReturnedLeavesTheYearsAlone()
    {
        Fixture f;
        const qint64 id = f.file(f.trainee).requestId;
        QVERIFY(f.review(f.t.p().baseA1User, id, Action::Pass).applied);
        QVERIFY(f.review(f.t.p().cityAUser, id, Action::Pass).applied);
        const BatchResult noReason = f.review(f.t.p().provincialUser, id, Action::Reject);
        QVERIFY(!noReason.applied);
        QCOMPARE(noReason.check.problem, BatchProblem::ReasonRequired);
        QVERIFY(f.review(f.t.p().provincialUser, id, Action::Return, QStringLiteral("缺少医院证明")).applied);
        QCOMPARE(f.years(f.trainee), QStringLiteral("3 2024-08-31"));

        // The base resubmits with a new proof; the chain starts again.
        const auto returned = f.as(f.t.p().baseA1User).request(id);
        QCOMPARE(returned->state, State::Returned);
        QCOMPARE(f.as(f.t.p().baseA2User).resubmit(id, returned->version).refusal, ReductionRefusal::NotReturned);
        QCOMPARE(f.as(f.t.p().baseA1User).resubmit(id, returned->version, "not a pdf", QStringLiteral("x.pdf")).refusal,
                 ReductionRefusal::ProofNotPdf);
        const ReductionFiled again = f.as(f.t.p().baseA1User).resubmit(id, returned->version, pdf(2), QStringLiteral("补充证明.pdf"));
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(f.as(f.t.p().baseA1User).request(id)->state, State::Submitted);
        QCOMPARE(f.as(f.t.p().baseA1User).request(id)->proofFileName, QStringLiteral("补充证明.pdf"));
        QCOMPARE(f.as(f.t.p().baseA1User).resubmit(id, returned->version).refusal, ReductionRefusal::NotReturned); // only once
        QVERIFY(f.review(f.t.p().baseA1User, id, Action::Reject, QStringLiteral("不符合条件")).applied);
        QCOMPARE(f.years(f.trainee), QStringLiteral("3 2024-08-31"));
    }

    void assistantGpTrackIsRefused()
    {
        Fixture f;
        const qint64 gp = f.addTrainee(f.t.p().baseA1, QStringLiteral("assistant_gp"), 2);
        const ReductionFiled r = f.file(gp, 1);
        QCOMPARE(r.refusal, ReductionRefusal::AssistantGpTrack);
        QCOMPARE(f.t.count(QStringLiteral("reduction_requests")), 0);
    }

    void secondRequestForTheSameTraineeIsRefused()
    {
        Fixture f;
        QVERIFY(f.file(f.trainee).ok());
        QCOMPARE(f.file(f.trainee, 1).refusal, ReductionRefusal::AlreadyRequested);

        // Also once the first was rejected, and also once it was applied.
        const qint64 other = f.addTrainee(f.t.p().baseA1, QStringLiteral("resident"), 3);
        const qint64 id = f.file(other).requestId;
        QVERIFY(f.review(f.t.p().baseA1User, id, Action::Reject, QStringLiteral("材料不符")).applied);
        QCOMPARE(f.file(other).refusal, ReductionRefusal::AlreadyRequested);
        // The database refuses a second row too, whatever a caller does.
        QSqlQuery q(f.t.db());
        q.prepare(QStringLiteral("INSERT INTO reduction_requests (trainee_id, base_id, from_years, to_years, reason, "
                                 "proof_file_name, proof_size, proof_sha256, state, filed_at, updated_at) "
                                 "SELECT trainee_id, base_id, 3, 1, 'x', 'x.pdf', 1, proof_sha256, 'submitted', 'now', 'now' "
                                 "FROM reduction_requests WHERE id = ?"));
        q.addBindValue(id);
        QVERIFY(!q.exec());
    }

    void onlyARealPdfIsAProof()
    {
        Fixture f;
        ReductionRequests base = f.as(f.t.p().baseA1User);
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
        QCOMPARE(base.file(f.trainee, 2, QStringLiteral("理由"), png, QStringLiteral("证明.pdf")).refusal, ReductionRefusal::ProofNotPdf);
        QCOMPARE(base.file(f.trainee, 2, QStringLiteral("理由"), "not a pdf at all", QStringLiteral("证明.pdf")).refusal,
                 ReductionRefusal::ProofNotPdf);
        QCOMPARE(base.file(f.trainee, 2, QStringLiteral("理由"), QByteArray(), QStringLiteral("证明.pdf")).refusal,
                 ReductionRefusal::ProofNotPdf);
        QCOMPARE(base.file(f.trainee, 2, QStringLiteral("理由"), pdf().left(200), QStringLiteral("证明.pdf")).refusal,
                 ReductionRefusal::ProofDamaged);
        QCOMPARE(base.file(f.trainee, 2, QString(), pdf(), QStringLiteral("证明.pdf")).refusal, ReductionRefusal::ReasonMissing);
        QCOMPARE(f.t.count(QStringLiteral("reduction_requests")), 0);
        const ReductionFiled ok = base.file(f.trainee, 2, QStringLiteral("理由"), pdf(), QStringLiteral("证明.pdf"));
        QVERIFY(ok.ok());
        // The proof is stored once, by content hash, where all evidence lives.
        QCOMPARE(scalar(f.t.db(), QStringLiteral("SELECT COUNT(*) FROM evidence_blobs b JOIN reduction_requests r "
                                                 "ON r.proof_sha256 = b.sha256")).toInt(), 1);
    }

    void yearsMustGoDownToOneOrTwo()
    {
        Fixture f;
        QCOMPARE(f.file(f.trainee, 3).refusal, ReductionRefusal::OutOfRange);
        QCOMPARE(f.file(f.trainee, 0).refusal, ReductionRefusal::OutOfRange);
        const qint64 two = f.addTrainee(f.t.p().baseA1, QStringLiteral("resident"), 2);
        QCOMPARE(f.file(two, 2).refusal, ReductionRefusal::NotShorter);
        QVERIFY(f.file(two, 1).ok());
    }

    void scopeAndStagesHoldForEveryReviewer()
    {
        Fixture f;
        const qint64 other = f.addTrainee(f.t.p().baseB1, QStringLiteral("resident"), 3);
        QCOMPARE(f.file(other).refusal, ReductionRefusal::OutOfScope); // base A1 cannot file for B1
        QCOMPARE(f.as(f.t.p().cityAUser).file(f.trainee, 2, QStringLiteral("x"), pdf(), QStringLiteral("a.pdf")).refusal,
                 ReductionRefusal::NotBase);

        const qint64 id = f.file(f.trainee).requestId;
        // The city cannot act before the base; another city cannot see it at all.
        BatchResult early = f.review(f.t.p().cityAUser, id, Action::Pass);
        QVERIFY(!early.applied);
        QCOMPARE(early.check.rows[0].problem, RowProblem::WrongState);
        BatchResult foreign = f.review(f.t.p().baseA2User, id, Action::Pass);
        QCOMPARE(foreign.check.rows[0].problem, RowProblem::OutOfScope);
        QVERIFY(foreign.check.rows[0].name.isEmpty());
        QVERIFY(f.review(f.t.p().baseA1User, id, Action::Pass).applied);
        QCOMPARE(f.review(f.t.p().cityBUser, id, Action::Pass).check.rows[0].problem, RowProblem::OutOfScope);

        // A stale version is refused: someone else acted since the list was loaded.
        BatchRequest stale;
        stale.action = Action::Pass;
        stale.rows.append({id, 1});
        QCOMPARE(ReductionReview(f.t.db(), f.t.p().cityAUser, f.t.clock()).apply(stale).check.rows[0].problem,
                 RowProblem::Changed);

        // Queues: each reviewer sees what waits for them.
        QCOMPARE(f.as(f.t.p().baseA1User).list(true).size(), 0);
        QCOMPARE(f.as(f.t.p().cityAUser).list(true).size(), 1);
        QCOMPARE(f.as(f.t.p().cityBUser).list(true).size(), 0);
        QCOMPARE(f.as(f.t.p().provincialUser).list(true).size(), 0);
        QCOMPARE(f.as(f.t.p().provincialUser).list(false).size(), 1);
    }

    void aBatchIsAllOrNothing()
    {
        Fixture f;
        const qint64 second = f.addTrainee(f.t.p().baseA1, QStringLiteral("resident"), 3);
        const qint64 a = f.file(f.trainee).requestId;
        const qint64 b = f.file(second).requestId;
        QVERIFY(f.review(f.t.p().baseA1User, b, Action::Pass).applied); // b has moved on
        BatchRequest r;
        r.action = Action::Pass;
        r.rows = {{a, 1}, {b, 1}};
        const BatchResult res = ReductionReview(f.t.db(), f.t.p().baseA1User, f.t.clock()).apply(r);
        QVERIFY(!res.applied);
        QCOMPARE(f.as(f.t.p().baseA1User).request(a)->state, State::Submitted); // nothing written
    }

    // The registration's decision history (决定历史) also lists the trainee's reduction, base → city →
    // province, with who, when and why, in time order among the exam's decisions, labelled by flow.
    void theRegistrationHistoryShowsTheReduction()
    {
        Fixture f;
        const qint64 reg = scalar(f.t.db(), QStringLiteral("SELECT id FROM registrations WHERE trainee_id = ?"),
                                  {f.trainee}).toLongLong();
        f.t.clock().advanceSecs(3600);
        const qint64 id = f.file(f.trainee).requestId;
        QVERIFY(id > 0);
        f.t.clock().advanceSecs(3600);
        QVERIFY(f.review(f.t.p().baseA1User, id, Action::Pass).applied);
        f.t.clock().advanceSecs(3600);
        // An exam decision between the reduction's steps.
        f.t.addDecision(reg, f.t.p().baseA1User, Stage::BaseReview, Action::Pass, State::Submitted, State::BasePassed);
        f.t.clock().advanceSecs(3600);
        QVERIFY(f.review(f.t.p().cityAUser, id, Action::Pass).applied);
        f.t.clock().advanceSecs(3600);
        QVERIFY(f.review(f.t.p().provincialUser, id, Action::Pass).applied);
        f.t.clock().advanceSecs(3600);
        QString error;
        const qint64 change = changes::ChangeRequestService(f.t.db(), f.t.p().baseA1User, f.t.clock())
                                  .file({f.trainee, changes::ChangeKind::Specialty, f.t.p().otherSpecialtyCode,
                                         QStringLiteral(u"转专业"), {}, {}}, &error);
        QVERIFY2(change > 0, qPrintable(error));

        const auto details = QueueRepository(f.t.db(), f.t.p().provincialUser, Workflow::completionExam()).loadDetails(reg);
        QVERIFY(details);
        const QString reductionFlow = reductionWorkflow().spec().title;
        QStringList seen; // flow | action | reviewer, for the failure message
        for (const DecisionEntry &e : details->timeline)
            seen.append(e.flow + QLatin1Char('|') + e.actionText + QLatin1Char('|') + e.reviewer);
        QList<DecisionEntry> reductions;
        for (const DecisionEntry &e : details->timeline)
            if (e.flow == reductionFlow)
                reductions.append(e);
        QCOMPARE(reductions.size(), 4); // filed, base, city, province
        QCOMPARE(reductions.at(1).stageText, stageName(Stage::BaseReview));
        QCOMPARE(reductions.at(2).stageText, stageName(Stage::CityReview));
        QCOMPARE(reductions.at(3).stageText, stageName(Stage::FinalReview));
        QCOMPARE(reductions.at(3).toText, stateName(State::FinalPassed));
        QCOMPARE(reductions.at(3).reviewer, f.t.p().provincialUser.displayName);
        QCOMPARE(reductions.at(0).reason, QStringLiteral("已在外院完成一年培训"));
        for (qsizetype i = 1; i < details->timeline.size(); ++i)
            QVERIFY2(details->timeline.at(i - 1).decidedAt <= details->timeline.at(i).decidedAt, qPrintable(seen.join(u'\n')));
        // The exam's own base pass sits between the reduction's base and city passes.
        const qsizetype examPass = std::find_if(details->timeline.cbegin(), details->timeline.cend(), [](const DecisionEntry &e) {
                                       return e.flow == Workflow::completionExam().spec().title && e.action == Action::Pass;
                                   }) - details->timeline.cbegin();
        QVERIFY(examPass < details->timeline.size());
        QCOMPARE(details->timeline.at(examPass - 1).stageText, stageName(Stage::BaseReview));
        QCOMPARE(details->timeline.at(examPass - 1).flow, reductionFlow);
        QCOMPARE(details->timeline.at(examPass + 1).stageText, stageName(Stage::CityReview));
        // The change request filed last comes last, labelled with its flow.
        QCOMPARE(details->timeline.last().flow, changes::workflow().spec().title);
        QVERIFY(details->timeline.last().fromText.isEmpty());

        // Another city's user sees neither the registration nor the reduction.
        QVERIFY(!QueueRepository(f.t.db(), f.t.p().cityBUser, Workflow::completionExam()).loadDetails(reg));
    }
};

QTEST_GUILESS_MAIN(TestReductions)
#include "tst_reductions.moc"
