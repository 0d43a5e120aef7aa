#include "TestSupport.h"
#include "export/RosterSheets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace gme;
using namespace gme::test;

namespace {

// Rows of the first sheet as openpyxl reads them, each cell as its value.
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

} // namespace

class TestRosterSheets : public QObject
{
    Q_OBJECT
private slots:
    void nationalRosterHoldsFinalPassedRowsOnly()
    {
        TestDb t;
        const qint64 passed = t.addRegistration(t.p().baseA1, State::FinalPassed, QStringLiteral("终审甲"));
        t.addRegistration(t.p().baseB1, State::FinalPassed, QStringLiteral("终审乙"));
        t.addRegistration(t.p().baseA1, State::CityPassed, QStringLiteral("复审丙"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("national.xlsx"));
        const ExportResult res = exportRosterSheet(t.db(), t.p().provincialUser, RosterSheet::NationalRoster,
                                                   t.p().examBatch, path);
        QVERIFY2(res.ok, qPrintable(res.error));
        QCOMPARE(res.rowsWritten, 2);
        const auto rows = readBack(path);
        QCOMPARE(rows.size(), 5); // title, seal line, header, two rows
        QVERIFY(rows[0][0].contains(QStringLiteral("结业理论统考资格审核名册")));
        QVERIFY(rows[1][0].startsWith(QStringLiteral("填报单位（公章）")));
        QCOMPARE(rows[2][6], QStringLiteral("姓名"));
        QCOMPARE(rows[2][9], QStringLiteral("证件号码"));
        QStringList names{rows[3][6], rows[4][6]};
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("终审乙"), QStringLiteral("终审甲")}));
        QVERIFY(rows[3][9] == t.idNumberOf(passed) || rows[4][9] == t.idNumberOf(passed));
    }

    void onlyTheProvinceExportsTheNationalRoster()
    {
        TestDb t;
        const ExportResult res = exportRosterSheet(t.db(), t.p().cityAUser, RosterSheet::NationalRoster,
                                                   t.p().examBatch, QDir::temp().filePath(QStringLiteral("x.xlsx")));
        QVERIFY(!res.ok);
        QVERIFY(!res.error.isEmpty());
    }

    void baseSummaryStaysInsideTheBase()
    {
        TestDb t;
        t.addRegistration(t.p().baseA1, State::Submitted, QStringLiteral("本院"));
        t.addRegistration(t.p().baseA2, State::Submitted, QStringLiteral("别院"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("summary.xlsx"));
        const ExportResult res = exportRosterSheet(t.db(), t.p().baseA1User, RosterSheet::BaseSummary, t.p().examBatch, path);
        QVERIFY2(res.ok, qPrintable(res.error));
        const auto rows = readBack(path);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[3][2], QStringLiteral("本院"));
    }

    void returnedListCarriesTheReason()
    {
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseA1, State::Returned, QStringLiteral("退回者"));
        t.addDecision(reg, t.p().baseA1User, Stage::BaseReview, Action::Return, State::Submitted, State::Returned,
                      QStringLiteral("扫描件不清晰"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("returned.xlsx"));
        QVERIFY(exportRosterSheet(t.db(), t.p().cityAUser, RosterSheet::ReturnedList, t.p().examBatch, path).ok);
        const auto rows = readBack(path);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[2][3], QStringLiteral("退回者"));
        QCOMPARE(rows[2][7], QStringLiteral("退回修改"));
        QCOMPARE(rows[2][8], QStringLiteral("扫描件不清晰"));
    }

    void importReportNamesRowColumnAndProblem()
    {
        ImportPlan plan;
        plan.fileName = QStringLiteral("名单.xlsx");
        plan.issues = {{5, QStringLiteral("身份证号"), QStringLiteral("=校验位错误")}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.xlsx"));
        QVERIFY(exportImportReport(plan, path).ok);
        const auto rows = readBack(path);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1], (QStringList{QStringLiteral("名单.xlsx"), QStringLiteral("5"), QStringLiteral("身份证号"),
                                       QStringLiteral("=校验位错误")}));
    }
};

QTEST_GUILESS_MAIN(TestRosterSheets)
#include "tst_roster_sheets.moc"
