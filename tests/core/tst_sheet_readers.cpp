#include "export/XlsxWriter.h"
#include "import/CsvReader.h"
#include "import/OfficeText.h"
#include "import/RosterImport.h"
#include "import/XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace gme;

namespace {

// The sample every writer produces: a title line, a header, two trainees.
void verifySample(const SheetTable &t)
{
    QCOMPARE(t.cell(0, 0).text, QStringLiteral("2026年结业考核报名汇总表"));
    QCOMPARE(t.cell(1, 1).text, QStringLiteral("姓名"));
    QCOMPARE(t.cell(2, 1).text, QStringLiteral("张三"));
    QCOMPARE(t.cell(2, 2).text, QStringLiteral("11010519491231002X"));
    QCOMPARE(t.cell(2, 0).number, 1.0);
    QCOMPARE(parseOfficeDate(t.cell(2, 3)), std::optional<QDate>(QDate(2021, 8, 1)));
    QCOMPARE(parseOfficeDate(t.cell(3, 3)), std::optional<QDate>(QDate(2020, 9, 1)));
    QCOMPARE(normalizeOfficeText(t.cell(3, 1).text), QStringLiteral("李四"));
    QCOMPARE(t.cell(3, 2).text, QStringLiteral("440524198001010013"));
}

void writeWithLibxlsxwriter(const QString &path, bool constantMemory)
{
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "报名汇总");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
    worksheet_write_string(sheet, 0, 0, "2026年结业考核报名汇总表", nullptr);
    const char *header[] = {"序号", "姓名", "身份证号", "培训开始时间", "备注"};
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(sheet, 1, lxw_col_t(c), header[c], nullptr);
    lxw_datetime d1{2021, 8, 1, 0, 0, 0}, d2{2020, 9, 1, 0, 0, 0};
    worksheet_write_number(sheet, 2, 0, 1, nullptr);
    worksheet_write_string(sheet, 2, 1, "张三", nullptr);
    worksheet_write_string(sheet, 2, 2, "11010519491231002X", nullptr);
    worksheet_write_datetime(sheet, 2, 3, &d1, date);
    worksheet_write_number(sheet, 3, 0, 2, nullptr);
    worksheet_write_string(sheet, 3, 1, "李 四", nullptr);
    worksheet_write_string(sheet, 3, 2, "440524198001010013", nullptr);
    worksheet_write_datetime(sheet, 3, 3, &d2, date);
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);
}

} // namespace

class TestSheetReaders : public QObject
{
    Q_OBJECT
private slots:
    void openpyxl_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("normal (shared strings, merged title)") << "normal";
        QTest::newRow("write_only (inline strings, absolute part names)") << "write_only";
    }
    void openpyxl()
    {
        QFETCH(QString, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roster.xlsx"));
        QProcess p;
        p.start(QStringLiteral(GMEDESK_PYTHON),
                {QStringLiteral(GMEDESK_TEST_SUPPORT_DIR "/write_xlsx_openpyxl.py"), path, mode});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const SheetReadResult r = readXlsx(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.table.sheetName, QStringLiteral("报名汇总"));
        verifySample(r.table);
    }

    void libxlsxwriter_data()
    {
        QTest::addColumn<bool>("constantMemory");
        QTest::newRow("default (shared strings)") << false;
        QTest::newRow("constant_memory (inline strings)") << true;
    }
    void libxlsxwriter()
    {
        QFETCH(bool, constantMemory);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roster.xlsx"));
        writeWithLibxlsxwriter(path, constantMemory);
        const SheetReadResult r = readXlsx(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        verifySample(r.table);
    }

    void ownExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("own.xlsx"));
        {
            XlsxWriter w(path, QStringLiteral("报名汇总"));
            w.writeTitle(0, 5, QStringLiteral("2026年结业考核报名汇总表"));
            w.writeHeader(1, {QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("身份证号"),
                              QStringLiteral("培训开始时间"), QStringLiteral("备注")});
            w.writeNumber(2, 0, 1);
            w.writeText(2, 1, QStringLiteral("张三"));
            w.writeText(2, 2, QStringLiteral("11010519491231002X"));
            w.writeDate(2, 3, QDate(2021, 8, 1));
            w.writeNumber(3, 0, 2);
            w.writeText(3, 1, QStringLiteral("李 四"));
            w.writeText(3, 2, QStringLiteral("440524198001010013"));
            w.writeDate(3, 3, QDate(2020, 9, 1));
            QVERIFY(w.commit());
        }
        const SheetReadResult r = readXlsx(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        verifySample(r.table);
    }

    // LibreOffice writes its own flavour of .xlsx, and is also how old .xls files are read.
    void libreOffice_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("xlsx written by LibreOffice") << "xlsx";
        QTest::newRow("legacy xls (Excel 97) converted on import") << "xls";
    }
    void libreOffice()
    {
        QFETCH(QString, format);
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        QVERIFY2(!soffice.isEmpty(), "LibreOffice (soffice) is needed; .ci/deps installs libreoffice-calc-nogui");
        QTemporaryDir dir;
        QProcess p;
        p.start(soffice, {QStringLiteral("--headless"),
                          QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(),
                          QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"), dir.path(),
                          QStringLiteral(GMEDESK_TEST_SUPPORT_DIR "/roster_sample.fods")});
        QVERIFY(p.waitForFinished(180000));
        const QString path = dir.filePath(QStringLiteral("roster_sample.") + format);
        QVERIFY2(QFileInfo::exists(path), p.readAllStandardError().constData());
        // Renamed to .csv on purpose: the reader goes by content, not by the name.
        const QString renamed = dir.filePath(QStringLiteral("misnamed.csv"));
        QVERIFY(QFile::rename(path, renamed));
        const SheetReadResult r = readRosterFile(renamed);
        QVERIFY2(r.ok, qPrintable(r.error));
        verifySample(r.table);
    }

    void notAWorkbook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fake.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,身份证号\n");
        f.close();
        const SheetReadResult r = readXlsx(path);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("fake.xlsx")));
    }

    void csvEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("姓名,身份证号,备注\r\n张三,11010519491231002X,\"说明, 含逗号\"\r\n"
                                            "\r\n\"李\"\"四\",440524198001010013,\"两行\n文字\"\r\n");
        QTest::newRow("UTF-8") << text.toUtf8() << "UTF-8";
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << "UTF-8";
        QStringEncoder gb("GB18030");
        QTest::newRow("GB18030") << QByteArray(gb.encode(text)) << "GB18030";
    }
    void csvEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QCOMPARE(detectCsvEncoding(bytes), encoding);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roster.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const SheetReadResult r = readCsv(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        const SheetTable &t = r.table;
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.cell(0, 0).text, QStringLiteral("姓名"));
        QCOMPARE(t.cell(1, 0).text, QStringLiteral("张三"));
        QCOMPARE(t.cell(1, 2).text, QStringLiteral("说明, 含逗号"));
        QVERIFY(t.rows[2].isEmpty()); // the blank line stays a blank row, so row numbers match
        QCOMPARE(t.cell(3, 0).text, QStringLiteral("李\"四"));
        QCOMPARE(t.cell(3, 2).text, QStringLiteral("两行\n文字"));
    }

    void normalization_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("clean");
        QTest::newRow("ideographic spaces") << QStringLiteral("\u3000张三\u3000") << QStringLiteral("张三");
        QTest::newRow("space inside a Chinese name") << QStringLiteral("李 四") << QStringLiteral("李四");
        QTest::newRow("full-width digits and x") << QStringLiteral("１１０１０５１９４９１２３１００２ｘ")
                                                 << QStringLiteral("11010519491231002x");
        QTest::newRow("Latin words keep one space") << QStringLiteral("  Mary   Ann ") << QStringLiteral("Mary Ann");
        QTest::newRow("non-breaking space") << QStringLiteral("内科\u00A0") << QStringLiteral("内科");
    }
    void normalization()
    {
        QFETCH(QString, raw);
        QFETCH(QString, clean);
        QCOMPARE(normalizeOfficeText(raw), clean);
    }

    void officeDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso") << "2021-08-01" << QDate(2021, 8, 1);
        QTest::newRow("slashes, no zeros") << "2021/8/1" << QDate(2021, 8, 1);
        QTest::newRow("dots") << "2021.08.01" << QDate(2021, 8, 1);
        QTest::newRow("month only") << "2021.08" << QDate(2021, 8, 1);
        QTest::newRow("chinese") << "2021年8月1日" << QDate(2021, 8, 1);
        QTest::newRow("chinese month") << "2021年8月" << QDate(2021, 8, 1);
        QTest::newRow("compact") << "20210801" << QDate(2021, 8, 1);
        QTest::newRow("full-width") << "２０２１－０８－０１" << QDate(2021, 8, 1);
        QTest::newRow("serial as text") << "44409" << QDate(2021, 8, 1);
        QTest::newRow("impossible") << "2021-02-30" << QDate();
        QTest::newRow("garbage") << "八月一日" << QDate();
    }
    void officeDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        const auto parsed = parseOfficeDate(text);
        QCOMPARE(parsed.value_or(QDate()), date);
    }

    void excelSerials()
    {
        QCOMPARE(excelSerialToDate(1), QDate(1900, 1, 1));
        QCOMPARE(excelSerialToDate(59), QDate(1900, 2, 28));
        QCOMPARE(excelSerialToDate(61), QDate(1900, 3, 1)); // after the fictitious 1900-02-29
        QCOMPARE(excelSerialToDate(44409), QDate(2021, 8, 1));
    }
};

QTEST_GUILESS_MAIN(TestSheetReaders)
#include "tst_sheet_readers.moc"
