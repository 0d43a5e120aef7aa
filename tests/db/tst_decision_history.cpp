// The organisation-wide decision history across every flow's log (DecisionHistory): who sees which
// rows, the flow and text filters, newest first, and paging without repeats or gaps.
//
//   base A1, A2 (city A), B1 (city B): one decision of each of the five flows per base, made by the
//   base's user, a minute apart per flow and an hour apart per base (A1 newest).
// Most cases read with everyDecider (every decision on items in scope); the default, decisions
// taken by the user's own organisation, has its own case.
#include "HistoryFixture.h"
#include "TestSupport.h"

#include "review/DecisionHistory.h"

#include <QSet>
#include <QTest>

using namespace gme;
using namespace gme::test;

namespace {

const QDateTime kStart(QDate(2026, 5, 1), QTime(9, 0));

QStringList namesOf(const QList<DecisionEntry> &entries)
{
    QStringList out;
    for (const DecisionEntry &e : entries)
        out << e.traineeName;
    return out;
}

} // namespace

class TestDecisionHistory : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    const Province &p() const { return m_db->p(); }

    // Every decider's decisions on items in the user's scope.
    QList<DecisionEntry> all(const User &user, HistoryFilter filter = {})
    {
        filter.everyDecider = true;
        return DecisionHistory(m_db->db(), user).load(filter, 1000).entries;
    }
    // The default: decisions taken by the user's own organisation, on items in scope.
    QList<DecisionEntry> own(const User &user, const HistoryFilter &filter = {})
    {
        return DecisionHistory(m_db->db(), user).load(filter, 1000).entries;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDb>();
        HistorySeeder seed(m_db->db(), p().specialtyCode, 50000);
        const struct { qint64 base; const User &user; const char16_t *tag; int hoursAgo; } bases[] = {
            {p().baseA1, p().baseA1User, u"甲一", 0}, {p().baseA2, p().baseA2User, u"甲二", 1},
            {p().baseB1, p().baseB1User, u"乙一", 2}};
        for (const auto &b : bases) {
            int minute = 0;
            for (const QString &flow : HistorySeeder::flowCodes())
                seed.decide(flow, b.base, QString::fromUtf16(b.tag) + QLatin1Char('-') + flow, b.user.id,
                            kStart.addSecs(-3600 * b.hoursAgo + 60 * minute++), QStringLiteral("why ") + flow);
        }
    }

    void aBaseSeesItsOwnDecisionsOfEveryFlow()
    {
        const QList<DecisionEntry> rows = all(p().baseA1User);
        QCOMPARE(rows.size(), 5);
        QSet<QString> flows;
        for (const DecisionEntry &e : rows) {
            QVERIFY2(e.traineeName.startsWith(QStringLiteral(u"甲一-")), qPrintable(e.traineeName));
            QCOMPARE(e.traineeName, QStringLiteral(u"甲一-") + e.flowCode);
            QCOMPARE(e.reason, QStringLiteral("why ") + e.flowCode);
            QCOMPARE(e.reviewer, p().baseA1User.displayName);
            QCOMPARE(e.reviewerOrg, p().baseA1User.orgName);
            QVERIFY(!e.flow.isEmpty());
            QVERIFY(!e.toText.isEmpty());
            QCOMPARE(e.idNumber.size(), 18);
            flows << e.flowCode;
        }
        const QStringList codes = HistorySeeder::flowCodes();
        QCOMPARE(flows, QSet<QString>(codes.begin(), codes.end()));
        QCOMPARE(all(p().baseB1User).size(), 5);
        for (const DecisionEntry &e : all(p().baseB1User))
            QVERIFY2(e.traineeName.startsWith(QStringLiteral(u"乙一-")), qPrintable(e.traineeName));
    }

    void aMunicipalSeesItsBasesAndTheProvinceEverything()
    {
        const QList<DecisionEntry> city = all(p().cityAUser);
        QCOMPARE(city.size(), 10);
        for (const DecisionEntry &e : city)
            QVERIFY2(!e.traineeName.startsWith(QStringLiteral(u"乙一-")), qPrintable(e.traineeName));
        QCOMPARE(all(p().cityBUser).size(), 5);
        QCOMPARE(all(p().provincialUser).size(), 15);
    }

    void byDefaultTheOrganisationsOwnDecisions()
    {
        // City A reviews A1's exam and reduction; the province approves B1's change request.
        HistorySeeder seed(m_db->db(), p().specialtyCode, 70000);
        const QDateTime later = kStart.addSecs(3600);
        seed.decide(QStringLiteral("completion_exam"), p().baseA1, QStringLiteral(u"市审-exam"), p().cityAUser.id, later);
        seed.decide(QStringLiteral("training_years_reduction"), p().baseA1, QStringLiteral(u"市审-reduction"),
                    p().cityAUser.id, later.addSecs(60));
        seed.decide(QStringLiteral("change_request"), p().baseB1, QStringLiteral(u"省审-change"), p().provincialUser.id,
                    later.addSecs(120));

        QCOMPARE(own(p().baseA1User).size(), 5); // not the city's decisions on its trainees
        QCOMPARE(all(p().baseA1User).size(), 7); // ... which everyDecider adds
        QCOMPARE(namesOf(own(p().cityAUser)), QStringList({QStringLiteral(u"市审-reduction"), QStringLiteral(u"市审-exam")}));
        QVERIFY(own(p().cityBUser).isEmpty());
        QCOMPARE(namesOf(own(p().provincialUser)), QStringList{QStringLiteral(u"省审-change")});
        QCOMPARE(own(p().sysadmin).size(), 18);
        const DecisionEntry city = own(p().cityAUser).first();
        QCOMPARE(city.reviewer, p().cityAUser.displayName);
        QCOMPARE(city.reviewerOrg, p().cityAUser.orgName);
        // The filters apply in this mode too.
        QCOMPARE(own(p().cityAUser, HistoryFilter{QStringLiteral("completion_exam"), {}, {}, {}}).size(), 1);
        QCOMPARE(own(p().cityAUser, HistoryFilter{{}, {}, {}, QStringLiteral("reduction")}).size(), 1);
    }

    void newestFirstAcrossFlows()
    {
        const QList<DecisionEntry> rows = all(p().provincialUser);
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY2(rows.at(i - 1).decidedAt >= rows.at(i).decidedAt, qPrintable(rows.at(i).traineeName));
        QCOMPARE(rows.first().traineeName, QStringLiteral(u"甲一-teacher_review"));
        QCOMPARE(rows.last().traineeName, QStringLiteral(u"乙一-completion_exam"));
    }

    void theFlowFilterKeepsOneFlow()
    {
        for (const QString &flow : HistorySeeder::flowCodes()) {
            const QList<DecisionEntry> rows = all(p().cityAUser, HistoryFilter{flow, {}, {}, {}});
            QCOMPARE(namesOf(rows), QStringList({QStringLiteral(u"甲一-") + flow, QStringLiteral(u"甲二-") + flow}));
        }
    }

    void theTextFilterMatchesNameOrIdNumber()
    {
        QCOMPARE(namesOf(all(p().provincialUser, HistoryFilter{{}, {}, {}, QStringLiteral("reduction")})),
                 QStringList({QStringLiteral(u"甲一-training_years_reduction"), QStringLiteral(u"甲二-training_years_reduction"),
                              QStringLiteral(u"乙一-training_years_reduction")}));
        const DecisionEntry teacher = all(p().baseA2User, HistoryFilter{QStringLiteral("teacher_review"), {}, {}, {}}).first();
        const QList<DecisionEntry> byId = all(p().provincialUser, HistoryFilter{{}, {}, {}, teacher.idNumber.right(6)});
        QCOMPARE(namesOf(byId), QStringList{teacher.traineeName});
        // Scope still applies, and LIKE's wildcards are taken literally.
        QVERIFY(all(p().baseA1User, HistoryFilter{{}, {}, {}, teacher.idNumber}).isEmpty());
        QVERIFY(all(p().provincialUser, HistoryFilter{{}, {}, {}, QStringLiteral("%")}).isEmpty());
        QCOMPARE(all(p().provincialUser, HistoryFilter{{}, {}, {}, QStringLiteral("_")}).size(), 12); // all but "recruitment"
    }

    void theTimeRangeIsFromInclusiveToExclusive()
    {
        // A1's five decisions are at 09:00..09:04, A2's at 08:00..08:04.
        const HistoryFilter range{{}, kStart.addSecs(-3600 + 60), kStart.addSecs(60), {}};
        QCOMPARE(namesOf(all(p().provincialUser, range)),
                 QStringList({QStringLiteral(u"甲一-completion_exam"), QStringLiteral(u"甲二-teacher_review"),
                              QStringLiteral(u"甲二-training_years_reduction"), QStringLiteral(u"甲二-change_request"),
                              QStringLiteral(u"甲二-recruitment")}));
    }

    void pagesFollowEachOtherWithoutRepeatsOrGaps()
    {
        // Ties: several flows and several rows of one flow at the very same second.
        HistorySeeder seed(m_db->db(), p().specialtyCode, 60000);
        const QDateTime tie = kStart.addSecs(-1800);
        for (int i = 0; i < 3; ++i)
            for (const QString &flow : HistorySeeder::flowCodes())
                seed.decide(flow, p().baseA2, QStringLiteral(u"同时%1-").arg(i) + flow, p().baseA2User.id, tie);
        const DecisionHistory history(m_db->db(), p().provincialUser);
        HistoryFilter every;
        every.everyDecider = true;
        const QList<DecisionEntry> whole = history.load(every, 1000).entries;
        QCOMPARE(whole.size(), 30);

        for (int size : {1, 4, 7}) {
            QList<DecisionEntry> paged;
            HistoryCursor cursor;
            for (int guard = 0; guard < 100; ++guard) {
                const HistorySlice slice = history.load(every, size, cursor);
                QVERIFY(slice.entries.size() <= size);
                paged += slice.entries;
                if (!slice.more)
                    break;
                QCOMPARE(slice.entries.size(), size);
                cursor = slice.next;
            }
            QCOMPARE(paged.size(), whole.size());
            for (int i = 0; i < whole.size(); ++i) {
                QCOMPARE(paged.at(i).flowCode, whole.at(i).flowCode);
                QCOMPARE(paged.at(i).decisionId, whole.at(i).decisionId);
            }
        }
        // A filtered history pages too.
        const HistoryFilter exam{QStringLiteral("completion_exam"), {}, {}, {}, true};
        const HistorySlice first = history.load(exam, 4);
        QVERIFY(first.more);
        const HistorySlice second = history.load(exam, 4, first.next);
        QCOMPARE(first.entries.size() + second.entries.size(), 6);
        QVERIFY(!second.more);
    }

    void aDepartmentHeadSeesNoDecisions()
    {
        User head = p().baseA1User;
        head.role = Role::Department;
        QVERIFY(all(head).isEmpty());
    }
};

QTEST_MAIN(TestDecisionHistory)
#include "tst_decision_history.moc"
