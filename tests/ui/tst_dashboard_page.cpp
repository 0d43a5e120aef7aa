// The dashboard page offscreen: it loads the figures off the GUI thread, a click on a city's (or a
// base's) bar asks for that queue, switching batches and exporting work.
#include "UiTestSupport.h"

#include "common/DbPool.h"
#include "common/Session.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "import/XlsxReader.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

class TestDashboardPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<UiTestDb> m_db;
    const Province &p() const { return m_db->p(); }


    // Shows the page and waits for its first figures.
    static bool showAndWait(DashboardPage &page)
    {
        QSignalSpy loaded(&page, &DashboardPage::loaded);
        page.resize(1400, 900);
        page.show();
        return loaded.wait(10000);
    }

    static QList<QueueFilter> clickBar(DashboardPage &page, int row)
    {
        QList<QueueFilter> got;
        const QMetaObject::Connection c =
            QObject::connect(&page, &DashboardPage::openQueue, &page, [&got](const QueueFilter &f) { got.append(f); });
        FunnelChartView *chart = page.funnelChart();
        const QPoint at = chart->barCenter(row);
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
        QObject::disconnect(c);
        return got;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<UiTestDb>();
        for (int i = 0; i < 3; ++i)
            m_db->addRegistration(p().baseA1, State::Submitted);
        m_db->addRegistration(p().baseA2, State::BasePassed);
        for (int i = 0; i < 5; ++i)
            m_db->addRegistration(p().baseB1, State::CityPassed);
        const qint64 r = m_db->addRegistration(p().baseB1, State::Returned);
        m_db->addDecision(r, p().baseB1User, Stage::BaseReview, Action::Return, State::Submitted, State::Returned,
                          QStringLiteral(u"报名信息有误"));
    }
    void cleanup() { m_db.reset(); }

    void provincialLoadsAndClicksACity()
    {
        DashboardPage page(m_db->session(p().provincialUser));
        QVERIFY(showAndWait(page));
        QCOMPARE(page.grouping(), FunnelGrouping::City);
        QCOMPARE(page.figures().batchId, p().examBatch);
        QCOMPARE(page.figures().byCity.size(), 2);
        QCOMPARE(page.funnelChart()->rowCount(), 2);
        auto *batch = page.findChild<QComboBox *>(QStringLiteral("dashboardBatch"));
        QVERIFY(batch);
        QCOMPARE(batch->count(), 1);
        auto *reasons = page.findChild<QTableWidget *>(QStringLiteral("dashboardReasons"));
        QVERIFY(reasons);
        QCOMPARE(reasons->rowCount(), 1);
        QCOMPARE(reasons->item(0, 2)->text(), QStringLiteral(u"报名信息有误"));

        // 甲市 is the top bar, 乙市 the one below; a click asks for that city's queue.
        QList<QueueFilter> got = clickBar(page, 0);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).city, QStringLiteral(u"甲市"));
        QVERIFY(got.at(0).base.isEmpty());
        QCOMPARE(got.at(0).track, std::optional<Track>(Track::Resident));
        got = clickBar(page, 1);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).city, QStringLiteral(u"乙市"));

        // By base: a click names the base and its city.
        page.setGrouping(FunnelGrouping::Base);
        QCOMPARE(page.funnelChart()->rowCount(), 3);
        got = clickBar(page, 1);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).base, QStringLiteral(u"甲市中医院"));
        QCOMPARE(got.at(0).city, QStringLiteral(u"甲市"));
    }

    void municipalSeesItsBases()
    {
        DashboardPage page(m_db->session(p().cityAUser));
        QVERIFY(showAndWait(page));
        QCOMPARE(page.grouping(), FunnelGrouping::Base);
        QCOMPARE(page.funnelChart()->rowCount(), 2); // A1 and A2, never B1
        QCOMPARE(page.figures().byCity.size(), 1);
        QVERIFY(page.figures().reasons.isEmpty()); // the only reason was given at B1
        const QList<QueueFilter> got = clickBar(page, 0);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).base, QStringLiteral(u"甲市第一人民医院"));
    }

    void switchingBatchAndClosingDays()
    {
        execSql(m_db->db(), QStringLiteral("INSERT INTO exam_batches (name, year, track) VALUES (?, 2024, 'resident')"),
                {QStringLiteral(u"2024年住院医师规范化培训结业考核")});
        const qint64 other = scalar(m_db->db(), QStringLiteral("SELECT MAX(id) FROM exam_batches")).toLongLong();
        const qint64 id = m_db->addRegistration(p().baseB1, State::Submitted);
        execSql(m_db->db(), QStringLiteral("UPDATE registrations SET batch_id = ? WHERE id = ?"), {other, id});

        DashboardPage page(m_db->session(p().provincialUser));
        QVERIFY(showAndWait(page));
        QCOMPARE(page.figures().batchId, other); // the newest open batch comes first
        QCOMPARE(page.figures().byCity.size(), 1);
        auto *batch = page.findChild<QComboBox *>(QStringLiteral("dashboardBatch"));
        QCOMPARE(batch->count(), 2);
        QSignalSpy loaded(&page, &DashboardPage::loaded);
        batch->setCurrentIndex(batch->findData(p().examBatch));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.figures().batchId, p().examBatch);
        QCOMPARE(page.figures().byCity.size(), 2);
        QCOMPARE(page.figures().track, std::optional<Track>(Track::Resident));

        // The clock is inside base review: only the registration window closes within a week.
        auto *windows = page.findChild<QTableWidget *>(QStringLiteral("dashboardWindows"));
        QCOMPARE(page.figures().closing.size(), 1);
        QCOMPARE(windows->rowCount(), 1);
        QCOMPARE(windows->item(0, 0)->text(), stageName(Stage::Registration));
        auto *days = page.findChild<QSpinBox *>(QStringLiteral("dashboardClosingDays"));
        QVERIFY(days);
        days->setValue(30);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.figures().closing.size(), 4);
        QCOMPARE(windows->rowCount(), 4);
        QCOMPARE(page.figures().batchId, p().examBatch); // the chosen batch stays
    }

    void exportsTheFiguresOnScreen()
    {
        DashboardPage page(m_db->session(p().provincialUser));
        QVERIFY(showAndWait(page));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dashboard.xlsx"));
        QString error;
        QVERIFY2(page.exportTo(path, &error), qPrintable(error));
        const SheetReadResult read = readXlsx(path);
        QVERIFY2(read.ok, qPrintable(read.error));
        bool cityB = false;
        for (int r = 0; r < read.table.rows.size(); ++r)
            if (read.table.cell(r, 0).text == QStringLiteral(u"乙市")) {
                cityB = true;
                QCOMPARE(read.table.cell(r, 3).number, 5.0); // passed second review
                break;
            }
        QVERIFY(cityB);
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboard_page.moc"
