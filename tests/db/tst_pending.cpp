// The pending batch (待处理栏) and reason templates live in the database and survive a restart.
#include "TestSupport.h"
#include "review/PendingStore.h"

#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

class TestPending : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    const Province &p() const { return m_db->p(); }

    static QList<qint64> ids(const QList<BatchRow> &rows)
    {
        QList<qint64> out;
        for (const BatchRow &r : rows)
            out.append(r.registrationId);
        return out;
    }

private slots:
    void init() { m_db = std::make_unique<TestDb>(); }
    void cleanup() { m_db.reset(); }

    void survivesANewDatabaseObject()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::Submitted);
        const qint64 b = m_db->addRegistration(p().baseA1, State::Submitted);
        const qint64 c = m_db->addRegistration(p().baseA1, State::Submitted);
        {
            PendingStore store(m_db->db(), p().baseA1User.id);
            store.add({{c, 1}, {a, 1}});
            store.add({{b, 4}, {a, 9}}); // a is already there: keeps version 1 and its place
        }
        // A second Database object on the same file, as after restarting the app.
        Database reopened(m_db->path());
        PendingStore store(reopened.connection(), p().baseA1User.id);
        const QList<BatchRow> rows = store.load();
        QCOMPARE(ids(rows), (QList<qint64>{c, a, b}));
        QCOMPARE(rows[1].version, 1);
        QCOMPARE(rows[2].version, 4);

        store.remove({a});
        QCOMPARE(ids(PendingStore(m_db->db(), p().baseA1User.id).load()), (QList<qint64>{c, b}));
        store.clear();
        QVERIFY(PendingStore(m_db->db(), p().baseA1User.id).load().isEmpty());
    }

    void perUser()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::Submitted);
        PendingStore mine(m_db->db(), p().baseA1User.id);
        PendingStore theirs(m_db->db(), p().cityAUser.id);
        mine.add({{a, 1}});
        QVERIFY(theirs.load().isEmpty());
        theirs.add({{a, 1}});
        theirs.clear();
        QCOMPARE(mine.load().size(), 1);
    }

    void reasonTemplatesSharedAndOwn()
    {
        ReasonTemplates mine(m_db->db(), p().baseA1User.id);
        ReasonTemplates theirs(m_db->db(), p().baseA2User.id);
        const QStringList sharedReturn = mine.list(Action::Return);
        const QStringList sharedReject = mine.list(Action::Reject);
        QVERIFY(!sharedReturn.isEmpty()); // seeded by the migration
        QVERIFY(!sharedReject.isEmpty());
        QVERIFY(sharedReturn.contains(QStringLiteral(u"缺少培训年限减免佐证材料")));
        QVERIFY(!sharedReturn.contains(QStringLiteral(u"过程考核不合格"))); // a reject reason
        QCOMPARE(theirs.list(Action::Return), sharedReturn);

        mine.add(Action::Return, QStringLiteral(u"  照片不符合要求  "));
        mine.add(Action::Return, QStringLiteral(u"照片不符合要求")); // no duplicate
        mine.add(Action::Return, QStringLiteral("   "));            // no blank
        mine.add(Action::Pass, QStringLiteral("pass needs none"));   // not a reason action
        QCOMPARE(mine.list(Action::Return), sharedReturn + QStringList{QStringLiteral(u"照片不符合要求")});
        QCOMPARE(mine.list(Action::Reject), sharedReject);
        QVERIFY(mine.list(Action::Pass).isEmpty());
        QCOMPARE(theirs.list(Action::Return), sharedReturn); // own templates stay own

        // Still there through another Database object.
        Database reopened(m_db->path());
        QCOMPARE(ReasonTemplates(reopened.connection(), p().baseA1User.id).list(Action::Return).size(),
                 sharedReturn.size() + 1);
    }
};

QTEST_GUILESS_MAIN(TestPending)
#include "tst_pending.moc"
