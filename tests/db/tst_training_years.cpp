// Training years (培训年限): the end-date rule, the training-years sheet import (files written by
// openpyxl) and export (read back by openpyxl), scope, validation, atomicity and idempotence.
#include "TestSupport.h"
#include "import/RosterColumns.h"
#include "years/TrainingYears.h"
#include "years/TrainingYearsImport.h"
#include "years/TrainingYearsSheet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTest>

using namespace gme;
using namespace gme::test;

namespace {

const QStringList kHeader{QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("身份证号"),
                          QStringLiteral("培训年限"), QStringLiteral("培训开始时间"), QStringLiteral("培训截止时间")};

// Writes a sheet with openpyxl: a title line, kHeader, then the rows.
QString writeWithOpenpyxl(const QString &dir, const QJsonArray &rows)
{
    const QString path = dir + QStringLiteral("/years.xlsx");
    QJsonArray all{QJsonArray::fromStringList(kHeader)};
    for (const QJsonValue &r : rows)
        all.append(r);
    const QJsonObject spec{{QStringLiteral("title"), QStringLiteral("2023级住院医师培训年限表")}, {QStringLiteral("rows"), all}};
    QProcess p;
    p.start(QStringLiteral(GMEDESK_PYTHON), {QStringLiteral(GMEDESK_TEST_SUPPORT_DIR "/write_sheet_openpyxl.py"), path,
                                             QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact))});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning() << p.readAllStandardError();
    return path;
}

// Every cell of the first sheet as openpyxl reads it: value and data type.
QList<QJsonArray> readWithOpenpyxl(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral(GMEDESK_PYTHON), {QStringLiteral(GMEDESK_TEST_SUPPORT_DIR "/read_xlsx.py"), path});
    p.waitForFinished(60000);
    QList<QJsonArray> rows;
    for (const QJsonValue &r : QJsonDocument::fromJson(p.readAllStandardOutput()).object()[QStringLiteral("rows")].toArray())
        rows.append(r.toArray());
    return rows;
}

qint64 traineeOf(TestDb &t, qint64 registrationId)
{
    return scalar(t.db(), QStringLiteral("SELECT trainee_id FROM registrations WHERE id = ?"), {registrationId}).toLongLong();
}

QString yearsOf(TestDb &t, qint64 traineeId)
{
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("SELECT training_years, training_start, training_end FROM trainees WHERE id = ?"));
    q.addBindValue(traineeId);
    q.exec();
    q.next();
    return QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
}

struct Imported
{
    TrainingYearsPlan plan;
    ImportOutcome outcome;
};

Imported importFile(TestDb &t, const User &as, const QString &path, RosterImporter::Mode mode = RosterImporter::Mode::AllOrNothing)
{
    const SheetReadResult read = readRosterFile(path);
    if (!read.ok)
        qWarning() << read.error;
    const auto mapping = detectRosterHeader(read.table);
    if (!mapping)
        return {};
    TrainingYearsImporter importer(t.db(), as);
    Imported out;
    out.plan = importer.plan(read.table, *mapping, QStringLiteral("years.xlsx"));
    out.outcome = importer.commit(out.plan, mode);
    return out;
}

QString messages(const TrainingYearsPlan &plan)
{
    QStringList out;
    for (const ImportIssue &i : plan.issues)
        out.append(QStringLiteral("row %1 %2: %3").arg(i.row).arg(i.column, i.message));
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestTrainingYears : public QObject
{
    Q_OBJECT
private slots:
    void endIsStartPlusYearsLessOneDay()
    {
        QCOMPARE(trainingEndFor(QDate(2023, 7, 1), 3), QDate(2026, 6, 30));
        QCOMPARE(trainingEndFor(QDate(2020, 9, 1), 2), QDate(2022, 8, 31));
        QCOMPARE(trainingEndFor(QDate(2024, 3, 1), 1), QDate(2025, 2, 28));
        QVERIFY(trainingEndConsistent(QDate(2021, 8, 1), 3, QDate(2024, 7, 31)));
        QVERIFY(trainingEndConsistent(QDate(2021, 8, 1), 3, QDate(2024, 7, 1))); // typed as 2024.07
        QVERIFY(!trainingEndConsistent(QDate(2021, 8, 1), 3, QDate(2024, 8, 31)));
        QVERIFY(!trainingEndConsistent(QDate(2021, 8, 1), 2, QDate(2024, 7, 31)));
    }

    void yearsAsOfficesWriteThem()
    {
        QCOMPARE(parseTrainingYears(QStringLiteral("3")), std::optional<int>(3));
        QCOMPARE(parseTrainingYears(QStringLiteral("2年")), std::optional<int>(2));
        QCOMPARE(parseTrainingYears(QStringLiteral("三年")), std::optional<int>(3));
        QCOMPARE(parseTrainingYears(QStringLiteral("两年")), std::optional<int>(2));
        QCOMPARE(parseTrainingYears(QStringLiteral("1.0")), std::optional<int>(1));
        QCOMPARE(parseTrainingYears(QStringLiteral("4")), std::nullopt);
        QCOMPARE(parseTrainingYears(QStringLiteral("2.5")), std::nullopt);
        QCOMPARE(parseTrainingYears(QString()), std::nullopt);
    }

    void importsOpenpyxlSheetAndSecondImportChangesNothing()
    {
        TestDb t;
        const qint64 a = traineeOf(t, t.addRegistration(t.p().baseA1, State::Submitted, QStringLiteral("张三")));
        const qint64 b = traineeOf(t, t.addRegistration(t.p().baseA1, State::Submitted, QStringLiteral("李四")));
        QTemporaryDir dir;
        const QString path = writeWithOpenpyxl(dir.path(), {
            QJsonArray{1, QStringLiteral("张三"), TestDb::residentId(1), 3, QStringLiteral("date:2021-08-01"), QStringLiteral("date:2024-07-31")},
            QJsonArray{2, QStringLiteral("李 四"), TestDb::residentId(2), QStringLiteral("三年"), QStringLiteral("2021.09"), QStringLiteral("2024.08")},
        });
        const Imported first = importFile(t, t.p().baseA1User, path);
        QVERIFY2(first.plan.issues.isEmpty(), qPrintable(messages(first.plan)));
        QVERIFY2(first.outcome.ok, qPrintable(first.outcome.error));
        QCOMPARE(first.plan.rowsRead, 2);
        QCOMPARE(first.outcome.updated, 2);
        QCOMPARE(yearsOf(t, a), QStringLiteral("3 2021-08-01 2024-07-31"));
        QCOMPARE(yearsOf(t, b), QStringLiteral("3 2021-09-01 2024-08-31")); // the end follows the rule

        const Imported second = importFile(t, t.p().baseA1User, path);
        QVERIFY(second.outcome.ok);
        QCOMPARE(second.outcome.updated, 0);
        QCOMPARE(second.outcome.unchanged, 2);
    }

    void everyProblemNamesRowAndColumn()
    {
        TestDb t;
        t.addRegistration(t.p().baseA1, State::Submitted, QStringLiteral("张三")); // residentId(1)
        t.addRegistration(t.p().baseB1, State::Submitted, QStringLiteral("外基地")); // residentId(2)
        t.addRegistration(t.p().baseA1, State::Submitted, QStringLiteral("王五")); // residentId(3)
        QTemporaryDir dir;
        const QString path = writeWithOpenpyxl(dir.path(), {
            QJsonArray{1, QStringLiteral("张三"), TestDb::residentId(1), 4, QStringLiteral("date:2021-08-01"), QString()},
            QJsonArray{2, QStringLiteral("外基地"), TestDb::residentId(2), 3, QStringLiteral("date:2021-08-01"), QString()},
            QJsonArray{3, QStringLiteral("王六"), TestDb::residentId(3), 3, QStringLiteral("date:2021-08-01"), QString()},
            QJsonArray{4, QStringLiteral("王五"), TestDb::residentId(3), 3, QStringLiteral("date:2021-08-01"), QString()},
            QJsonArray{5, QStringLiteral("某人"), QStringLiteral("4.40106E+17"), 3, QStringLiteral("date:2021-08-01"), QString()},
        });
        const Imported r = importFile(t, t.p().baseA1User, path);
        QVERIFY(!r.outcome.ok); // all or nothing: one bad row stops everything
        QCOMPARE(r.plan.rowsRead, 5);
        QCOMPARE(r.plan.rejectedRows, (QList<int>{3, 4, 5, 6, 7}));
        auto issueAt = [&](int row) {
            for (const ImportIssue &i : r.plan.issues)
                if (i.row == row)
                    return i;
            return ImportIssue{};
        };
        QCOMPARE(issueAt(3).column, QStringLiteral("培训年限"));
        QCOMPARE(issueAt(4).column, QStringLiteral("身份证号")); // another base's trainee: out of reach
        QVERIFY(!issueAt(4).message.contains(QStringLiteral("外基地")));
        QCOMPARE(issueAt(5).column, QStringLiteral("姓名"));
        QCOMPARE(issueAt(6).column, QStringLiteral("身份证号")); // the same ID twice
        QVERIFY(issueAt(6).message.contains(QStringLiteral("5")));
        QCOMPARE(issueAt(7).column, QStringLiteral("身份证号")); // Excel turned it into a number
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM trainees WHERE training_years IS NOT NULL")).toInt(), 0);
    }

    void validOnlyWritesTheGoodRowsInOneGo()
    {
        TestDb t;
        const qint64 a = traineeOf(t, t.addRegistration(t.p().baseA1, State::Submitted));
        const qint64 b = traineeOf(t, t.addRegistration(t.p().baseA1, State::Submitted));
        QTemporaryDir dir;
        const QString path = writeWithOpenpyxl(dir.path(), {
            QJsonArray{1, QString(), TestDb::residentId(1), 3, QStringLiteral("date:2022-09-01"), QStringLiteral("date:2025-08-31")},
            QJsonArray{2, QString(), TestDb::residentId(2), 3, QStringLiteral("date:2022-09-01"), QStringLiteral("date:2026-08-31")},
        });
        const Imported r = importFile(t, t.p().baseA1User, path, RosterImporter::Mode::ValidRowsOnly);
        QVERIFY(r.outcome.ok);
        QCOMPARE(r.outcome.updated, 1);
        QCOMPARE(r.plan.issues.size(), 1);
        QCOMPARE(r.plan.issues[0].column, QStringLiteral("培训截止时间"));
        QCOMPARE(yearsOf(t, a), QStringLiteral("3 2022-09-01 2025-08-31"));
        QVERIFY(yearsOf(t, b).startsWith(QStringLiteral(" "))); // untouched: years still unknown
    }

    void sheetCannotShortenTrainingWithoutAReduction()
    {
        TestDb t;
        const qint64 resident = traineeOf(t, t.addRegistration(t.p().baseA1, State::Submitted));
        Q_UNUSED(resident);
        QTemporaryDir dir;
        QJsonArray rows; // appended: a one-element brace list would be taken for a copy of the row
        rows.append(QJsonArray{1, QString(), TestDb::residentId(1), 2, QStringLiteral("date:2022-09-01"), QString()});
        const QString path = writeWithOpenpyxl(dir.path(), rows);
        const Imported r = importFile(t, t.p().baseA1User, path);
        QVERIFY(!r.outcome.ok);
        QCOMPARE(r.plan.issues.size(), 1);
        QCOMPARE(r.plan.issues[0].column, QStringLiteral("培训年限"));
        QVERIFY(r.plan.issues[0].message.contains(QStringLiteral("reduction")));
    }

    void municipalReachesItsCityOnly()
    {
        TestDb t;
        t.addRegistration(t.p().baseA2, State::Submitted); // city A
        t.addRegistration(t.p().baseB1, State::Submitted); // city B
        QTemporaryDir dir;
        const QString path = writeWithOpenpyxl(dir.path(), {
            QJsonArray{1, QString(), TestDb::residentId(1), 3, QStringLiteral("date:2022-09-01"), QString()},
            QJsonArray{2, QString(), TestDb::residentId(2), 3, QStringLiteral("date:2022-09-01"), QString()},
        });
        const Imported r = importFile(t, t.p().cityAUser, path, RosterImporter::Mode::ValidRowsOnly);
        QVERIFY(r.outcome.ok);
        QCOMPARE(r.outcome.updated, 1);
        QCOMPARE(r.plan.rejectedRows, QList<int>{4});
    }

    void cancelWritesNothing()
    {
        TestDb t;
        for (int i = 0; i < 3; ++i)
            t.addRegistration(t.p().baseA1, State::Submitted);
        QTemporaryDir dir;
        const QString path = writeWithOpenpyxl(dir.path(), {
            QJsonArray{1, QString(), TestDb::residentId(1), 3, QStringLiteral("date:2022-09-01"), QString()},
            QJsonArray{2, QString(), TestDb::residentId(2), 3, QStringLiteral("date:2022-09-01"), QString()},
        });
        const SheetReadResult read = readRosterFile(path);
        TrainingYearsImporter importer(t.db(), t.p().baseA1User);
        const TrainingYearsPlan plan = importer.plan(read.table, *detectRosterHeader(read.table), QStringLiteral("years.xlsx"));
        QCOMPARE(plan.valid.size(), 2);
        const ImportOutcome out = importer.commit(plan, RosterImporter::Mode::AllOrNothing, [](int, int) { return false; });
        QVERIFY(out.cancelled);
        QVERIFY(!out.ok);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM trainees WHERE training_years IS NOT NULL")).toInt(), 0);
    }

    void exportReadsBackInOpenpyxlAndImportsBackUnchanged()
    {
        TestDb t;
        const qint64 a = traineeOf(t, t.addRegistration(t.p().baseA1, State::Submitted, QStringLiteral("=HYPERLINK(\"x\")")));
        execSql(t.db(), QStringLiteral("UPDATE trainees SET training_years = 3, training_start = '2021-08-01', "
                                       "training_end = '2024-07-31' WHERE id = ?"), {a});
        t.addRegistration(t.p().baseB1, State::Submitted, QStringLiteral("外基地"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.xlsx"));
        const ExportResult res = exportTrainingYearsSheet(t.db(), t.p().baseA1User, path);
        QVERIFY2(res.ok, qPrintable(res.error));
        QCOMPARE(res.rowsWritten, 1); // only the base's own trainee
        const QList<QJsonArray> rows = readWithOpenpyxl(path);
        QCOMPARE(rows.size(), 3); // title, header, one trainee
        QCOMPARE(rows[1][8].toObject()[QStringLiteral("v")].toString(), QStringLiteral("培训年限"));
        const QJsonArray row = rows[2];
        auto v = [&](int c) { return row[c].toObject()[QStringLiteral("v")]; };
        auto type = [&](int c) { return row[c].toObject()[QStringLiteral("t")].toString(); };
        QCOMPARE(v(3).toString(), QStringLiteral("=HYPERLINK(\"x\")")); // text, never a formula
        QCOMPARE(type(3), QStringLiteral("s"));
        QCOMPARE(v(5).toString(), TestDb::residentId(1));
        QCOMPARE(type(5), QStringLiteral("s")); // the ID number is text
        QCOMPARE(v(8).toInt(), 3);
        QCOMPARE(type(8), QStringLiteral("n"));
        QVERIFY(v(9).toString().startsWith(QStringLiteral("2021-08-01")));
        QCOMPARE(type(9), QStringLiteral("d"));
        QVERIFY(v(10).toString().startsWith(QStringLiteral("2024-07-31")));

        const Imported back = importFile(t, t.p().baseA1User, path);
        QVERIFY2(back.outcome.ok, qPrintable(messages(back.plan) + back.outcome.error));
        QCOMPARE(back.outcome.unchanged, 1);
        QCOMPARE(back.outcome.updated, 0);
    }
};

QTEST_GUILESS_MAIN(TestTrainingYears)
#include "tst_training_years.moc"
