#include "domain/IdNumber.h"

#include <QTest>

using namespace gme;

class TestIdNumber : public QObject
{
    Q_OBJECT
private slots:
    void validNumbers_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("male");
        // Check digits computed by hand with the GB 11643 weights.
        QTest::newRow("plain") << "11010519491231002X" << "11010519491231002X" << QDate(1949, 12, 31) << false;
        QTest::newRow("lower-case x") << "11010519491231002x" << "11010519491231002X" << QDate(1949, 12, 31) << false;
        QTest::newRow("digit check") << "440524198001010013" << "440524198001010013" << QDate(1980, 1, 1) << true;
        QTest::newRow("spaces and full-width") << QStringLiteral(" ４４０５２４１９８００１０１００１３\u3000")
                                               << "440524198001010013" << QDate(1980, 1, 1) << true;
    }
    void validNumbers()
    {
        QFETCH(QString, raw);
        QFETCH(QString, normalized);
        QFETCH(QDate, birth);
        QFETCH(bool, male);
        const IdCheck c = checkResidentId(raw);
        QCOMPARE(c.problem, IdCheck::Problem::None);
        QCOMPARE(c.normalized, normalized);
        QCOMPARE(c.birthDate, birth);
        QCOMPARE(c.male, male);
    }

    void invalidNumbers_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("problem");
        using P = IdCheck::Problem;
        QTest::newRow("empty") << "  " << int(P::Empty);
        QTest::newRow("wrong check digit") << "110105194912310021" << int(P::WrongCheckDigit);
        QTest::newRow("excel float") << "4.40106E+17" << int(P::LooksLikeExcelNumber);
        QTest::newRow("legacy 15 digits") << "110105491231002" << int(P::Legacy15Digit);
        QTest::newRow("too short") << "1101051949123100" << int(P::WrongLength);
        QTest::newRow("letters") << "11010519491231A02X" << int(P::BadCharacters);
        QTest::newRow("February 30") << "110105199002300012" << int(P::ImpossibleBirthDate);
        QTest::newRow("month 13") << "110105199013010012" << int(P::ImpossibleBirthDate);
        QTest::newRow("born in the future") << "110105209901010012" << int(P::ImpossibleBirthDate);
    }
    void invalidNumbers()
    {
        QFETCH(QString, raw);
        QFETCH(int, problem);
        QCOMPARE(int(checkResidentId(raw).problem), problem);
        QVERIFY(!idProblemText(IdCheck::Problem(problem)).isEmpty());
    }

    void checkCharacterMatchesStandardExample()
    {
        // The worked example in GB 11643-1999 appendix: 11010519491231002 → X.
        QCOMPARE(residentIdCheckChar(u"11010519491231002"), QChar(u'X'));
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
