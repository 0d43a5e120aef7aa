// Scope: a base sees and changes only its own rows, a city only its bases, the province all.
// "A base able to see another base's review data" is one of the complaints gmedesk must make impossible.
#include "TestSupport.h"
#include "review/QueueRepository.h"
#include "review/ReviewEngine.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

class TestScope : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    // Per base: one row in each review queue's state.
    QHash<qint64, QList<qint64>> m_submitted, m_basePassed, m_cityPassed;

    const Province &p() const { return m_db->p(); }
    QueueRepository repo(const User &u) const { return QueueRepository(m_db->db(), u, Workflow::completionExam()); }

    static QSet<qint64> idsOf(const QVector<QueueRow> &rows)
    {
        QSet<qint64> s;
        for (const QueueRow &r : rows)
            s.insert(r.registrationId);
        return s;
    }
    QSet<qint64> of(const QHash<qint64, QList<qint64>> &m, std::initializer_list<qint64> bases) const
    {
        QSet<qint64> s;
        for (qint64 b : bases)
            for (qint64 id : m.value(b))
                s.insert(id);
        return s;
    }
    QList<qint64> allIds() const
    {
        QList<qint64> all;
        for (const auto *m : {&m_submitted, &m_basePassed, &m_cityPassed})
            for (const QList<qint64> &l : *m)
                all += l;
        return all;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDb>();
        m_submitted.clear();
        m_basePassed.clear();
        m_cityPassed.clear();
        for (qint64 base : {p().baseA1, p().baseA2, p().baseB1}) {
            for (int i = 0; i < 3; ++i) {
                m_submitted[base].append(m_db->addRegistration(base, State::Submitted));
                m_basePassed[base].append(m_db->addRegistration(base, State::BasePassed));
                m_cityPassed[base].append(m_db->addRegistration(base, State::CityPassed));
            }
            m_db->addRegistration(base, State::FinalPassed); // in nobody's queue
        }
    }
    void cleanup() { m_db.reset(); }

    void queues()
    {
        QCOMPARE(idsOf(repo(p().baseA1User).loadQueue()), of(m_submitted, {p().baseA1}));
        QCOMPARE(idsOf(repo(p().baseB1User).loadQueue()), of(m_submitted, {p().baseB1}));
        QCOMPARE(idsOf(repo(p().cityAUser).loadQueue()), of(m_basePassed, {p().baseA1, p().baseA2}));
        QCOMPARE(idsOf(repo(p().cityBUser).loadQueue()), of(m_basePassed, {p().baseB1}));
        QCOMPARE(idsOf(repo(p().provincialUser).loadQueue()), of(m_cityPassed, {p().baseA1, p().baseA2, p().baseB1}));
        QVERIFY(repo(p().sysadmin).loadQueue().isEmpty()); // reviews nothing
    }

    void queueRowContents()
    {
        const QVector<QueueRow> rows = repo(p().cityAUser).loadQueue();
        QVERIFY(!rows.isEmpty());
        for (const QueueRow &r : rows) {
            QCOMPARE(r.state, State::BasePassed);
            QCOMPARE(r.city, QStringLiteral(u"甲市"));
            QVERIFY(r.base == QStringLiteral(u"甲市第一人民医院") || r.base == QStringLiteral(u"甲市中医院"));
            QCOMPARE(r.name, m_db->nameOf(r.registrationId));
            QCOMPARE(r.idNumber, m_db->idNumberOf(r.registrationId));
            QVERIFY(r.specialty == p().specialtyName || r.specialty == p().otherSpecialtyName);
            QCOMPARE(r.personType, QStringLiteral(u"面向社会招收"));
            QCOMPARE(r.version, 1);
            QCOMPARE(r.examBatch, QStringLiteral(u"2023年住院医师结业考核"));
            QVERIFY(r.submittedAt.isValid());
            QCOMPARE(r.submittedAt, TestDb::windowOpens(Stage::Registration).addSecs(3600));
        }
    }

    void loadRowsAndDetails()
    {
        const QList<qint64> all = allIds();
        const QSet<qint64> a1 = of(m_submitted, {p().baseA1}) + of(m_basePassed, {p().baseA1}) + of(m_cityPassed, {p().baseA1});
        const QSet<qint64> cityA = a1 + of(m_submitted, {p().baseA2}) + of(m_basePassed, {p().baseA2})
            + of(m_cityPassed, {p().baseA2});
        QCOMPARE(idsOf(repo(p().baseA1User).loadRows(all)), a1);
        QCOMPARE(idsOf(repo(p().cityAUser).loadRows(all)), cityA);
        QCOMPARE(idsOf(repo(p().provincialUser).loadRows(all)), QSet<qint64>(all.cbegin(), all.cend()));

        for (qint64 id : all) {
            QCOMPARE(repo(p().baseA1User).loadDetails(id).has_value(), a1.contains(id));
            QCOMPARE(repo(p().cityAUser).loadDetails(id).has_value(), cityA.contains(id));
            QVERIFY(repo(p().provincialUser).loadDetails(id).has_value());
        }
        QVERIFY(!repo(p().provincialUser).loadDetails(987654).has_value());
        // Details carry the registration's own data and its evidence list.
        const qint64 ev = m_db->addEvidence(m_submitted[p().baseA1][0], QStringLiteral("process_register"),
                                            QStringLiteral(u"过程考核登记表.pdf"), QByteArray("%PDF-1.4 test"));
        const auto d = repo(p().baseA1User).loadDetails(m_submitted[p().baseA1][0]);
        QVERIFY(d);
        QCOMPARE(d->evidence.size(), 1);
        QCOMPARE(d->evidence[0].id, ev);
        QCOMPARE(d->evidence[0].kind, QStringLiteral("process_register"));
        QCOMPARE(d->evidence[0].fileName, QStringLiteral(u"过程考核登记表.pdf"));
        QCOMPARE(d->evidence[0].mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(d->evidence[0].sizeBytes, qint64(13));
        QCOMPARE(d->evidence[0].sha256.size(), 64);
        QVERIFY(d->timeline.isEmpty());
        QCOMPARE(d->row.name, m_db->nameOf(m_submitted[p().baseA1][0]));
        QCOMPARE(d->subjects, QStringLiteral("theory,skills"));
        QCOMPARE(d->birthDate, QDate(1990, 1, 1));
        QCOMPARE(d->trainingEnd, QDate(2023, 8, 31));
    }

    void loadRowsKeepsTheAskedOrder()
    {
        const QList<qint64> ids{m_submitted[p().baseA1][2], m_cityPassed[p().baseA1][0], m_submitted[p().baseA1][0]};
        const QVector<QueueRow> rows = repo(p().baseA1User).loadRows(ids);
        QCOMPARE(rows.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(rows[i].registrationId, ids[i]);
    }

    void baseCannotChangeAnotherBasesRows()
    {
        const qint64 foreign = m_submitted[p().baseA2][0];
        const qint64 own = m_submitted[p().baseA1][0];
        ReviewEngine e(m_db->db(), p().baseA1User, Workflow::completionExam(), m_db->clock());
        for (Action a : {Action::Pass, Action::Reject, Action::Return, Action::Cancel}) {
            const BatchResult r = e.apply({a, QStringLiteral("r"), {{own, 1}, {foreign, 1}}});
            QVERIFY(!r.applied);
            QCOMPARE(r.check.rows[1].problem, RowProblem::OutOfScope);
            // The manifest must not leak the other base's trainee.
            QVERIFY(r.check.rows[1].name.isEmpty());
            QVERIFY(r.check.rows[1].idNumber.isEmpty());
            QCOMPARE(r.check.rows[0].name, m_db->nameOf(own));
        }
        QCOMPARE(m_db->stateOf(foreign), State::Submitted);
        QCOMPARE(m_db->stateOf(own), State::Submitted);
        QCOMPARE(m_db->count(QStringLiteral("decisions")), 0);
    }

    void municipalOnlyItsBases()
    {
        m_db->clock().set(TestDb::timeIn(Stage::CityReview));
        ReviewEngine e(m_db->db(), p().cityAUser, Workflow::completionExam(), m_db->clock());
        const qint64 otherCity = m_basePassed[p().baseB1][0];
        BatchResult r = e.apply({Action::Pass, {}, {{otherCity, 1}}});
        QVERIFY(!r.applied);
        QCOMPARE(r.check.rows[0].problem, RowProblem::OutOfScope);
        QVERIFY(r.check.rows[0].name.isEmpty());
        QCOMPARE(m_db->stateOf(otherCity), State::BasePassed);

        r = e.apply({Action::Pass, {}, {{m_basePassed[p().baseA1][0], 1}, {m_basePassed[p().baseA2][0], 1}}});
        QVERIFY(r.applied);
        QCOMPARE(m_db->stateOf(m_basePassed[p().baseA2][0]), State::CityPassed);
    }

    void provincialAll()
    {
        m_db->clock().set(TestDb::timeIn(Stage::FinalReview));
        ReviewEngine e(m_db->db(), p().provincialUser, Workflow::completionExam(), m_db->clock());
        QList<BatchRow> rows;
        for (qint64 b : {p().baseA1, p().baseA2, p().baseB1})
            rows.append({m_cityPassed[b][0], 1});
        QVERIFY(e.apply({Action::Pass, {}, rows}).applied);
        for (const BatchRow &r : rows)
            QCOMPARE(m_db->stateOf(r.registrationId), State::FinalPassed);
    }

    void historyIsPerOrganisation()
    {
        ReviewEngine a1(m_db->db(), p().baseA1User, Workflow::completionExam(), m_db->clock());
        ReviewEngine a2(m_db->db(), p().baseA2User, Workflow::completionExam(), m_db->clock());
        QVERIFY(a1.apply({Action::Pass, {}, {{m_submitted[p().baseA1][0], 1}}}).applied);
        m_db->clock().advanceSecs(60);
        QVERIFY(a1.apply({Action::Return, QStringLiteral("x"), {{m_submitted[p().baseA1][1], 1}}}).applied);
        QVERIFY(a2.apply({Action::Pass, {}, {{m_submitted[p().baseA2][0], 1}}}).applied);

        const QList<DecisionEntry> h = repo(p().baseA1User).loadHistory();
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].registrationId, m_submitted[p().baseA1][1]); // newest first
        QCOMPARE(h[0].action, Action::Return);
        QCOMPARE(h[0].reason, QStringLiteral("x"));
        QCOMPARE(h[0].reviewer, p().baseA1User.displayName);
        QCOMPARE(h[0].traineeName, m_db->nameOf(m_submitted[p().baseA1][1]));
        QCOMPARE(h[1].registrationId, m_submitted[p().baseA1][0]);
        QCOMPARE(repo(p().baseA2User).loadHistory().size(), 1);
        QCOMPARE(repo(p().baseA1User).loadHistory(1).size(), 1);
        QVERIFY(repo(p().cityAUser).loadHistory().isEmpty());
        QVERIFY(repo(p().provincialUser).loadHistory().isEmpty());

        m_db->clock().set(TestDb::timeIn(Stage::FinalReview));
        ReviewEngine prov(m_db->db(), p().provincialUser, Workflow::completionExam(), m_db->clock());
        QVERIFY(prov.apply({Action::Pass, {}, {{m_cityPassed[p().baseB1][0], 1}}}).applied);
        QCOMPARE(repo(p().provincialUser).loadHistory().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScope)
#include "tst_scope.moc"
