#include "export/QueueExport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gme;

namespace {

QueueRow makeRow(int i, const QString &name)
{
    QueueRow r;
    r.registrationId = i;
    r.name = name;
    r.idNumber = QStringLiteral("11010519491231002X");
    r.gender = i % 2 ? QStringLiteral("M") : QStringLiteral("F");
    r.specialty = QStringLiteral("内科");
    r.base = QStringLiteral("中山大学附属第一医院");
    r.city = QStringLiteral("广州市");
    r.personType = QStringLiteral("面向社会招收");
    r.examBatch = QStringLiteral("2026年住院医师结业考核");
    r.submittedAt = QDateTime(QDate(2026, 3, 15), QTime(9, 30));
    return r;
}

// Reads the file back with openpyxl, a reader that shares no code with the writer.
QJsonObject readBack(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral(GMEDESK_PYTHON), {QStringLiteral(GMEDESK_TEST_SUPPORT_DIR "/read_xlsx.py"), path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning() << p.readAllStandardError();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

class TestQueueExport : public QObject
{
    Q_OBJECT
private slots:
    void writesExactlyTheRowsShownInOrder()
    {
        QTemporaryDir dir;
        QVector<QueueRow> rows{makeRow(1, QStringLiteral("张三")), makeRow(2, QStringLiteral("李四")),
                               makeRow(3, QStringLiteral("王五"))};
        const QString path = dir.filePath(QStringLiteral("名单.xlsx"));
        const ExportResult res = exportQueueRows(path, rows, {2, 0}); // filtered and sorted view
        QVERIFY2(res.ok, qPrintable(res.error));
        QCOMPARE(res.rowsWritten, 2);

        const QJsonObject book = readBack(path);
        const QJsonArray sheet = book[QStringLiteral("rows")].toArray();
        QCOMPARE(sheet.size(), 3); // header + the two rows shown
        QCOMPARE(sheet[0].toArray()[1].toObject()[QStringLiteral("v")].toString(), QStringLiteral("姓名"));
        QCOMPARE(sheet[1].toArray()[1].toObject()[QStringLiteral("v")].toString(), QStringLiteral("王五"));
        QCOMPARE(sheet[2].toArray()[1].toObject()[QStringLiteral("v")].toString(), QStringLiteral("张三"));
        QCOMPARE(book[QStringLiteral("freeze")].toString(), QStringLiteral("A2"));
        // The ID number is text, digits and X intact.
        const QJsonObject id = sheet[1].toArray()[3].toObject();
        QCOMPARE(id[QStringLiteral("v")].toString(), QStringLiteral("11010519491231002X"));
        QCOMPARE(id[QStringLiteral("t")].toString(), QStringLiteral("s"));
        QCOMPARE(id[QStringLiteral("f")].toString(), QStringLiteral("@"));
    }

    void noCellBecomesAFormula()
    {
        QTemporaryDir dir;
        const QStringList nasty{QStringLiteral("=1+1"), QStringLiteral("+8613800000000"), QStringLiteral("-2+3"),
                                QStringLiteral("@SUM(A1:A2)"), QStringLiteral("\t=cmd|' /C calc'!A0"),
                                QStringLiteral("\r=1")};
        QVector<QueueRow> rows;
        QVector<int> order;
        for (const QString &s : nasty) {
            order.append(int(rows.size()));
            rows.append(makeRow(int(rows.size()), s));
        }
        const QString path = dir.filePath(QStringLiteral("x.xlsx"));
        QVERIFY(exportQueueRows(path, rows, order).ok);
        const QJsonArray sheet = readBack(path)[QStringLiteral("rows")].toArray();
        QCOMPARE(sheet.size(), nasty.size() + 1);
        for (int i = 0; i < nasty.size(); ++i) {
            const QJsonObject cell = sheet[i + 1].toArray()[1].toObject();
            QCOMPARE(cell[QStringLiteral("t")].toString(), QStringLiteral("s")); // not "f"
            QCOMPARE(cell[QStringLiteral("f")].toString(), QStringLiteral("@"));
            // OOXML escapes control characters as _xHHHH_ (ECMA-376 ST_Xstring); openpyxl leaves them escaped.
            QString v = cell[QStringLiteral("v")].toString();
            v.replace(QStringLiteral("_x000D_"), QStringLiteral("\r")).replace(QStringLiteral("_x0009_"), QStringLiteral("\t"));
            QCOMPARE(v, nasty[i]);
        }
    }

    void cancelLeavesNothingAndKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.xlsx"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
        old.close();

        QVector<QueueRow> rows;
        QVector<int> order;
        for (int i = 0; i < 5000; ++i) {
            order.append(i);
            rows.append(makeRow(i, QStringLiteral("学员%1").arg(i)));
        }
        const ExportResult res = exportQueueRows(path, rows, order, [](int done, int) { return done < 2000; });
        QVERIFY(res.cancelled);
        QVERIFY(!res.ok);
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("previous export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp file left
    }

    void missingFolderIsAClearError()
    {
        const ExportResult res = exportQueueRows(QStringLiteral("/nonexistent-folder/x.xlsx"), {}, {});
        QVERIFY(!res.ok);
        QVERIFY(res.error.contains(QStringLiteral("/nonexistent-folder")));
    }
};

QTEST_GUILESS_MAIN(TestQueueExport)
#include "tst_queue_export.moc"
