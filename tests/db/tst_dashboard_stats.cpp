// Dashboard figures: exact counts on a hand-made province, limited to the user's scope; ageing
// buckets against a fixed clock; windows closing; reasons; the Excel export read back.
#include "TestSupport.h"
#include "import/XlsxReader.h"
#include "stats/DashboardExport.h"
#include "stats/DashboardStats.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

class TestDashboardStats : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    qint64 m_otherBatch = 0;

    const Province &p() const { return m_db->p(); }
    DashboardStats stats(const User &u) { return DashboardStats(m_db->db(), u, m_db->clock()); }

    void addMany(qint64 base, State state, int n)
    {
        for (int i = 0; i < n; ++i)
            m_db->addRegistration(base, state);
    }
    void setUpdatedAt(qint64 registrationId, const QDateTime &at)
    {
        execSql(m_db->db(), QStringLiteral("UPDATE registrations SET updated_at = ? WHERE id = ?"),
                {toDbTime(at), registrationId});
    }
    static QMap<QString, std::array<int, kStateCount>> byName(const QList<FunnelRow> &rows)
    {
        QMap<QString, std::array<int, kStateCount>> m;
        for (const FunnelRow &r : rows)
            m.insert(r.name, r.counts);
        return m;
    }
    static std::array<int, kStateCount> counts(std::initializer_list<std::pair<State, int>> l)
    {
        std::array<int, kStateCount> a{};
        for (const auto &[s, n] : l)
            a[size_t(s)] = n;
        return a;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDb>();
        // A1: 3 submitted, 2 passed by base, 1 returned. A2: one each of passed second review,
        // passed final, rejected. B1: 2 submitted, 1 cancelled.
        addMany(p().baseA1, State::Submitted, 3);
        addMany(p().baseA1, State::BasePassed, 2);
        addMany(p().baseA1, State::Returned, 1);
        addMany(p().baseA2, State::CityPassed, 1);
        addMany(p().baseA2, State::FinalPassed, 1);
        addMany(p().baseA2, State::Rejected, 1);
        addMany(p().baseB1, State::Submitted, 2);
        addMany(p().baseB1, State::Cancelled, 1);
        // Registrations of another batch are never counted in this one.
        execSql(m_db->db(), QStringLiteral("INSERT INTO exam_batches (name, year, track) VALUES ('2022', 2022, 'resident')"));
        m_otherBatch = scalar(m_db->db(), QStringLiteral("SELECT MAX(id) FROM exam_batches")).toLongLong();
        for (int i = 0; i < 4; ++i) {
            const qint64 id = m_db->addRegistration(p().baseA1, State::Submitted);
            execSql(m_db->db(), QStringLiteral("UPDATE registrations SET batch_id = ? WHERE id = ?"), {m_otherBatch, id});
        }
    }
    void cleanup() { m_db.reset(); }

    void funnelByCityForTheProvince()
    {
        const QList<FunnelRow> rows = stats(p().provincialUser).funnel(p().examBatch, FunnelGrouping::City);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).name, QStringLiteral(u"甲市")); // in org code order: CA before CB
        QCOMPARE(rows.at(0).orgId, p().cityA);
        QCOMPARE(rows.at(0).city, QStringLiteral(u"甲市"));
        QCOMPARE(rows.at(0).counts, counts({{State::Submitted, 3}, {State::BasePassed, 2}, {State::Returned, 1},
                                            {State::CityPassed, 1}, {State::FinalPassed, 1}, {State::Rejected, 1}}));
        QCOMPARE(rows.at(0).total(), 9);
        QCOMPARE(rows.at(1).name, QStringLiteral(u"乙市"));
        QCOMPARE(rows.at(1).counts, counts({{State::Submitted, 2}, {State::Cancelled, 1}}));
        QCOMPARE(rows.at(1).total(), 3);

        const QList<FunnelRow> other = stats(p().provincialUser).funnel(m_otherBatch, FunnelGrouping::City);
        QCOMPARE(other.size(), 1);
        QCOMPARE(other.at(0).counts, counts({{State::Submitted, 4}}));
    }

    void funnelByBase()
    {
        const QList<FunnelRow> rows = stats(p().provincialUser).funnel(p().examBatch, FunnelGrouping::Base);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).orgId, p().baseA1);
        QCOMPARE(rows.at(1).orgId, p().baseA2);
        QCOMPARE(rows.at(2).orgId, p().baseB1);
        QCOMPARE(rows.at(0).city, QStringLiteral(u"甲市"));
        QCOMPARE(rows.at(2).city, QStringLiteral(u"乙市"));
        const auto m = byName(rows);
        QCOMPARE(m.value(QStringLiteral(u"甲市第一人民医院")),
                 counts({{State::Submitted, 3}, {State::BasePassed, 2}, {State::Returned, 1}}));
        QCOMPARE(m.value(QStringLiteral(u"甲市中医院")),
                 counts({{State::CityPassed, 1}, {State::FinalPassed, 1}, {State::Rejected, 1}}));
        QCOMPARE(m.value(QStringLiteral(u"乙市人民医院")), counts({{State::Submitted, 2}, {State::Cancelled, 1}}));
    }

    void municipalSeesOnlyItsBases()
    {
        const QList<FunnelRow> cityA = stats(p().cityAUser).funnel(p().examBatch, FunnelGrouping::City);
        QCOMPARE(cityA.size(), 1);
        QCOMPARE(cityA.at(0).orgId, p().cityA);
        QCOMPARE(cityA.at(0).total(), 9);
        const QList<FunnelRow> basesA = stats(p().cityAUser).funnel(p().examBatch, FunnelGrouping::Base);
        QCOMPARE(basesA.size(), 2);
        QCOMPARE(basesA.at(0).orgId, p().baseA1);
        QCOMPARE(basesA.at(1).orgId, p().baseA2);

        const QList<FunnelRow> basesB = stats(p().cityBUser).funnel(p().examBatch, FunnelGrouping::Base);
        QCOMPARE(basesB.size(), 1);
        QCOMPARE(basesB.at(0).orgId, p().baseB1);
        QCOMPARE(basesB.at(0).total(), 3);

        // A base sees itself only.
        const QList<FunnelRow> a2 = stats(p().baseA2User).funnel(p().examBatch, FunnelGrouping::Base);
        QCOMPARE(a2.size(), 1);
        QCOMPARE(a2.at(0).orgId, p().baseA2);

        // Ageing is scoped too: city B waits only on its two submitted rows.
        int waitingB = 0;
        for (const AgeingRow &r : stats(p().cityBUser).ageing(p().examBatch))
            waitingB += r.total();
        QCOMPARE(waitingB, 2);
    }

    void ageingBuckets()
    {
        // A fresh province: one row per bucket edge, all submitted at base B1, against a fixed clock.
        m_db = std::make_unique<TestDb>();
        const QDateTime now(QDate(2023, 3, 20), QTime(12, 0));
        m_db->clock().set(now);
        const QList<qint64> secsAgo = {
            0,                         // now:              < 1 day
            23 * 3600,                 // 23 h:             < 1 day
            24 * 3600,                 // exactly one day:  1–3 days
            2 * 86400 + 3600,          // 2 d 1 h:          1–3 days
            3 * 86400,                 // exactly 3 days:   3–7 days
            6 * 86400,                 // 6 days:           3–7 days
            7 * 86400,                 // exactly 7 days:   > 7 days
            30 * 86400,                // a month:          > 7 days
        };
        for (qint64 s : secsAgo)
            setUpdatedAt(m_db->addRegistration(p().baseB1, State::Submitted), now.addSecs(-s));
        setUpdatedAt(m_db->addRegistration(p().baseA1, State::BasePassed), now.addSecs(-10 * 86400));
        setUpdatedAt(m_db->addRegistration(p().baseA1, State::CityPassed), now.addSecs(-3600));
        setUpdatedAt(m_db->addRegistration(p().baseA1, State::Returned), now.addSecs(-4 * 86400));
        setUpdatedAt(m_db->addRegistration(p().baseA1, State::FinalPassed), now.addSecs(-4 * 86400)); // waits for nobody

        const QList<AgeingRow> rows = stats(p().provincialUser).ageing(p().examBatch);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).state, State::Submitted);
        QCOMPARE(rows.at(0).counts, (std::array<int, kAgeBucketCount>{2, 2, 2, 2}));
        QCOMPARE(rows.at(1).state, State::BasePassed);
        QCOMPARE(rows.at(1).counts, (std::array<int, kAgeBucketCount>{0, 0, 0, 1}));
        QCOMPARE(rows.at(2).state, State::CityPassed);
        QCOMPARE(rows.at(2).counts, (std::array<int, kAgeBucketCount>{1, 0, 0, 0}));
        QCOMPARE(rows.at(3).state, State::Returned);
        QCOMPARE(rows.at(3).counts, (std::array<int, kAgeBucketCount>{0, 0, 1, 0}));

        // The same rows a week later have all aged past seven days.
        m_db->clock().advanceSecs(7 * 86400);
        const QList<AgeingRow> later = stats(p().provincialUser).ageing(p().examBatch);
        QCOMPARE(later.at(0).counts, (std::array<int, kAgeBucketCount>{0, 0, 0, 8}));

        // City A sees its own three waiting rows, not base B1's eight.
        const QList<AgeingRow> cityA = stats(p().cityAUser).ageing(p().examBatch);
        QCOMPARE(cityA.at(0).total(), 0);
        QCOMPARE(cityA.at(1).total() + cityA.at(2).total() + cityA.at(3).total(), 3);
    }

    void windowsClosing()
    {
        // The clock is at 2023-03-15 12:00 (inside base review): registration closes 03-22,
        // base review 03-27, second review 04-01, final review 04-04.
        QCOMPARE(m_db->clock().now(), TestDb::timeIn(Stage::BaseReview));
        auto stages = [](const QList<ClosingWindow> &l) {
            QList<Stage> s;
            for (const ClosingWindow &w : l)
                s << w.stage;
            return s;
        };
        QCOMPARE(stages(stats(p().provincialUser).windowsClosing(1)), QList<Stage>{});
        QCOMPARE(stages(stats(p().provincialUser).windowsClosing(7)), QList<Stage>{Stage::Registration});
        QCOMPARE(stages(stats(p().provincialUser).windowsClosing(12)),
                 (QList<Stage>{Stage::Registration, Stage::BaseReview}));
        const QList<ClosingWindow> all = stats(p().provincialUser).windowsClosing(30);
        QCOMPARE(stages(all), (QList<Stage>{Stage::Registration, Stage::BaseReview, Stage::CityReview, Stage::FinalReview}));
        QCOMPARE(all.at(1).closesAt, TestDb::windowCloses(Stage::BaseReview));
        QCOMPARE(all.at(1).opensAt, TestDb::windowOpens(Stage::BaseReview));
        QCOMPARE(all.at(1).batchId, p().examBatch);
        // Still waiting, in scope: returned for registration, submitted for base review, ...
        QCOMPARE(all.at(0).waiting, 1);
        QCOMPARE(all.at(1).waiting, 5);
        QCOMPARE(all.at(2).waiting, 2);
        QCOMPARE(all.at(3).waiting, 1);
        const QList<ClosingWindow> cityB = stats(p().cityBUser).windowsClosing(30);
        QCOMPARE(cityB.size(), 4);
        QCOMPARE(cityB.at(1).waiting, 2);
        QCOMPARE(cityB.at(2).waiting, 0);

        // Windows that already closed are not listed.
        m_db->clock().set(TestDb::timeIn(Stage::CityReview));
        QCOMPARE(stages(stats(p().provincialUser).windowsClosing(30)),
                 (QList<Stage>{Stage::CityReview, Stage::FinalReview}));
        // Nor are those of a closed batch.
        execSql(m_db->db(), QStringLiteral("UPDATE exam_batches SET status = 'closed' WHERE id = ?"), {p().examBatch});
        QVERIFY(stats(p().provincialUser).windowsClosing(30).isEmpty());
    }

    void windowsClosingTogetherInChainOrder()
    {
        const QDateTime opens = TestDb::windowOpens(Stage::Registration);
        const QDateTime closes = m_db->clock().now().addDays(3);
        for (Stage s : {Stage::FinalReview, Stage::Registration, Stage::CityReview, Stage::BaseReview})
            m_db->setWindow(s, opens, closes);
        QList<Stage> stages;
        for (const ClosingWindow &w : stats(p().provincialUser).windowsClosing(7))
            stages << w.stage;
        QCOMPARE(stages, (QList<Stage>{Stage::Registration, Stage::BaseReview, Stage::CityReview, Stage::FinalReview}));
    }

    void reasonsCountedAndScoped()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::Returned);
        const qint64 b = m_db->addRegistration(p().baseB1, State::Rejected);
        const QString blurry = QStringLiteral(u"过程考核登记表扫描件不清晰");
        const QString missing = QStringLiteral(u"缺少培训年限减免佐证材料");
        const QString rotation = QStringLiteral(u"轮转培训计划未完成");
        for (int i = 0; i < 3; ++i)
            m_db->addDecision(a, p().baseA1User, Stage::BaseReview, Action::Return, State::Submitted, State::Returned, blurry);
        // Stray spaces do not make another reason.
        m_db->addDecision(a, p().baseA1User, Stage::BaseReview, Action::Return, State::Submitted, State::Returned,
                          QStringLiteral(u"  ") + blurry + QStringLiteral(u" "));
        m_db->addDecision(b, p().baseB1User, Stage::BaseReview, Action::Return, State::Submitted, State::Returned, missing);
        m_db->addDecision(b, p().baseB1User, Stage::BaseReview, Action::Reject, State::Submitted, State::Rejected, rotation);
        m_db->addDecision(a, p().baseA1User, Stage::BaseReview, Action::Pass, State::Submitted, State::BasePassed);

        const QList<ReasonCount> all = stats(p().provincialUser).reasons(p().examBatch);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).action, Action::Return);
        QCOMPARE(all.at(0).reason, blurry);
        QCOMPARE(all.at(0).count, 4);
        QCOMPARE(all.at(1).reason, missing);
        QCOMPARE(all.at(1).count, 1);
        QCOMPARE(all.at(2).action, Action::Reject);
        QCOMPARE(all.at(2).reason, rotation);
        QCOMPARE(all.at(2).count, 1);

        const QList<ReasonCount> cityB = stats(p().cityBUser).reasons(p().examBatch);
        QCOMPARE(cityB.size(), 2);
        QCOMPARE(cityB.at(0).reason, missing);
        QCOMPARE(cityB.at(1).reason, rotation);
        QVERIFY(stats(p().provincialUser).reasons(m_otherBatch).isEmpty());

        // At most `limit` per action, the most frequent first.
        for (int i = 0; i < 25; ++i)
            for (int k = 0; k <= i; ++k)
                m_db->addDecision(b, p().baseB1User, Stage::BaseReview, Action::Return, State::Submitted,
                                  State::Returned, QStringLiteral(u"理由%1").arg(i));
        const QList<ReasonCount> top = stats(p().provincialUser).reasons(p().examBatch, 20);
        QCOMPARE(top.size(), 21); // 20 returns + 1 reject
        QCOMPARE(top.at(0).reason, QStringLiteral(u"理由24"));
        QCOMPARE(top.at(0).count, 25);
        QCOMPARE(top.at(19).reason, QStringLiteral(u"理由5"));
        QCOMPARE(top.at(20).action, Action::Reject);
    }

    void loadAndExport()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::Returned);
        m_db->addDecision(a, p().baseA1User, Stage::BaseReview, Action::Return, State::Submitted, State::Returned,
                          QStringLiteral("=HYPERLINK(\"http://x\")"));
        const DashboardFigures f = stats(p().provincialUser).load(p().examBatch, 30);
        QCOMPARE(f.batchId, p().examBatch);
        QVERIFY(!f.batchName.isEmpty());
        QCOMPARE(f.track, std::optional<Track>(Track::Resident));
        QCOMPARE(f.byCity.size(), 2);
        QCOMPARE(f.byBase.size(), 3);
        QCOMPARE(f.ageing.size(), 4);
        QCOMPARE(f.closing.size(), 4);
        QCOMPARE(f.reasons.size(), 1);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dashboard.xlsx"));
        QString error;
        QVERIFY2(exportDashboard(f, path, &error), qPrintable(error));
        const SheetReadResult read = readXlsx(path);
        QVERIFY2(read.ok, qPrintable(read.error));
        // Find each block by its figures: 甲市's row carries the city's counts as numbers.
        const SheetTable &t = read.table;
        auto findRow = [&t](const QString &first, int fromRow = 0) {
            for (int r = fromRow; r < t.rows.size(); ++r)
                if (t.cell(r, 0).text == first)
                    return r;
            return -1;
        };
        const int cityRow = findRow(QStringLiteral(u"甲市"));
        QVERIFY(cityRow > 0);
        QCOMPARE(t.cell(cityRow, 1).kind, SheetCell::Kind::Number);
        QCOMPARE(t.cell(cityRow, 1).number, 3.0);  // submitted
        QCOMPARE(t.cell(cityRow, 5).number, 2.0);  // returned (one more added above)
        QCOMPARE(t.cell(cityRow, 8).number, 10.0); // total
        const int baseRow = findRow(QStringLiteral(u"乙市"), cityRow + 2);
        QVERIFY(baseRow > cityRow);
        QCOMPARE(t.cell(baseRow, 1).text, QStringLiteral(u"乙市人民医院"));
        QCOMPARE(t.cell(baseRow, 9).number, 3.0);
        // The reason stays text, never a formula.
        bool reasonFound = false;
        for (int r = 0; r < t.rows.size(); ++r)
            if (t.cell(r, 1).text == QStringLiteral("=HYPERLINK(\"http://x\")")) {
                reasonFound = true;
                QCOMPARE(t.cell(r, 1).kind, SheetCell::Kind::Text);
                QCOMPARE(t.cell(r, 2).number, 1.0);
            }
        QVERIFY(reasonFound);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no temporary left

        QVERIFY(!exportDashboard(f, dir.filePath(QStringLiteral("missing/dashboard.xlsx")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDashboardStats)
#include "tst_dashboard_stats.moc"
