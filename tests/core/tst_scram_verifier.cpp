// The SCRAM-SHA-256 verifier the client sends instead of a password (auth/ScramVerifier.h): the
// RFC 7677 example exchange must verify against it, as the server verifies a sign-in.
#include "auth/ScramVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTest>

using namespace gme;

namespace {

struct Parsed
{
    int iterations = 0;
    QByteArray salt, storedKey, serverKey;
};

Parsed parse(const QString &verifier)
{
    static const QRegularExpression form(QStringLiteral("^SCRAM-SHA-256\\$(\\d+):([^$]+)\\$([^:]+):(.+)$"));
    const auto m = form.match(verifier);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toInt(), QByteArray::fromBase64(m.captured(2).toLatin1()),
            QByteArray::fromBase64(m.captured(3).toLatin1()), QByteArray::fromBase64(m.captured(4).toLatin1())};
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

class TestScramVerifier : public QObject
{
    Q_OBJECT

private slots:
    void theRfc7677ExampleExchangeVerifiesAgainstIt()
    {
        // RFC 7677 section 3: user "user", password "pencil".
        const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
        const Parsed v = parse(scram::sha256Verifier(QStringLiteral("pencil"), salt, 4096));
        QCOMPARE(v.iterations, 4096);
        QCOMPARE(v.salt, salt);
        const QByteArray authMessage =
            "n=user,r=rOprNGfwEbeRWgbNEkqO,"
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,"
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
        // The server proves itself with ServerKey ...
        QCOMPARE(hmac(v.serverKey, authMessage).toBase64(), QByteArray("6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="));
        // ... and checks the client's proof with StoredKey: H(ClientProof XOR ClientSignature) = StoredKey.
        const QByteArray proof = QByteArray::fromBase64("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
        const QByteArray signature = hmac(v.storedKey, authMessage);
        QByteArray clientKey(proof.size(), '\0');
        for (qsizetype i = 0; i < proof.size(); ++i)
            clientKey[i] = char(proof[i] ^ signature[i]);
        QCOMPARE(QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256), v.storedKey);
    }

    void aWrongPasswordGivesOtherKeys()
    {
        const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
        QVERIFY(parse(scram::sha256Verifier(QStringLiteral("pencil"), salt)).storedKey
                != parse(scram::sha256Verifier(QStringLiteral("pencil!"), salt)).storedKey);
    }

    void eachVerifierHasAFreshSaltAndPostgresForm()
    {
        const QString a = scram::sha256Verifier(QStringLiteral("same password"));
        const QString b = scram::sha256Verifier(QStringLiteral("same password"));
        QVERIFY(a != b);
        for (const QString &v : {a, b}) {
            QVERIFY2(QRegularExpression(QStringLiteral("^SCRAM-SHA-256\\$4096:[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$"))
                         .match(v).hasMatch(), qPrintable(v));
            QCOMPARE(parse(v).salt.size(), scram::kSaltBytes);
            QVERIFY(!v.contains(QLatin1String("same password")));
        }
    }

    void passwordsArePreparedAsSaslprepDoes()
    {
        // Non-ASCII spaces become spaces, soft hyphens and joiners vanish, compatibility forms fold (NFKC).
        QCOMPARE(scram::preparedPassword(QStringLiteral(u"a\u00A0b\u3000c")), QByteArray("a b c"));
        QCOMPARE(scram::preparedPassword(QStringLiteral(u"pass\u00ADword\u200D")), QByteArray("password"));
        QCOMPARE(scram::preparedPassword(QStringLiteral(u"Ｐａｓｓ１２")), QByteArray("Pass12"));
        QCOMPARE(scram::preparedPassword(QStringLiteral(u"审核员密码")), QStringLiteral(u"审核员密码").toUtf8());
        // A prohibited character (here a private-use one): the bytes as they are.
        QCOMPARE(scram::preparedPassword(QStringLiteral(u"Ｐ\uE000")), QStringLiteral(u"Ｐ\uE000").toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestScramVerifier)
#include "tst_scram_verifier.moc"
