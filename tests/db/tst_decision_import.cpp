#include "SheetCells.h"
#include "TestSupport.h"
#include "import/DecisionImport.h"

#include <QTest>

using namespace gme;
using namespace gme::test;

namespace {

// The decision sheet: its header, then the rows.
SheetTable sheet(const QList<QStringList> &rows)
{
    return textSheet(QList<QStringList>{{QStringLiteral("证件号码"), QStringLiteral("审核结果"), QStringLiteral("原因")}} + rows);
}

} // namespace

class TestDecisionImport : public QObject
{
    Q_OBJECT
private slots:
    void appliesThroughTheEngineInOneGo()
    {
        TestDb t;
        t.clock().set(TestDb::timeIn(Stage::BaseReview));
        const qint64 a = t.addRegistration(t.p().baseA1, State::Submitted);
        const qint64 b = t.addRegistration(t.p().baseA1, State::Submitted);
        const qint64 c = t.addRegistration(t.p().baseA1, State::Submitted);
        DecisionImporter importer(t.db(), t.p().baseA1User, Workflow::completionExam(), t.clock());
        const DecisionImportPlan plan = importer.plan(
            sheet({{t.idNumberOf(a), QStringLiteral("通过"), {}},
                   {t.idNumberOf(b).toLower(), QStringLiteral("退回修改"), QStringLiteral("照片不合格")},
                   {t.idNumberOf(c), QStringLiteral("通过"), {}}}),
            QStringLiteral("decisions.xlsx"));
        QVERIFY(plan.issues.isEmpty());
        QCOMPARE(plan.batches.size(), 2); // pass, and return with its reason
        const DecisionImportOutcome out = importer.apply(plan);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.applied, 3);
        QCOMPARE(t.stateOf(a), State::BasePassed);
        QCOMPARE(t.stateOf(b), State::Returned);
        QCOMPARE(t.stateOf(c), State::BasePassed);
        const auto log = t.decisionsOf(b);
        QCOMPARE(log.last().reason, QStringLiteral("照片不合格"));
        QVERIFY(log.last().batchActionId != 0);
    }

    void problemsAreNamedAndNothingApplies()
    {
        TestDb t;
        t.clock().set(TestDb::timeIn(Stage::BaseReview));
        const qint64 mine = t.addRegistration(t.p().baseA1, State::Submitted);
        const qint64 other = t.addRegistration(t.p().baseA2, State::Submitted);
        DecisionImporter importer(t.db(), t.p().baseA1User, Workflow::completionExam(), t.clock());
        const DecisionImportPlan plan = importer.plan(
            sheet({{t.idNumberOf(mine), QStringLiteral("不通过"), {}},          // row 2: reason missing
                   {t.idNumberOf(other), QStringLiteral("通过"), {}},           // row 3: another base's row
                   {t.idNumberOf(mine), QStringLiteral("同意"), {}}}),          // row 4: unknown result
            QStringLiteral("decisions.xlsx"));
        QCOMPARE(plan.issues.size(), 3);
        QCOMPARE(plan.issues[0].row, 2);
        QCOMPARE(plan.issues[1].row, 3);
        QCOMPARE(plan.issues[2].row, 4);
        QVERIFY(!importer.apply(plan).ok);
        QCOMPARE(t.stateOf(mine), State::Submitted);
        QCOMPARE(t.stateOf(other), State::Submitted);
    }

    void aRowChangedAfterPlanningStopsTheWholeFile()
    {
        TestDb t;
        t.clock().set(TestDb::timeIn(Stage::BaseReview));
        const qint64 a = t.addRegistration(t.p().baseA1, State::Submitted);
        const qint64 b = t.addRegistration(t.p().baseA1, State::Submitted);
        DecisionImporter importer(t.db(), t.p().baseA1User, Workflow::completionExam(), t.clock());
        const DecisionImportPlan plan = importer.plan(
            sheet({{t.idNumberOf(a), QStringLiteral("通过"), {}},
                   {t.idNumberOf(b), QStringLiteral("退回"), QStringLiteral("材料不全")}}),
            QStringLiteral("decisions.xlsx"));
        QVERIFY(plan.issues.isEmpty());
        execSql(t.db(), QStringLiteral("UPDATE registrations SET version = version + 1 WHERE id = ?"), {b});
        QVERIFY(!importer.apply(plan).ok);
        QCOMPARE(t.stateOf(a), State::Submitted); // the pass batch was rolled back with the return batch
        QCOMPARE(t.count(QStringLiteral("batch_actions")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDecisionImport)
#include "tst_decision_import.moc"
