// The roster import wizard offscreen, as a base office uses it: open a real file, see the detected
// column mapping, correct a column, preview with errors, import the valid rows only, see the result.
#include "UiTestSupport.h"

#include "Clock.h"
#include "import/ImportWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gme;
using namespace gme::test;

namespace {

template <typename W>
W *child(QWidget *parent, const QString &name)
{
    auto *w = parent->findChild<W *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

QComboBox *columnFor(QWizard &wizard, RosterField field)
{
    return child<QComboBox>(&wizard, QStringLiteral("importColumnFor%1").arg(int(field)));
}

// Answers the next message box with OK, keeping its text.
class MessageCatcher : public QObject
{
public:
    MessageCatcher()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts.append(box->text());
                box->accept();
            }
        });
        m_timer.start(20);
    }
    QStringList texts;

private:
    QTimer m_timer;
};

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(QStringLiteral("tst_import_wizard")); }
    void init() { QSettings().clear(); }

    void importsARealFileStepByStep()
    {
        UiTestDb db;
        Clock::install(&db.clock());
        const QString base = scalar(db.db(), QStringLiteral("SELECT name FROM orgs WHERE id = ?"), {db.p().baseA1}).toString();
        const QString specialty = db.p().specialtyName;
        QString bad = TestDb::residentId(902);
        bad[17] = bad[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'); // wrong check digit
        // As an office sends it: a title, a unit line, then the header; the phone column under a
        // heading the wizard does not know.
        const QString csv = QStringLiteral(u"2023年结业考核报名汇总表\n填报单位：%1\n"
                                           u"序号,姓名,身份证号,人员类型,报考专业,培训基地,培训开始时间,联系方式\n"
                                           u"1,张三,%2,面向社会招收,%3,%1,2020-09-01,13800000001\n"
                                           u"2,李四,%4,面向社会招收,%3,%1,2020-09-01,13800000002\n"
                                           u"3,王五,%5,面向社会招收,%3,%1,2020/9/1,13800000003\n")
                                .arg(base, TestDb::residentId(901), specialty, bad, TestDb::residentId(903));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(u"报名汇总表.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("\xEF\xBB\xBF" + csv.toUtf8()); // UTF-8 with BOM, as Excel saves it
        }
        const int traineesBefore = db.count(QStringLiteral("trainees"));
        const int registrationsBefore = db.count(QStringLiteral("registrations"));

        ImportWizard wizard(db.session(db.p().baseA1User));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // Step 1: the file.
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY(!next->isEnabled());
        child<QLineEdit>(&wizard, QStringLiteral("importPath"))->setText(path);
        QVERIFY(next->isEnabled());
        next->click();
        QTRY_COMPARE(wizard.currentId(), 1);

        // Step 2: the header found below the title lines, the columns matched by their names.
        QCOMPARE(child<QSpinBox>(&wizard, QStringLiteral("importHeaderRow"))->value(), 3);
        QCOMPARE(columnFor(wizard, RosterField::Name)->currentData().toInt(), 1);
        QCOMPARE(columnFor(wizard, RosterField::IdNumber)->currentData().toInt(), 2);
        QCOMPARE(columnFor(wizard, RosterField::Specialty)->currentData().toInt(), 4);
        QCOMPARE(columnFor(wizard, RosterField::Base)->currentData().toInt(), 5);
        QCOMPARE(columnFor(wizard, RosterField::Phone)->currentData().toInt(), -1);
        // The user corrects it: the phone is in column 8.
        QComboBox *phone = columnFor(wizard, RosterField::Phone);
        phone->setCurrentIndex(phone->findData(7));
        QVERIFY(phone->currentText().contains(QStringLiteral(u"联系方式")));
        next->click();
        QTRY_COMPARE(wizard.currentId(), 2);

        // Step 3: the preview names the bad row and its problem.
        auto *summary = child<QLabel>(&wizard, QStringLiteral("importSummary"));
        QTRY_VERIFY(!summary->text().isEmpty());
        QVERIFY2(summary->text().contains(QStringLiteral("3 rows read: 2 valid, 1 with problems")), qPrintable(summary->text()));
        auto *issues = child<QTableWidget>(&wizard, QStringLiteral("importIssues"));
        QVERIFY(issues->rowCount() >= 1);
        QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("5")); // the file's row 5
        QVERIFY(!issues->item(0, 2)->text().isEmpty());
        QVERIFY(child<QComboBox>(&wizard, QStringLiteral("importBatch"))->currentData().isValid()); // the open batch
        child<QRadioButton>(&wizard, QStringLiteral("importValidOnly"))->setChecked(true);

        // Import the valid rows; the result is reported.
        MessageCatcher catcher;
        QAbstractButton *finish = wizard.button(QWizard::FinishButton);
        QVERIFY(finish->isVisible() && finish->isEnabled());
        finish->click();
        QTRY_COMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(catcher.texts.size(), 1);
        QVERIFY2(catcher.texts.first().contains(QStringLiteral("2 new trainees")), qPrintable(catcher.texts.first()));
        QVERIFY(catcher.texts.first().contains(QStringLiteral("2 new registrations")));

        QCOMPARE(db.count(QStringLiteral("trainees")), traineesBefore + 2);
        QCOMPARE(db.count(QStringLiteral("registrations")), registrationsBefore + 2);
        // The corrected column went in.
        QCOMPARE(scalar(db.db(), QStringLiteral("SELECT phone FROM trainees WHERE id_number = ?"), {TestDb::residentId(903)}).toString(),
                 QStringLiteral("13800000003"));
        QCOMPARE(scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM trainees WHERE id_number = ?"), {bad}).toInt(), 0);
        Clock::install(nullptr);
    }

    void correctedMappingIsRemembered()
    {
        UiTestDb db;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roster.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral(u"姓名,身份证号,人员类型,报考专业,联系方式\n张三,%1,面向社会招收,内科,1380\n")
                        .arg(TestDb::residentId(911)).toUtf8());
        }
        for (int pass = 0; pass < 2; ++pass) {
            ImportWizard wizard(db.session(db.p().baseA1User));
            wizard.show();
            child<QLineEdit>(&wizard, QStringLiteral("importPath"))->setText(path);
            wizard.button(QWizard::NextButton)->click();
            QTRY_COMPARE(wizard.currentId(), 1);
            QComboBox *phone = columnFor(wizard, RosterField::Phone);
            if (pass == 0) {
                QCOMPARE(phone->currentData().toInt(), -1);
                phone->setCurrentIndex(phone->findData(4));
                QVERIFY(wizard.validateCurrentPage()); // going on stores the mapping
            } else {
                QCOMPARE(phone->currentData().toInt(), 4); // the next file with these headings
            }
            wizard.reject();
        }
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
