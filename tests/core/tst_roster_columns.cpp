#include "import/RosterColumns.h"

#include <QTest>

using namespace gme;

namespace {

SheetCell text(const QString &s)
{
    SheetCell c;
    c.kind = SheetCell::Kind::Text;
    c.text = s;
    return c;
}

QVector<SheetCell> row(const QStringList &cells)
{
    QVector<SheetCell> r;
    for (const QString &s : cells)
        r.append(s.isEmpty() ? SheetCell() : text(s));
    return r;
}

} // namespace

class TestRosterColumns : public QObject
{
    Q_OBJECT
private slots:
    void findsHeaderBelowTitleAndUnitLines()
    {
        SheetTable t;
        t.rows = {row({QStringLiteral("2026年住院医师规范化培训结业考核报名汇总表")}),
                  row({QStringLiteral("填报单位（公章）：中山大学附属第一医院"), {}, {}, QStringLiteral("填表人：王老师")}),
                  {},
                  row({QStringLiteral("序号"), QStringLiteral("姓 名"), QStringLiteral("*身份证号"),
                       QStringLiteral("报考专业（全称）"), QStringLiteral("培训开始时间："),
                       QStringLiteral("手机号码"), QStringLiteral("自定义列")}),
                  row({QStringLiteral("1"), QStringLiteral("张三")})};
        const auto m = detectRosterHeader(t);
        QVERIFY(m.has_value());
        QCOMPARE(m->headerRow, 3);
        QCOMPARE(m->columnOf.value(RosterField::SerialNo, -1), 0);
        QCOMPARE(m->columnOf.value(RosterField::Name, -1), 1);
        QCOMPARE(m->columnOf.value(RosterField::IdNumber, -1), 2);
        QCOMPARE(m->columnOf.value(RosterField::Specialty, -1), 3);
        QCOMPARE(m->columnOf.value(RosterField::TrainingStart, -1), 4);
        QCOMPARE(m->columnOf.value(RosterField::Phone, -1), 5);
        QCOMPARE(m->unmappedHeadings, QStringList{QStringLiteral("自定义列")});
    }

    void fullWidthAndSpacesInHeadings()
    {
        QCOMPARE(canonicalHeading(QStringLiteral("　证件号码（身份证）　")), QStringLiteral("证件号码"));
        QCOMPARE(canonicalHeading(QStringLiteral("Ｎｏ")), QStringLiteral("no"));
    }

    void noHeaderWithoutNameOrId()
    {
        SheetTable t;
        t.rows = {row({QStringLiteral("性别"), QStringLiteral("民族"), QStringLiteral("学历")})};
        QVERIFY(!detectRosterHeader(t).has_value());
    }

    void everyFieldHasItsLabelAsSynonym()
    {
        for (int i = 0; i < kRosterFieldCount; ++i) {
            const auto f = RosterField(i);
            QVERIFY(!rosterFieldLabel(f).isEmpty());
            QCOMPARE(rosterFieldSynonyms(f).first(), rosterFieldLabel(f));
        }
    }
};

QTEST_GUILESS_MAIN(TestRosterColumns)
#include "tst_roster_columns.moc"
