#include "TestKeys.h"
#include "jwt/Jwks.h"
#include "jwt/JwksClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens;
using namespace orglens::jwt;
using orglens::test::TestKey;
namespace TestTokens = orglens::test::TestTokens;

namespace {
QByteArray setOf(const QJsonArray &keys)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), keys}}).toJson(QJsonDocument::Compact);
}
} // namespace

class TestJwks : public QObject {
    Q_OBJECT

    TestKey m_rsa = TestKey::generate(QStringLiteral("RS256"), QStringLiteral("rsa"));
    TestKey m_ec = TestKey::generate(QStringLiteral("ES384"), QStringLiteral("ec"));
    TestKey m_ed = TestKey::generate(QStringLiteral("EdDSA"), QStringLiteral("ed"));

private slots:
    void parsesEveryKeyType()
    {
        const auto keys = parseJwks(TestTokens::jwks({m_rsa, m_ec, m_ed}));
        QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.error().message));
        QCOMPARE(keys->keys().size(), 3);
        QVERIFY(keys->problems().isEmpty());
        const Jwk &rsa = keys->keys().at(0);
        QCOMPARE(rsa.kid, QStringLiteral("rsa"));
        QCOMPARE(rsa.kty, QStringLiteral("RSA"));
        QCOMPARE(rsa.alg, QStringLiteral("RS256"));
        QCOMPARE(rsa.use, QStringLiteral("sig"));
        QCOMPARE(rsa.bits, 2048);
        QVERIFY(rsa.publicKey);
        QCOMPARE(keys->keys().at(1).crv, QStringLiteral("P-384"));
        QCOMPARE(keys->keys().at(2).crv, QStringLiteral("Ed25519"));
        QVERIFY(keys->containsKid(QStringLiteral("ed")));
        QVERIFY(!keys->containsKid(QStringLiteral("other")));
    }

    void acceptsASingleJwk()
    {
        const auto keys = parseJwks(QJsonDocument(m_ec.publicJwk()).toJson());
        QVERIFY(keys.ok());
        QCOMPARE(keys->keys().size(), 1);
        QCOMPARE(keys->keys().first().kid, QStringLiteral("ec"));
    }

    void emptySetIsValid()
    {
        const auto keys = parseJwks(R"({"keys": []})");
        QVERIFY(keys.ok());
        QVERIFY(keys->isEmpty());
    }

    void documentErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{keys") << QStringLiteral("jwks: invalid JSON at offset");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("jwks: the JSON is not an object");
        QTest::newRow("keys not array") << QByteArray(R"({"keys": {}})")
                                        << QStringLiteral("jwks: 'keys' is not an array");
        QTest::newRow("neither") << QByteArray(R"({"foo": 1})") << QStringLiteral("neither a JWK Set");
    }
    void documentErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto keys = parseJwks(json);
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().code, QString::fromLatin1(JwksError::Json));
        QVERIFY2(keys.error().message.contains(message), qPrintable(keys.error().message));
    }

    // Each bad key is skipped with a reason; a good key next to it keeps the set usable.
    void skipsUnusableKeys_data()
    {
        QTest::addColumn<QJsonObject>("bad");
        QTest::addColumn<QString>("reason");
        QJsonObject rsa = m_rsa.publicJwk();
        QJsonObject ec = m_ec.publicJwk();
        QJsonObject ed = m_ed.publicJwk();
        const auto with = [](QJsonObject jwk, const char *key, const QJsonValue &value) {
            jwk.insert(QLatin1String(key), value);
            return jwk;
        };
        QJsonObject noN = rsa;
        noN.remove(QStringLiteral("n"));
        QTest::newRow("bad base64url") << with(rsa, "n", QStringLiteral("ab$c"))
                                       << QStringLiteral("key 1 (kid rsa): 'n' is not valid base64url; key skipped.");
        QTest::newRow("padding") << with(rsa, "e", QStringLiteral("AQAB=="))
                                 << QStringLiteral("'e' is not valid base64url");
        QTest::newRow("missing n") << noN << QStringLiteral("'n' is missing");
        QTest::newRow("n not string") << with(rsa, "n", 5) << QStringLiteral("'n' is not a string");
        QTest::newRow("short RSA") << with(rsa, "n",
                                           QString::fromLatin1(TestTokens::base64Url(QByteArray(128, '\xff'))))
                                   << QStringLiteral("the RSA modulus has 1024 bits; at least 2048 are required");
        QTest::newRow("private RSA") << with(rsa, "d", QStringLiteral("AQAB"))
                                     << QStringLiteral("contains private key material ('d')");
        QTest::newRow("private EC") << with(ec, "d", QStringLiteral("AQAB")) << QStringLiteral("rotate it");
        QTest::newRow("oct") << QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                                            {QStringLiteral("kid"), QStringLiteral("rsa")},
                                            {QStringLiteral("k"), QStringLiteral("c2VjcmV0")}}
                             << QStringLiteral("symmetric key (kty 'oct') refused");
        QTest::newRow("unknown kty") << with(rsa, "kty", QStringLiteral("DSA"))
                                     << QStringLiteral("key type (kty) 'DSA' is not supported");
        QTest::newRow("no kty") << QJsonObject{{QStringLiteral("kid"), QStringLiteral("rsa")}}
                                << QStringLiteral("'kty' is missing");
        QTest::newRow("encryption key") << with(rsa, "use", QStringLiteral("enc")) << QStringLiteral("'use' is 'enc'");
        QTest::newRow("key_ops") << with(rsa, "key_ops", QJsonArray{QStringLiteral("encrypt")})
                                 << QStringLiteral("'key_ops' does not include 'verify'");
        QTest::newRow("alg mismatch") << with(rsa, "alg", QStringLiteral("ES256"))
                                      << QStringLiteral("'alg' ES256 does not fit a RSA 2048-bit key");
        QTest::newRow("HMAC alg") << with(rsa, "alg", QStringLiteral("HS256"))
                                  << QStringLiteral("'alg' is 'HS256', not a signature algorithm");
        QTest::newRow("unknown curve") << with(ec, "crv", QStringLiteral("secp256k1"))
                                       << QStringLiteral("curve 'secp256k1' is not supported");
        QTest::newRow("coordinate size") << with(ec, "x", QStringLiteral("AQAB"))
                                         << QStringLiteral("'x' and 'y' must be 48 bytes each for P-384");
        QTest::newRow("not on curve") << with(ec, "y", ec.value(QStringLiteral("x")))
                                      << QStringLiteral("is not a point on P-384");
        QTest::newRow("X25519") << with(ed, "crv", QStringLiteral("X25519"))
                                << QStringLiteral("curve 'X25519' is not supported for signatures");
        QTest::newRow("Ed25519 size") << with(ed, "x", QStringLiteral("AQAB"))
                                      << QStringLiteral("'x' must be 32 bytes for Ed25519");
    }
    void skipsUnusableKeys()
    {
        QFETCH(QJsonObject, bad);
        QFETCH(QString, reason);
        const TestKey good = TestKey::generate(QStringLiteral("ES256"), QStringLiteral("good"));
        const auto keys = parseJwks(setOf({bad, good.publicJwk()}));
        QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.error().message));
        QCOMPARE(keys->keys().size(), 1);
        QCOMPARE(keys->keys().first().kid, QStringLiteral("good"));
        QCOMPARE(keys->problems().size(), 1);
        QVERIFY2(keys->problems().first().contains(reason), qPrintable(keys->problems().first()));
        QVERIFY(keys->problems().first().startsWith(QLatin1String("key 1")));

        // Alone, the bad key leaves nothing usable: an error that still says why.
        const auto alone = parseJwks(setOf({bad}));
        QVERIFY(!alone.ok());
        QCOMPARE(alone.error().code, QString::fromLatin1(JwksError::NoUsableKey));
        QVERIFY2(alone.error().message.contains(reason), qPrintable(alone.error().message));
    }

    void numbersKeysFromOne()
    {
        QJsonObject second = m_rsa.publicJwk();
        second.insert(QStringLiteral("kid"), QStringLiteral("abc"));
        second.insert(QStringLiteral("n"), QStringLiteral("!!"));
        const auto keys = parseJwks(setOf({m_ec.publicJwk(), second, 42}));
        QVERIFY(keys.ok());
        QCOMPARE(keys->problems(),
                 (QStringList{QStringLiteral("key 2 (kid abc): 'n' is not valid base64url; key skipped."),
                              QStringLiteral("key 3: not a JSON object; key skipped.")}));
    }

    void loadsFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jwks.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestTokens::jwks({m_rsa}));
        file.close();
        const auto keys = loadJwksFile(path);
        QVERIFY(keys.ok());
        QCOMPARE(keys->keys().size(), 1);

        const auto missing = loadJwksFile(dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QString::fromLatin1(JwksError::File));
        QVERIFY(missing.error().message.contains(QLatin1String("missing.json")));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"keys": 1})");
        file.close();
        const auto bad = loadJwksFile(path);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("JWKS file '%1': jwks: 'keys' is not an array").arg(path)),
                 qPrintable(bad.error().message));
    }
};

QTEST_GUILESS_MAIN(TestJwks)
#include "TestJwks.moc"
