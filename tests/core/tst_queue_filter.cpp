#include "review/QueueFilter.h"

#include <QTest>

using namespace gme;

class TestQueueFilter : public QObject
{
    Q_OBJECT

    static QueueRow row()
    {
        QueueRow r;
        r.name = QStringLiteral(u"张三丰");
        r.idNumber = QStringLiteral("11010519491231002X");
        r.specialty = QStringLiteral(u"内科");
        r.base = QStringLiteral(u"甲市第一人民医院");
        r.city = QStringLiteral(u"甲市");
        r.personType = QStringLiteral(u"面向社会招收");
        r.track = Track::Resident;
        return r;
    }

private slots:
    void emptyFilterMatchesEverything()
    {
        QueueFilter f;
        QVERIFY(f.isEmpty());
        QVERIFY(f.matches(row()));
        QVERIFY(f.matches(QueueRow{}));
        f.text = QStringLiteral("   ");
        QVERIFY(f.isEmpty()); // blanks are no filter
        QVERIFY(f.matches(row()));
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("match");
        QTest::newRow("whole name") << QStringLiteral(u"张三丰") << true;
        QTest::newRow("part of name") << QStringLiteral(u"三") << true;
        QTest::newRow("trimmed") << QStringLiteral(u"  三丰\t") << true;
        QTest::newRow("id prefix") << QStringLiteral("110105") << true;
        QTest::newRow("id middle") << QStringLiteral("19491231") << true;
        QTest::newRow("id lower-case x") << QStringLiteral("002x") << true;
        QTest::newRow("other name") << QStringLiteral(u"李四") << false;
        QTest::newRow("other digits") << QStringLiteral("440106") << false;
        QTest::newRow("not a substring across fields") << QStringLiteral(u"丰1101") << false;
    }
    void text()
    {
        QFETCH(QString, text);
        QFETCH(bool, match);
        QueueFilter f;
        f.text = text;
        QVERIFY(!f.isEmpty());
        QCOMPARE(f.matches(row()), match);
    }

    void exactFields_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("match");
        // 0 specialty, 1 base, 2 city, 3 person type
        QTest::newRow("specialty equal") << 0 << QStringLiteral(u"内科") << true;
        QTest::newRow("specialty prefix only") << 0 << QStringLiteral(u"内") << false;
        QTest::newRow("specialty other") << 0 << QStringLiteral(u"外科") << false;
        QTest::newRow("base equal") << 1 << QStringLiteral(u"甲市第一人民医院") << true;
        QTest::newRow("base part") << 1 << QStringLiteral(u"甲市第一") << false;
        QTest::newRow("city equal") << 2 << QStringLiteral(u"甲市") << true;
        QTest::newRow("city other") << 2 << QStringLiteral(u"乙市") << false;
        QTest::newRow("person type equal") << 3 << QStringLiteral(u"面向社会招收") << true;
        QTest::newRow("person type other") << 3 << QStringLiteral(u"订单定向") << false;
    }
    void exactFields()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(bool, match);
        QueueFilter f;
        QString *target[] = {&f.specialty, &f.base, &f.city, &f.personType};
        *target[field] = value;
        QVERIFY(!f.isEmpty());
        QCOMPARE(f.matches(row()), match);
    }

    void track()
    {
        QueueFilter f;
        f.track = Track::AssistantGp;
        QVERIFY(!f.isEmpty());
        QVERIFY(!f.matches(row()));
        f.track = Track::Resident;
        QVERIFY(f.matches(row()));
    }

    void evidenceComplete()
    {
        QueueRow complete = row();
        QueueRow missing = row();
        missing.missingEvidence = {QStringLiteral("licence"), QStringLiteral("photo")};
        QueueFilter f;
        f.evidenceComplete = true;
        QVERIFY(!f.isEmpty());
        QVERIFY(f.matches(complete));
        QVERIFY(!f.matches(missing));
        f.evidenceComplete = false;
        QVERIFY(!f.matches(complete));
        QVERIFY(f.matches(missing));
        f.evidenceComplete.reset();
        QVERIFY(f.isEmpty());
        QVERIFY(f.matches(complete) && f.matches(missing));
        f.evidenceComplete = false;
        f.text = QStringLiteral(u"李"); // combined with the other fields
        QVERIFY(!f.matches(missing));
    }

    void allFieldsMustHold()
    {
        QueueFilter f;
        f.text = QStringLiteral(u"张");
        f.specialty = QStringLiteral(u"内科");
        f.city = QStringLiteral(u"甲市");
        QVERIFY(f.matches(row()));
        f.city = QStringLiteral(u"乙市"); // one field off is enough to exclude
        QVERIFY(!f.matches(row()));
    }
};

QTEST_GUILESS_MAIN(TestQueueFilter)
#include "tst_queue_filter.moc"
