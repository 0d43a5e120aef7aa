// A roster that brings training years (培训年限) or start and end dates sets the trainee's training
// years in the same transaction as the roster rows, by the rules of app/core/years; an applied
// reduction is never overwritten silently.
#include "Clock.h"
#include "TestSupport.h"
#include "import/RosterColumns.h"
#include "import/RosterImport.h"
#include "years/ReductionRequests.h"
#include "years/ReductionReview.h"

#include <QTest>

using namespace gme;
using namespace gme::test;

namespace {

struct Roster
{
    SheetTable table;
    bool withEnd = true;
    explicit Roster(bool endColumn = true) : withEnd(endColumn)
    {
        QStringList header{QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("人员类型"),
                           QStringLiteral("报考专业"), QStringLiteral("培训开始时间"), QStringLiteral("培训年限")};
        if (withEnd)
            header.insert(5, QStringLiteral("培训结束时间"));
        add(header);
    }
    void add(const QStringList &cells)
    {
        QVector<SheetCell> row;
        for (const QString &s : cells)
            row.append(s.isEmpty() ? SheetCell{} : SheetCell{SheetCell::Kind::Text, s, 0, {}});
        table.rows.append(row);
    }
    // Row n+1 in Excel's numbering for the n-th trainee added.
    void trainee(int n, const QString &start, const QString &end, const QString &years, const QString &specialty)
    {
        QStringList cells{QStringLiteral(u"学员%1").arg(n), TestDb::residentId(n), QStringLiteral("面向社会招收"), specialty, start, years};
        if (withEnd)
            cells.insert(5, end);
        add(cells);
    }
};

QString yearsOf(TestDb &t, int n)
{
    return scalar(t.db(), QStringLiteral("SELECT COALESCE(CAST(training_years AS TEXT), '-') || ' ' || "
                                         "COALESCE(training_start, '-') || ' ' || COALESCE(training_end, '-') "
                                         "FROM trainees WHERE id_number = ?"),
                  {TestDb::residentId(n)})
        .toString();
}

QString issueAt(const ImportPlan &plan, int row, const QString &column)
{
    for (const ImportIssue &i : plan.issues)
        if (i.row == row && i.column == column)
            return i.message;
    return {};
}

} // namespace

class TestRosterYears : public QObject
{
    Q_OBJECT

    static ImportPlan plan(TestDb &t, const Roster &r)
    {
        return RosterImporter(t.db(), t.p().baseA1User).plan(r.table, *detectRosterHeader(r.table), QStringLiteral("roster.xlsx"));
    }

private slots:
    void yearsAndEndFollowTheRules()
    {
        TestDb t;
        Clock::install(&t.clock());
        const QString sp = t.p().specialtyName;
        Roster r;
        r.trainee(801, QStringLiteral("2021-09-01"), {}, QStringLiteral("3"), sp);                      // row 2
        r.trainee(802, QStringLiteral("2021-09-01"), QStringLiteral("2024-08-31"), {}, sp);             // row 3: from the dates
        r.trainee(803, QStringLiteral("2021-09-01"), QStringLiteral("2024-07-31"), QStringLiteral("三年"), sp); // row 4
        r.trainee(804, QStringLiteral("2021-09-01"), {}, QStringLiteral("4"), sp);                      // row 5
        r.trainee(805, QStringLiteral("2021-09-01"), {}, QStringLiteral("2"), sp);                      // row 6: no reduction
        r.trainee(806, {}, {}, QStringLiteral("3"), sp);                                                 // row 7: no start
        r.trainee(807, QStringLiteral("2021-09-01"), QStringLiteral("2025-08-31"), {}, sp);             // row 8: 4 years (extended)
        const ImportPlan p = plan(t, r);
        QVERIFY(p.setsTrainingYears);
        QCOMPARE(p.rejectedRows, (QList<int>{4, 5, 6, 7}));
        QVERIFY(!issueAt(p, 4, QStringLiteral("培训结束时间")).isEmpty());
        QVERIFY(issueAt(p, 5, QStringLiteral("培训年限")).contains(QStringLiteral("1, 2 or 3")));
        QVERIFY(issueAt(p, 6, QStringLiteral("培训年限")).contains(QStringLiteral("reduction")));
        QVERIFY(!issueAt(p, 7, QStringLiteral("培训开始时间")).isEmpty());

        // All or nothing: the roster rows and their years are one transaction.
        QVERIFY(!RosterImporter(t.db(), t.p().baseA1User).commit(p, RosterImporter::Mode::AllOrNothing).ok);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM trainees WHERE id_number = ?"), {TestDb::residentId(801)}).toInt(), 0);

        const ImportOutcome out = RosterImporter(t.db(), t.p().baseA1User).commit(p, RosterImporter::Mode::ValidRowsOnly);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.inserted, 3);
        QCOMPARE(yearsOf(t, 801), QStringLiteral("3 2021-09-01 2024-08-31"));
        QCOMPARE(yearsOf(t, 802), QStringLiteral("3 2021-09-01 2024-08-31"));
        QCOMPARE(yearsOf(t, 807), QStringLiteral("- 2021-09-01 2025-08-31")); // no whole 1–3 years: not guessed

        // The same file again changes nothing.
        const ImportOutcome again = RosterImporter(t.db(), t.p().baseA1User).commit(plan(t, r), RosterImporter::Mode::ValidRowsOnly);
        QVERIFY(again.ok);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 3);
        Clock::install(nullptr);
    }

    void anExistingTraineesYearsAreUpdated()
    {
        TestDb t;
        Clock::install(&t.clock());
        Roster first;
        first.trainee(811, QStringLiteral("2021-09-01"), QStringLiteral("2024-08-31"), {}, t.p().specialtyName);
        QVERIFY(RosterImporter(t.db(), t.p().baseA1User).commit(plan(t, first), RosterImporter::Mode::AllOrNothing).ok);
        execSql(t.db(), QStringLiteral("UPDATE trainees SET training_years = NULL WHERE id_number = ?"), {TestDb::residentId(811)});
        // A later roster moves the start by a year and says 3 years: the end follows.
        Roster later;
        later.trainee(811, QStringLiteral("2022-09-01"), {}, QStringLiteral("3年"), t.p().specialtyName);
        const ImportOutcome out = RosterImporter(t.db(), t.p().baseA1User).commit(plan(t, later), RosterImporter::Mode::AllOrNothing);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.updated, 1);
        QCOMPARE(yearsOf(t, 811), QStringLiteral("3 2022-09-01 2025-08-31"));

        // A roster without an end column and with the years left empty: the stored years carry the end.
        Roster noEnd(false);
        noEnd.trainee(811, QStringLiteral("2023-03-01"), {}, {}, t.p().specialtyName);
        QVERIFY(RosterImporter(t.db(), t.p().baseA1User).commit(plan(t, noEnd), RosterImporter::Mode::AllOrNothing).ok);
        QCOMPARE(yearsOf(t, 811), QStringLiteral("3 2023-03-01 2026-02-28"));
        Clock::install(nullptr);
    }

    void anAppliedReductionIsNotOverwritten()
    {
        TestDb t;
        Clock::install(&t.clock());
        Roster first;
        first.trainee(821, QStringLiteral("2021-09-01"), QStringLiteral("2024-08-31"), QStringLiteral("3"), t.p().specialtyName);
        QVERIFY(RosterImporter(t.db(), t.p().baseA1User).commit(plan(t, first), RosterImporter::Mode::AllOrNothing).ok);
        const qint64 trainee = scalar(t.db(), QStringLiteral("SELECT id FROM trainees WHERE id_number = ?"), {TestDb::residentId(821)}).toLongLong();
        const QByteArray proof = "%PDF-1.4\n% proof\n" + QByteArray(600, 'p') + "\n%%EOF\n";
        const ReductionFiled filed = ReductionRequests(t.db(), t.p().baseA1User, t.clock())
                                         .file(trainee, 2, QStringLiteral("外院已培训一年"), proof, QStringLiteral("证明.pdf"));
        QVERIFY2(filed.ok(), qPrintable(filed.message()));
        int version = 1;
        for (const User &u : {t.p().baseA1User, t.p().cityAUser, t.p().provincialUser})
            QVERIFY(ReductionReview(t.db(), u, t.clock()).apply(BatchRequest(Action::Pass, {}, {{filed.requestId, version++}})).applied);
        QCOMPARE(yearsOf(t, 821), QStringLiteral("2 2021-09-01 2023-08-31"));

        // The old roster again: a row problem naming the reduction, and nothing changes.
        ImportPlan p = plan(t, first);
        QCOMPARE(p.rejectedRows, QList<int>{2});
        QVERIFY2(issueAt(p, 2, QStringLiteral("培训年限")).contains(QStringLiteral("reduction")), qPrintable(p.issues.value(0).message));
        Roster datesOnly; // without the years the dates still say 3 years
        datesOnly.trainee(821, QStringLiteral("2021-09-01"), QStringLiteral("2024-08-31"), {}, t.p().specialtyName);
        QCOMPARE(plan(t, datesOnly).rejectedRows, QList<int>{2});
        Roster laterStart; // the right years, a different start: still the reduction's dates
        laterStart.trainee(821, QStringLiteral("2022-03-01"), {}, QStringLiteral("2"), t.p().specialtyName);
        QVERIFY(issueAt(plan(t, laterStart), 2, QStringLiteral("培训年限")).contains(QStringLiteral("reduction")));
        QCOMPARE(yearsOf(t, 821), QStringLiteral("2 2021-09-01 2023-08-31"));

        // A roster that agrees with the reduction passes and changes nothing.
        Roster agreeing;
        agreeing.trainee(821, QStringLiteral("2021-09-01"), QStringLiteral("2023-08-31"), QStringLiteral("2"), t.p().specialtyName);
        p = plan(t, agreeing);
        QVERIFY2(p.issues.isEmpty(), qPrintable(p.issues.value(0).message));
        const ImportOutcome out = RosterImporter(t.db(), t.p().baseA1User).commit(p, RosterImporter::Mode::AllOrNothing);
        QVERIFY(out.ok);
        QCOMPARE(out.unchanged, 1);
        Clock::install(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestRosterYears)
#include "tst_roster_years.moc"
