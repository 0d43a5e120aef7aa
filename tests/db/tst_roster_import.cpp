#include "SheetCells.h"
#include "TestSupport.h"
#include "import/RosterImport.h"
#include "import/RosterColumns.h"
#include "export/QueueExport.h"
#include "review/QueueRepository.h"

#include <QTemporaryDir>

#include <QTest>

using namespace gme;
using namespace gme::test;

namespace {

// A roster as a base office sends it: title, unit line, header, rows.
struct Roster
{
    SheetTable table;
    Roster()
    {
        add({QStringLiteral("2023年结业考核报名汇总表")});
        add({QStringLiteral("填报单位：")});
        add({QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("人员类型"),
             QStringLiteral("报考专业"), QStringLiteral("培训基地"), QStringLiteral("培训开始时间"), QStringLiteral("性别")});
    }
    void add(const QStringList &cells)
    {
        QVector<SheetCell> row;
        for (const QString &c : cells)
            row.append(textCell(c));
        table.rows.append(row);
    }
    void trainee(const QString &name, const QString &id, const QString &base, const QString &specialty,
                 const QString &start = QStringLiteral("2020-09-01"), const QString &gender = {},
                 const QString &personType = QStringLiteral("面向社会招收"))
    {
        add({QString::number(table.rows.size() - 2), name, id, personType, specialty, base, start, gender});
    }
    ColumnMapping mapping() const { return *detectRosterHeader(table); }
};

QString orgName(TestDb &t, qint64 id)
{
    return scalar(t.db(), QStringLiteral("SELECT name FROM orgs WHERE id = ?"), {id}).toString();
}

} // namespace

class TestRosterImport : public QObject
{
    Q_OBJECT
private slots:
    void importsValidRowsAndSecondImportChangesNothing()
    {
        TestDb t;
        Clock::install(&t.clock());
        const QString base = orgName(t, t.p().baseA1);
        Roster r;
        r.trainee(QStringLiteral("张三"), TestDb::residentId(901), base, t.p().specialtyName);
        r.trainee(QStringLiteral("李　四"), TestDb::residentId(902).toLower(), base, t.p().specialtyCode,
                  QStringLiteral("2020年9月1日"));
        RosterImporter importer(t.db(), t.p().baseA1User);
        const ImportPlan plan = importer.plan(r.table, r.mapping(), QStringLiteral("roster.xlsx"));
        QVERIFY2(plan.issues.isEmpty(), qPrintable(plan.issues.value(0).message));
        QCOMPARE(plan.rowsRead, 2);
        QCOMPARE(plan.valid[1].name, QStringLiteral("李四"));
        QCOMPARE(plan.valid[1].trainingStart, QDate(2020, 9, 1));

        const int before = t.count(QStringLiteral("registrations"));
        ImportOutcome first = importer.commit(plan, RosterImporter::Mode::AllOrNothing, t.p().examBatch);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.inserted, 2);
        QCOMPARE(first.registrationsCreated, 2);
        QCOMPARE(t.count(QStringLiteral("registrations")), before + 2);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM decisions WHERE action = 'submit' AND user_id = ?"),
                        {t.p().baseA1User.id}).toInt(), 2);

        const ImportPlan again = importer.plan(r.table, r.mapping(), QStringLiteral("roster.xlsx"));
        const ImportOutcome second = importer.commit(again, RosterImporter::Mode::AllOrNothing, t.p().examBatch);
        QVERIFY(second.ok);
        QCOMPARE(second.inserted, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(second.unchanged, 2);
        QCOMPARE(second.registrationsCreated, 0);
        QCOMPARE(t.count(QStringLiteral("registrations")), before + 2);
        Clock::install(nullptr);
    }

    void reportsEveryProblemWithRowAndColumn()
    {
        TestDb t;
        const QString base = orgName(t, t.p().baseA1);
        Roster r;
        r.trainee(QStringLiteral("好人"), TestDb::residentId(910), base, t.p().specialtyName);             // row 4
        QString wrongCheck = TestDb::residentId(911);
        wrongCheck[17] = wrongCheck[17] == u'1' ? u'2' : u'1';
        r.trainee(QStringLiteral("错校验"), wrongCheck, base, t.p().specialtyName);                          // row 5
        r.trainee(QStringLiteral("科学计数"), QStringLiteral("4.40106E+17"), base, t.p().specialtyName);     // row 6
        r.trainee(QStringLiteral("无专业"), TestDb::residentId(912), base, QStringLiteral("星际医学"));      // row 7
        r.trainee(QStringLiteral("重复"), TestDb::residentId(910), base, t.p().specialtyName);              // row 8
        r.trainee(QStringLiteral("坏日期"), TestDb::residentId(913), base, t.p().specialtyName, QStringLiteral("九月"));
        r.trainee(QStringLiteral("类型"), TestDb::residentId(914), base, t.p().specialtyName, {}, {}, QStringLiteral("路人"));
        r.add({});                                                                                           // blank row 11
        RosterImporter importer(t.db(), t.p().baseA1User);
        const ImportPlan plan = importer.plan(r.table, r.mapping(), QStringLiteral("roster.xlsx"));
        QCOMPARE(plan.rowsRead, 7);
        QCOMPARE(plan.valid.size(), 1);
        QCOMPARE(plan.rejectedRows, (QList<int>{5, 6, 7, 8, 9, 10}));
        auto issueAt = [&](int row) {
            for (const ImportIssue &i : plan.issues)
                if (i.row == row)
                    return i;
            return ImportIssue{};
        };
        QCOMPARE(issueAt(5).column, QStringLiteral("身份证号"));
        QCOMPARE(issueAt(6).column, QStringLiteral("身份证号"));
        QVERIFY(issueAt(6).message.contains(QStringLiteral("Excel")));
        QCOMPARE(issueAt(7).column, QStringLiteral("报考专业"));
        QVERIFY(issueAt(8).message.contains(QStringLiteral("row 4")));
        QCOMPARE(issueAt(9).column, QStringLiteral("培训开始时间"));
        QCOMPARE(issueAt(10).column, QStringLiteral("人员类型"));

        const int trainees = t.count(QStringLiteral("trainees"));
        QVERIFY(!importer.commit(plan, RosterImporter::Mode::AllOrNothing).ok);
        QCOMPARE(t.count(QStringLiteral("trainees")), trainees);
        const ImportOutcome some = importer.commit(plan, RosterImporter::Mode::ValidRowsOnly);
        QVERIFY(some.ok);
        QCOMPARE(some.inserted, 1);
        QCOMPARE(t.count(QStringLiteral("trainees")), trainees + 1);
    }

    void scopeLimitsWhatCanBeImported()
    {
        TestDb t;
        Roster r;
        r.trainee(QStringLiteral("本基地"), TestDb::residentId(920), {}, t.p().specialtyName);
        r.trainee(QStringLiteral("兄弟基地"), TestDb::residentId(921), orgName(t, t.p().baseA2), t.p().specialtyName);
        r.trainee(QStringLiteral("外市基地"), TestDb::residentId(922), orgName(t, t.p().baseB1), t.p().specialtyName);

        const ImportPlan asBase = RosterImporter(t.db(), t.p().baseA1User).plan(r.table, r.mapping(), QStringLiteral("f"));
        QCOMPARE(asBase.valid.size(), 1);
        QCOMPARE(asBase.valid[0].baseId, t.p().baseA1); // an empty base column means the user's own base
        QCOMPARE(asBase.rejectedRows, (QList<int>{5, 6}));

        const ImportPlan asCity = RosterImporter(t.db(), t.p().cityAUser).plan(r.table, r.mapping(), QStringLiteral("f"));
        QCOMPARE(asCity.rejectedRows, (QList<int>{4, 6})); // no base given; base outside the city

        const ImportPlan asProvince = RosterImporter(t.db(), t.p().provincialUser).plan(r.table, r.mapping(), QStringLiteral("f"));
        QCOMPARE(asProvince.rejectedRows, (QList<int>{4}));
    }

    void traineeOfAnotherBaseIsNotMoved()
    {
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseB1, State::Submitted);
        Roster r;
        r.trainee(QStringLiteral("转基地"), t.idNumberOf(reg), orgName(t, t.p().baseA1), t.p().specialtyName);
        const ImportPlan plan = RosterImporter(t.db(), t.p().provincialUser).plan(r.table, r.mapping(), QStringLiteral("f"));
        QCOMPARE(plan.rejectedRows, (QList<int>{4}));
        QVERIFY(plan.issues[0].message.contains(QStringLiteral("change request")));
    }

    void failureMidwayLeavesNothing()
    {
        TestDb t;
        // A database-side failure on the third row, after two rows were already written.
        execSql(t.db(), QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON trainees WHEN NEW.name = '第三' "
                                       "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"));
        Roster r;
        for (int i = 0; i < 3; ++i)
            r.trainee(i == 2 ? QStringLiteral("第三") : QStringLiteral("学员%1").arg(i), TestDb::residentId(930 + i),
                      {}, t.p().specialtyName);
        RosterImporter importer(t.db(), t.p().baseA1User);
        const ImportPlan plan = importer.plan(r.table, r.mapping(), QStringLiteral("f"));
        QCOMPARE(plan.valid.size(), 3);
        const int trainees = t.count(QStringLiteral("trainees"));
        const ImportOutcome out = importer.commit(plan, RosterImporter::Mode::AllOrNothing, t.p().examBatch);
        QVERIFY(!out.ok);
        QVERIFY(out.error.contains(QStringLiteral("disk trouble")));
        QCOMPARE(t.count(QStringLiteral("trainees")), trainees);
    }

    void queueExportReimportedChangesNothing()
    {
        TestDb t;
        for (int i = 0; i < 5; ++i)
            t.addRegistration(t.p().baseA1, State::Submitted);
        const QVector<QueueRow> rows =
            QueueRepository(t.db(), t.p().baseA1User, Workflow::completionExam()).loadQueue();
        QCOMPARE(rows.size(), 5);
        QVector<int> order{4, 2, 0, 1, 3};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.xlsx"));
        QVERIFY(exportQueueRows(path, rows, order).ok);

        const SheetReadResult read = readRosterFile(path);
        QVERIFY2(read.ok, qPrintable(read.error));
        const auto mapping = detectRosterHeader(read.table);
        QVERIFY(mapping.has_value());
        RosterImporter importer(t.db(), t.p().baseA1User);
        const ImportPlan plan = importer.plan(read.table, *mapping, QStringLiteral("queue.xlsx"));
        QVERIFY2(plan.issues.isEmpty(), qPrintable(plan.issues.value(0).message));
        QCOMPARE(plan.valid.size(), 5);
        const ImportOutcome out = importer.commit(plan, RosterImporter::Mode::AllOrNothing, t.p().examBatch);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.unchanged, 5);
        QCOMPARE(out.updated, 0);
        QCOMPARE(out.inserted, 0);
        QCOMPARE(out.registrationsCreated, 0);
    }
};

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_roster_import.moc"
