// The decision history page (审核记录): every flow's decisions of the organisation, the flow filter,
// "other organisations' decisions", the name / ID number search, the local filter and "load more".
//
//   bases A1, A2 (city A) and B1 (city B): one decision of each of the five flows per base, by the
//   base's own user.
#include "HistoryFixture.h"
#include "UiTestSupport.h"

#include "history/HistoryPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

class TestHistoryPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<UiTestDb> m_db;
    const Province &p() const { return m_db->p(); }

    static QStringList column(const HistoryPage &page, int col)
    {
        const QAbstractItemModel *m = page.findChild<QTableView *>(QStringLiteral("historyView"))->model();
        QStringList out;
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, col).data().toString();
        return out;
    }

private slots:
    void initTestCase() { useTestSettings(QStringLiteral("tst_history_page")); }

    void init()
    {
        m_db = std::make_unique<UiTestDb>();
        HistorySeeder seed(m_db->db(), p().specialtyCode, 50000);
        const QDateTime at(QDate(2026, 5, 1), QTime(9, 0));
        int n = 0;
        for (const auto &[base, user, tag] : {std::tuple{p().baseA1, p().baseA1User, QStringLiteral("A1")},
                                             std::tuple{p().baseA2, p().baseA2User, QStringLiteral("A2")},
                                             std::tuple{p().baseB1, p().baseB1User, QStringLiteral("B1")}})
            for (const QString &flow : HistorySeeder::flowCodes())
                seed.decide(flow, base, tag + QLatin1Char('-') + flow, user.id, at.addSecs(60 * n++));
    }
    void cleanup() { m_db.reset(); }

    void aBaseSeesItsOwnDecisionsOfEveryFlow()
    {
        HistoryPage page(m_db->session(p().baseA1User));
        QSignalSpy loaded(&page, &HistoryPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.visibleCount(), 5);
        for (const QString &name : column(page, 2))
            QVERIFY2(name.startsWith(QStringLiteral("A1-")), qPrintable(name));
    }

    void theFlowFilterNarrowsTheRows()
    {
        HistoryPage page(m_db->session(p().cityAUser));
        QSignalSpy loaded(&page, &HistoryPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.visibleCount(), 0); // the city decided nothing itself
        page.findChild<QCheckBox *>(QStringLiteral("historyEveryDecider"))->setChecked(true);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.visibleCount(), 10); // A1 and A2, every flow; nothing of B1
        QVERIFY(!column(page, 2).join(QLatin1Char(' ')).contains(QStringLiteral("B1-")));
        const QStringList flows = column(page, 1);
        QCOMPARE(QSet<QString>(flows.begin(), flows.end()).size(), 5);

        auto *flow = page.findChild<QComboBox *>(QStringLiteral("historyFlow"));
        QCOMPARE(flow->count(), 6);
        flow->setCurrentIndex(flow->findData(QStringLiteral("recruitment")));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.visibleCount(), 2);
        QCOMPARE(column(page, 2), QStringList({QStringLiteral("A2-recruitment"), QStringLiteral("A1-recruitment")}));
        QCOMPARE(column(page, 1), QStringList(2, flow->currentText()));

        flow->setCurrentIndex(0); // all flows again
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.visibleCount(), 10);
    }

    void theSearchAsksTheDatabaseAndTheFilterNarrowsTheLoadedRows()
    {
        HistoryPage page(m_db->session(p().provincialUser));
        QSignalSpy loaded(&page, &HistoryPage::loaded);
        page.findChild<QCheckBox *>(QStringLiteral("historyEveryDecider"))->setChecked(true);
        page.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.loadedCount(), 15);

        page.findChild<QLineEdit *>(QStringLiteral("historySearch"))->setText(QStringLiteral("teacher"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.loadedCount(), 3);

        page.findChild<QLineEdit *>(QStringLiteral("historyFilter"))->setText(QStringLiteral("B1-"));
        QCOMPARE(page.visibleCount(), 1);
        QCOMPARE(page.loadedCount(), 3);
    }

    void loadMoreAppendsTheNextPage()
    {
        HistoryPage page(m_db->session(p().sysadmin), nullptr, 4); // the sysadmin's own history is everyone's
        QSignalSpy loaded(&page, &HistoryPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.loadedCount(), 4);
        QVERIFY(page.hasMore());
        auto *more = page.findChild<QPushButton *>(QStringLiteral("historyLoadMore"));
        for (int expected : {8, 12, 15}) {
            QVERIFY(more->isEnabled());
            more->click();
            QVERIFY(loaded.wait(10000));
            QCOMPARE(page.loadedCount(), expected);
        }
        QVERIFY(!page.hasMore());
        QVERIFY(!more->isEnabled());
        const QStringList names = column(page, 2);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 15); // no row twice
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_history_page.moc"
