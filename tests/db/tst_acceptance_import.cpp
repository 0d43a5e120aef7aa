// Trainees' answers to admission results imported from a sheet (是否接受录取: 接受 / 放弃): applied
// through the recruitment workflow, refused rows named with row, column and reason, idempotent.
#include "RecruitmentFixture.h"
#include "SheetCells.h"
#include "TestSupport.h"
#include "recruitment/AcceptanceImport.h"
#include "recruitment/RecruitmentWorkflow.h"
#include "review/ReviewEngine.h"

#include <QTest>

using namespace gme;
using namespace gme::test;
using recruit::AcceptanceImporter;
using recruit::AcceptancePlan;

namespace {

const QStringList kHeader{QStringLiteral("证件号码"), QStringLiteral("姓名"), QStringLiteral("专业"),
                          QStringLiteral("是否接受录取")};

} // namespace

class TestAcceptanceImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDb> m_t;
    std::unique_ptr<RecruitmentFixture> m_r;
    const Province &p() const { return m_t->p(); }

    QStringList line(qint64 applicationId, const QString &answer) const
    {
        const QString id = scalar(m_t->db(), QStringLiteral("SELECT id_number FROM applications WHERE id = ?"), {applicationId}).toString();
        const QString name = scalar(m_t->db(), QStringLiteral("SELECT name FROM applications WHERE id = ?"), {applicationId}).toString();
        return {id, name, p().specialtyName, answer};
    }
    // A result sent two days ago: locked, so the trainee's answer can be recorded.
    qint64 sentLongAgo(qint64 base) const
    {
        return m_r->addApplication(base, QStringLiteral("sent"), {}, false, m_t->clock().now().addDays(-2));
    }
    AcceptancePlan plan(const User &u, const SheetTable &t) const
    {
        const auto mapping = recruit::detectAcceptanceHeader(t);
        if (!mapping)
            return {};
        return AcceptanceImporter(m_t->db(), u, m_t->clock()).plan(t, *mapping, QStringLiteral("answers.xlsx"));
    }
    ImportOutcome commit(const User &u, const AcceptancePlan &plan, RosterImporter::Mode mode) const
    {
        return AcceptanceImporter(m_t->db(), u, m_t->clock()).commit(plan, mode);
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

    void acceptsAndDeclinesThenChangesNothingTheSecondTime()
    {
        const qint64 a = sentLongAgo(p().baseA1);
        const qint64 b = sentLongAgo(p().baseA1);
        const SheetTable t = textSheet({{QStringLiteral("2023年录取确认结果")}, kHeader, line(a, QStringLiteral("接受")),
                                    line(b, QStringLiteral("放弃"))});
        AcceptancePlan first = plan(p().baseA1User, t);
        QVERIFY2(first.issues.isEmpty(), first.issues.isEmpty() ? "" : qPrintable(first.issues.first().message));
        QCOMPARE(first.rowsRead, 2);
        QCOMPARE(first.valid.size(), 2);
        const ImportOutcome done = commit(p().baseA1User, first, RosterImporter::Mode::AllOrNothing);
        QVERIFY2(done.ok, qPrintable(done.error));
        QCOMPARE(done.updated, 2);
        QCOMPARE(m_r->stateOf(a), QStringLiteral("accepted"));
        QCOMPARE(m_r->stateOf(b), QStringLiteral("declined"));
        QVERIFY(!scalar(m_t->db(), QStringLiteral("SELECT accepted_at FROM applications WHERE id = ?"), {a}).isNull());
        // The decision log is the engine's, by the importing user, saying where the answer came from.
        QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT reason FROM application_decisions WHERE application_id = ? "
                                                  "AND action = 'accept'"), {a}).toString(),
                 QStringLiteral("Imported from answers.xlsx"));
        QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT user_id FROM application_decisions WHERE application_id = ? "
                                                  "AND action = 'decline'"), {b}).toLongLong(), p().baseA1User.id);

        const int decisions = m_t->count(QStringLiteral("application_decisions"));
        const AcceptancePlan again = plan(p().baseA1User, t);
        QVERIFY(again.issues.isEmpty());
        QCOMPARE(again.valid.size(), 0);
        QCOMPARE(again.alreadyAnswered, 2);
        const ImportOutcome twice = commit(p().baseA1User, again, RosterImporter::Mode::AllOrNothing);
        QVERIFY(twice.ok);
        QCOMPARE(twice.updated, 0);
        QCOMPARE(twice.unchanged, 2);
        QCOMPARE(m_t->count(QStringLiteral("application_decisions")), decisions);
    }

    void everyRefusedRowSaysWhy()
    {
        const qint64 good = sentLongAgo(p().baseA1);
        const qint64 fresh = m_r->addApplication(p().baseA1, QStringLiteral("sent"), {}, false, m_t->clock().now().addSecs(-3600));
        const qint64 notSent = m_r->addApplication(p().baseA1, QStringLiteral("admitted"));
        const qint64 foreign = sentLongAgo(p().baseA2);
        const qint64 answered = m_r->addApplication(p().baseA1, QStringLiteral("declined"), {}, false,
                                                   m_t->clock().now().addDays(-2), p().specialtyCode);
        const qint64 other = sentLongAgo(p().baseA1);
        const qint64 unsure = sentLongAgo(p().baseA1);
        QStringList wrongName = line(other, QStringLiteral("接受"));
        wrongName[1] = QStringLiteral("别人");
        const SheetTable t = textSheet({kHeader,
                                    line(good, QStringLiteral("接受")),           // row 2
                                    line(fresh, QStringLiteral("接受")),          // row 3: the 12 hours are not over
                                    line(notSent, QStringLiteral("接受")),        // row 4: no result sent
                                    line(foreign, QStringLiteral("接受")),        // row 5: another base's applicant
                                    line(answered, QStringLiteral("接受")),       // row 6: already declined
                                    line(good, QStringLiteral("接受")),           // row 7: duplicate
                                    wrongName,                                    // row 8
                                    line(unsure, QStringLiteral("也许"))});    // row 9
        const AcceptancePlan pl = plan(p().baseA1User, t);
        QCOMPARE(pl.rowsRead, 8);
        QCOMPARE(pl.valid.size(), 1);
        QCOMPARE(pl.rejectedRows, (QList<int>{3, 4, 5, 6, 7, 8, 9}));
        QCOMPARE(pl.issues.size(), 7); // one reason per refused row
        QHash<int, ImportIssue> byRow;
        for (const ImportIssue &i : pl.issues)
            byRow.insert(i.row, i);
        QCOMPARE(byRow.value(3).column, QStringLiteral("是否接受录取"));
        QVERIFY2(byRow.value(3).message.contains(QStringLiteral("until")), qPrintable(byRow.value(3).message));
        QVERIFY(byRow.value(4).message.contains(QStringLiteral("No admission result waits")));
        QCOMPARE(byRow.value(5).column, QStringLiteral("证件号码"));
        QVERIFY(byRow.value(5).message.contains(QStringLiteral("None of your applicants")));
        QVERIFY(byRow.value(6).message.contains(QStringLiteral("already answered")));
        QVERIFY(byRow.value(7).message.contains(QStringLiteral("row 2")));
        QCOMPARE(byRow.value(8).column, QStringLiteral("姓名"));
        QCOMPARE(byRow.value(9).column, QStringLiteral("是否接受录取"));
        QVERIFY(byRow.value(9).message.contains(QStringLiteral("也许")));

        // All or nothing: nothing moves; valid rows only: the one good row does.
        const ImportOutcome refused = commit(p().baseA1User, pl, RosterImporter::Mode::AllOrNothing);
        QVERIFY(!refused.ok);
        QCOMPARE(m_r->stateOf(good), QStringLiteral("sent"));
        const ImportOutcome some = commit(p().baseA1User, pl, RosterImporter::Mode::ValidRowsOnly);
        QVERIFY2(some.ok, qPrintable(some.error));
        QCOMPARE(some.updated, 1);
        QCOMPARE(m_r->stateOf(good), QStringLiteral("accepted"));
        QCOMPARE(m_r->stateOf(fresh), QStringLiteral("sent"));
        QCOMPARE(m_r->stateOf(foreign), QStringLiteral("sent"));
        QCOMPARE(m_r->stateOf(other), QStringLiteral("sent"));
        QCOMPARE(m_r->stateOf(unsure), QStringLiteral("sent"));
    }

    void refusedOutsideTheConfirmationWindow()
    {
        const qint64 a = sentLongAgo(p().baseA1);
        m_r->setWindow(QStringLiteral("confirmation"), m_t->clock().now().addDays(-3), m_t->clock().now().addSecs(-1));
        const AcceptancePlan pl = plan(p().baseA1User, textSheet({kHeader, line(a, QStringLiteral("接受"))}));
        QCOMPARE(pl.valid.size(), 0);
        QCOMPARE(pl.issues.size(), 1);
        QVERIFY2(pl.issues.first().message.contains(QStringLiteral("confirmation window")), qPrintable(pl.issues.first().message));
    }

    void onlyTheBaseRecordsAnswers()
    {
        const qint64 a = sentLongAgo(p().baseA1);
        const AcceptancePlan pl = plan(p().cityAUser, textSheet({kHeader, line(a, QStringLiteral("接受"))}));
        QCOMPARE(pl.valid.size(), 0);
        QCOMPARE(pl.rejectedRows, QList<int>{2});
        QCOMPARE(m_r->stateOf(a), QStringLiteral("sent"));
    }

    void anIdAndAnswerColumnAreEnough()
    {
        const qint64 a = sentLongAgo(p().baseA1);
        const SheetTable t = textSheet({{QStringLiteral("身份证号"), QStringLiteral("是否接受")},
                                    {line(a, QString())[0], QStringLiteral("放弃")}});
        const AcceptancePlan pl = plan(p().baseA1User, t);
        QVERIFY(pl.issues.isEmpty());
        QCOMPARE(pl.valid.size(), 1);
        QVERIFY(!pl.valid.first().accept);
    }

    void aRowChangedSinceCheckingWritesNothing()
    {
        const qint64 a = sentLongAgo(p().baseA1);
        const qint64 b = sentLongAgo(p().baseA1);
        const AcceptancePlan pl = plan(p().baseA1User, textSheet({kHeader, line(a, QStringLiteral("接受")), line(b, QStringLiteral("接受"))}));
        QCOMPARE(pl.valid.size(), 2);
        // Someone records b's answer by hand meanwhile.
        BatchRequest byHand = BatchRequest::of(QStringLiteral("decline"), m_r->rowsOf({b}));
        QVERIFY(ReviewEngine(m_t->db(), p().baseA1User, recruit::workflow(), m_t->clock()).apply(byHand).applied);
        const ImportOutcome out = commit(p().baseA1User, pl, RosterImporter::Mode::AllOrNothing);
        QVERIFY(!out.ok);
        QVERIFY(!out.error.isEmpty());
        QCOMPARE(m_r->stateOf(a), QStringLiteral("sent"));
        QCOMPARE(m_r->stateOf(b), QStringLiteral("declined"));
    }
};

QTEST_GUILESS_MAIN(TestAcceptanceImport)
#include "tst_acceptance_import.moc"
