// Teacher sheet import (.xlsx and .csv through the roster import's readers): header synonyms, the
// validation report by row and column, all-or-nothing versus valid rows only, idempotent re-import,
// and that columns a file lacks keep what is stored.
#include "TeacherFixture.h"
#include "TestSupport.h"

#include "export/XlsxWriter.h"
#include "import/TeacherImport.h"
#include "teachers/TeacherRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace gme;
using namespace gme::test;

namespace {

const QStringList kHeader = {QStringLiteral(u"序号"), QStringLiteral(u"教师姓名"), QStringLiteral(u"身份证号"),
                             QStringLiteral(u"所在科室"), QStringLiteral(u"专业技术职称"),
                             QStringLiteral(u"取得主治医师时间"), QStringLiteral(u"医疗损害事件"),
                             QStringLiteral(u"教学事故"), QStringLiteral(u"年度考核")};

// Excel rows 3 to 8 below a title (row 1) and the header (row 2).
QList<QStringList> sampleRows()
{
    return {
        {QStringLiteral("1"), QStringLiteral(u"张医生"), TestDb::residentId(80001), QStringLiteral(u"内科"),
         QStringLiteral(u"主治医师"), QStringLiteral("2015-07-01"), QStringLiteral(u"无"), QString(),
         QStringLiteral(u"2024 合格；2025 合格")},
        {QStringLiteral("2"), QStringLiteral(u"李医生"), TestDb::residentId(80002), QStringLiteral(u"外科"),
         QStringLiteral(u"副主任医师"), QStringLiteral("2012-01-01"), QStringLiteral(u"2025-03-01 主要责任"),
         QStringLiteral(u"2022-05-06 一般"), QStringLiteral(u"2025年：合格")},
        {QStringLiteral("3"), QStringLiteral(u"王医生"), TestDb::residentId(80003).left(17), QStringLiteral(u"内科"),
         QStringLiteral(u"主治医师"), QStringLiteral("2016-01-01"), QString(), QString(), QString()},
        {QStringLiteral("4"), QStringLiteral(u"赵医生"), TestDb::residentId(80004), QStringLiteral(u"内科"),
         QStringLiteral(u"教授"), QStringLiteral("2016-01-01"), QString(), QString(), QString()},
        {QStringLiteral("5"), QStringLiteral(u"张医生二"), TestDb::residentId(80001), QStringLiteral(u"内科"),
         QStringLiteral(u"主治医师"), QStringLiteral("2015-07-01"), QString(), QString(), QString()},
        {QStringLiteral("6"), QStringLiteral(u"孙医生"), TestDb::residentId(80006), QStringLiteral(u"儿科"),
         QStringLiteral(u"主治医师"), QStringLiteral("2016-01-01"), QString(), QString(), QStringLiteral(u"2024 待定")},
    };
}

bool writeXlsx(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    XlsxWriter w(path, QStringLiteral(u"师资"));
    w.writeTitle(0, int(header.size()), QStringLiteral(u"2026年师资名单"));
    w.writeHeader(1, header);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            const QDate d = QDate::fromString(rows[r][c], Qt::ISODate);
            if (header[c] == QStringLiteral(u"取得主治医师时间") && d.isValid())
                w.writeDate(r + 2, c, d); // a real date cell, as Excel stores it
            else
                w.writeText(r + 2, c, rows[r][c]);
        }
    return w.commit();
}

bool writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QStringList lines{QStringLiteral(u"2026年师资名单"), header.join(QLatin1Char(','))};
    for (const QStringList &r : rows)
        lines << r.join(QLatin1Char(','));
    f.write(lines.join(QStringLiteral("\r\n")).toUtf8());
    return true;
}

bool hasIssue(const QList<ImportIssue> &issues, int row, const QString &column)
{
    return std::any_of(issues.begin(), issues.end(),
                       [&](const ImportIssue &i) { return i.row == row && i.column == column; });
}

} // namespace

class TestTeacherImport : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    QTemporaryDir m_dir;

    TeacherImporter importer() { return TeacherImporter(m_db->db(), m_db->p().baseA1User, m_db->clock()); }
    TeacherImportPlan planOf(const QString &path)
    {
        const SheetReadResult read = readRosterFile(path);
        if (!read.ok)
            throw std::runtime_error(read.error.toStdString());
        const auto mapping = detectTeacherHeader(read.table);
        if (!mapping)
            throw std::runtime_error("no teacher header");
        return importer().plan(read.table, *mapping, path);
    }
    QString sample()
    {
        const QString path = m_dir.filePath(QStringLiteral("teachers.xlsx"));
        if (!writeXlsx(path, kHeader, sampleRows()))
            throw std::runtime_error("cannot write the sample");
        return path;
    }
    int count(const QString &sql) { return scalar(m_db->db(), sql).toInt(); }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDb>();
        m_db->clock().set(QDateTime(QDate(2026, 6, 15), QTime(10, 0)));
    }
    void cleanup() { m_db.reset(); }

    void headerIsFoundBySynonymsBelowATitle()
    {
        const SheetReadResult read = readRosterFile(sample());
        QVERIFY2(read.ok, qPrintable(read.error));
        const auto mapping = detectTeacherHeader(read.table);
        QVERIFY(mapping.has_value());
        QCOMPARE(mapping->headerRow, 1);
        QCOMPARE(mapping->columnOf.size(), kTeacherFieldCount);
        QCOMPARE(mapping->columnOf.value(TeacherField::IdNumber), 2);
        QCOMPARE(mapping->columnOf.value(TeacherField::Evaluations), 8);
    }

    void theReportNamesRowAndColumnOfEachProblem()
    {
        const TeacherImportPlan plan = planOf(sample());
        QCOMPARE(plan.rowsRead, 6);
        QCOMPARE(plan.valid.size(), 2);
        QCOMPARE(plan.rejectedRows, (QList<int>{5, 6, 7, 8}));
        QVERIFY(hasIssue(plan.issues, 5, QStringLiteral(u"身份证号")));     // one digit short
        QVERIFY(hasIssue(plan.issues, 6, QStringLiteral(u"专业技术职称"))); // 教授 is no title
        QVERIFY(hasIssue(plan.issues, 7, QStringLiteral(u"身份证号")));     // row 3 has the same number
        QVERIFY(hasIssue(plan.issues, 8, QStringLiteral(u"年度考核")));     // 待定 is no result
        const TeacherImportRow &li = plan.valid.at(1);
        QCOMPARE(li.sheetRow, 4);
        QCOMPARE(li.input.title, TeacherTitle::AssociateChief);
        QCOMPARE(li.input.malpractice.size(), 1);
        QVERIFY(li.input.malpractice.first().mainResponsibility);
        QCOMPARE(li.input.incidents.size(), 1);
        QVERIFY(!li.input.incidents.first().serious);
        QCOMPARE(plan.valid.at(0).input.attendingSince, QDate(2015, 7, 1));
    }

    void allOrNothingWritesNothingWhenARowIsBad()
    {
        const TeacherImportOutcome out = importer().commit(planOf(sample()), TeacherImporter::Mode::AllOrNothing);
        QVERIFY(!out.ok);
        QVERIFY(!out.error.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teachers")), 0);
    }

    void validRowsOnlyThenTheSameFileAgainChangesNothing()
    {
        const QString path = sample();
        const TeacherImportOutcome first = importer().commit(planOf(path), TeacherImporter::Mode::ValidRowsOnly);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.inserted, 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teachers")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM departments")), 2); // 内科, 外科 made on the way
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teacher_evaluations")), 3);
        const int logs = count(QStringLiteral("SELECT count(*) FROM admin_log"));

        const TeacherImportOutcome again = importer().commit(planOf(path), TeacherImporter::Mode::ValidRowsOnly);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teachers")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teacher_malpractice")), 1);
        QCOMPARE(count(QStringLiteral("SELECT max(version) FROM teachers")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM admin_log")), logs);
    }

    void aCsvFileGoesThroughTheSamePipeline()
    {
        const QString path = m_dir.filePath(QStringLiteral("teachers.csv"));
        QVERIFY(writeCsv(path, kHeader, sampleRows()));
        const TeacherImportPlan plan = planOf(path);
        QCOMPARE(plan.valid.size(), 2);
        QCOMPARE(plan.rejectedRows, (QList<int>{5, 6, 7, 8}));
    }

    void aLaterFileUpdatesAndKeepsColumnsItLacks()
    {
        QVERIFY(importer().commit(planOf(sample()), TeacherImporter::Mode::ValidRowsOnly).ok);
        const QString path = m_dir.filePath(QStringLiteral("moved.xlsx"));
        QVERIFY(writeXlsx(path, kHeader.mid(0, 6),
                          {{QStringLiteral("1"), QStringLiteral(u"张医生"), TestDb::residentId(80001),
                            QStringLiteral(u"心内科"), QStringLiteral(u"主治医师"), QStringLiteral("2015-07-01")}}));
        const TeacherImportOutcome out = importer().commit(planOf(path), TeacherImporter::Mode::AllOrNothing);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.updated, 1);
        const qint64 id = scalar(m_db->db(), QStringLiteral("SELECT id FROM teachers WHERE id_number = ?"),
                                 {TestDb::residentId(80001)}).toLongLong();
        const Teacher t = *TeacherRepository(m_db->db()).teacher(id);
        QCOMPARE(t.departmentName, QStringLiteral(u"心内科"));
        QCOMPARE(t.evaluations.size(), 2); // the file had no evaluation column: kept
    }

    void anAppointedTeachersNewRecordIsImportedWithANotice()
    {
        QVERIFY(importer().commit(planOf(sample()), TeacherImporter::Mode::ValidRowsOnly).ok);
        execSql(m_db->db(), QStringLiteral("UPDATE teachers SET state = 'appointed' WHERE id_number = ?"),
                {TestDb::residentId(80001)});
        QList<QStringList> rows = sampleRows().mid(0, 1);
        rows[0][7] = QStringLiteral(u"2026-01-05 严重教学事故");
        const QString path = m_dir.filePath(QStringLiteral("incident.xlsx"));
        QVERIFY(writeXlsx(path, kHeader, rows));
        const TeacherImportOutcome out = importer().commit(planOf(path), TeacherImporter::Mode::AllOrNothing);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.updated, 1);
        QCOMPARE(out.notices.size(), 1);
        QVERIFY(out.notices.first().contains(QStringLiteral(u"张医生")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM admin_log WHERE kind = 'teacher_edited'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestTeacherImport)
#include "tst_teacher_import.moc"
