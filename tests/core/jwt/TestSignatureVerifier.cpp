#include "EventLoop.h"
#include "TestKeys.h"
#include "jwt/Jwks.h"
#include "jwt/SignatureVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

using namespace orglens;
using namespace orglens::jwt;
using orglens::test::TestKey;
namespace TestTokens = orglens::test::TestTokens;

namespace {

const QByteArray Rfc7515Input =
    "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";

// RFC 7515 Appendix A.2 (RS256) and A.3 (ES256), with the published public keys.
const auto Rfc7515A2 = QStringLiteral(
    "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnV"
    "lfQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CU"
    "Ar7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--x"
    "i12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypG"
    "lUPQGe77Rw");
const QByteArray Rfc7515A2Jwk =
    R"({"kty":"RSA","e":"AQAB","n":"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ"})";
const auto Rfc7515A3 = QStringLiteral(
    "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnV"
    "lfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q");
const QByteArray Rfc7515A3Jwk =
    R"({"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"})";

// RFC 8037 A.4 (EdDSA) and RFC 7520 §4.2 (PS384): their payloads are text, not JSON claims.
const QByteArray Rfc8037A4 =
    "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGc"
    "vMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
const QByteArray Rfc8037A2Jwk = R"({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})";
const QByteArray Rfc7520S42 =
    "eyJhbGciOiJQUzM4NCIsImtpZCI6ImJpbGJvLmJhZ2dpbnNAaG9iYml0b24uZXhhbXBsZSJ9.SXTigJlzIGEgZGFuZ2Vyb3VzIGJ1c2luZXNzLCBGc"
    "m9kbywgZ29pbmcgb3V0IHlvdXIgZG9vci4gWW91IHN0ZXAgb250byB0aGUgcm9hZCwgYW5kIGlmIHlvdSBkb24ndCBrZWVwIHlvdXIgZmVldCwgdGh"
    "l"
    "cmXigJlzIG5vIGtub3dpbmcgd2hlcmUgeW91IG1pZ2h0IGJlIHN3ZXB0IG9mZiB0by4.cu22eBqkYDKgIlTpzDXGvaFfz6WGoz7fUDcfT0kkOy42mi"
    "Ah2qyBzk1xEsnk2IpN6-tPid6VrklHkqsGqDqHCdP6O8TTB5dDDItllVo6_1OLPpcbUrhiUSMxbbXUvdvWXzg-UD8biiReQFlfz28zGWVsdiNAUf8Z"
    "nyPEgVFn442ZdNqiVJRmBqrYRXe8P_ijQ7p8Vdz0TTrxUeT3lm8d9shnr2lfJT8ImUjvAA2Xez2Mlp8cBE5awDzT0qI0n6uiP1aCN_2_jLAeQTlqRH"
    "tfa64QQSUmFAAjVKPbByi7xho0uTOcbH510a6GYmJUAfmWjwZ6oD4ifKo8DYM-X72Eaw";
const QByteArray Rfc7520Jwk =
    R"({"kty":"RSA","kid":"bilbo.baggins@hobbiton.example","use":"sig","e":"AQAB","n":"n4EPtAOCc9AlkeQHPzHStgAbgs7bTZLwUBZdR8_KuKPEHLd4rHVTeT-O-XV2jRojdNhxJWTDvNd7nqQ0VEiZQHz_AJmSCpMaJMRBSFKrKb2wqVwGU_NsYOYL-QtiWN2lbzcEe6XC0dApr5ydQLrHqkHHig3RBordaZ6Aj-oBHqFEHYpPe7Tpe-OfVfHd1E6cS6M1FZcD1NNLYD5lFHpPI9bTwJlsde3uhGqC0ZCuEHg8lhzwOHrtIQbS0FVbb9k3-tVTU4fg_3L_vniUFAKwuCLqKnS2BYwdq_mzSnbLY7h_qixoR7jig3__kRhuaxwUkRz5iaiQkqgc5gHdrNP5zw"})";

JwkSet keysFrom(const QByteArray &json)
{
    auto keys = parseJwks(json);
    if (!keys)
        qFatal("bad test JWKS: %s", qPrintable(keys.error().message));
    return keys.value();
}

DecodedToken decoded(const QString &compact)
{
    auto token = decodeToken(compact);
    if (!token)
        qFatal("bad test token: %s", qPrintable(token.error().message));
    return token.value();
}

// A JWS whose payload is not a JSON object (the RFC examples): built by hand, decodeToken wants claims.
DecodedToken rawToken(const QByteArray &compact)
{
    const QList<QByteArray> parts = compact.split('.');
    DecodedToken token;
    token.compact = QString::fromLatin1(compact);
    token.header = QJsonDocument::fromJson(decodeBase64Url(parts[0], QStringLiteral("header")).value()).object();
    token.signingInput = parts[0] + '.' + parts[1];
    token.signature = decodeBase64Url(parts[2], QStringLiteral("signature")).value();
    return token;
}

const QJsonObject Claims{{QStringLiteral("iss"), QStringLiteral("https://tenant.example/")},
                         {QStringLiteral("sub"), QStringLiteral("auth0|alice")}};

const QStringList AllAlgorithms{QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"),
                                QStringLiteral("PS256"), QStringLiteral("PS384"), QStringLiteral("PS512"),
                                QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512"),
                                QStringLiteral("EdDSA")};

} // namespace

class TestSignatureVerifier : public QObject {
    Q_OBJECT

    TestKey m_rsa = TestKey::generate(QStringLiteral("RS256"), QStringLiteral("rsa-1"));
    TestKey m_ec = TestKey::generate(QStringLiteral("ES256"), QStringLiteral("ec-1"));

private slots:
    void everyAlgorithmSignsAndVerifies_data()
    {
        QTest::addColumn<QString>("alg");
        for (const QString &alg : AllAlgorithms)
            QTest::newRow(qPrintable(alg)) << alg;
    }
    void everyAlgorithmSignsAndVerifies()
    {
        QFETCH(QString, alg);
        const TestKey key = TestKey::generate(alg, QStringLiteral("k-") + alg);
        const JwkSet keys = keysFrom(TestTokens::jwks({key}));
        const QString token = key.sign(Claims);

        const SignatureResult good = verifySignature(decoded(token), keys);
        QVERIFY2(good.checked && good.valid, qPrintable(good.reason));
        QCOMPARE(good.alg, alg);
        QCOMPARE(good.kid, key.kid());

        QJsonObject changed = Claims;
        changed.insert(QStringLiteral("sub"), QStringLiteral("auth0|mallory"));
        const SignatureResult tamperedPayload =
            verifySignature(decoded(TestTokens::replacePayload(token, changed)), keys);
        QVERIFY(tamperedPayload.checked);
        QVERIFY(!tamperedPayload.valid);
        QVERIFY2(tamperedPayload.reason.contains(QLatin1String("Invalid signature")),
                 qPrintable(tamperedPayload.reason));

        const SignatureResult tamperedSignature = verifySignature(decoded(TestTokens::flipSignatureBit(token)), keys);
        QVERIFY(tamperedSignature.checked);
        QVERIFY(!tamperedSignature.valid);

        // Same kid and type, another key: must not verify.
        const TestKey other = TestKey::generate(alg, key.kid());
        const SignatureResult wrongKey = verifySignature(decoded(token), keysFrom(TestTokens::jwks({other})));
        QVERIFY(wrongKey.checked);
        QVERIFY(!wrongKey.valid);
    }

    void rfcExamplesVerify_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("jwk");
        QTest::addColumn<bool>("jsonPayload");
        QTest::newRow("RFC 7515 A.2 RS256") << Rfc7515A2.toLatin1() << Rfc7515A2Jwk << true;
        QTest::newRow("RFC 7515 A.3 ES256") << Rfc7515A3.toLatin1() << Rfc7515A3Jwk << true;
        QTest::newRow("RFC 8037 A.4 EdDSA") << Rfc8037A4 << Rfc8037A2Jwk << false;
        QTest::newRow("RFC 7520 4.2 PS384") << Rfc7520S42 << Rfc7520Jwk << false;
    }
    void rfcExamplesVerify()
    {
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, jwk);
        QFETCH(bool, jsonPayload);
        const JwkSet keys = keysFrom(jwk);
        const DecodedToken parsed = jsonPayload ? decoded(QString::fromLatin1(token)) : rawToken(token);
        const SignatureResult result = verifySignature(parsed, keys);
        QVERIFY2(result.checked && result.valid, qPrintable(result.reason));

        DecodedToken altered = parsed;
        altered.signingInput[altered.signingInput.size() - 1] = 'A' == altered.signingInput.back() ? 'B' : 'A';
        const SignatureResult bad = verifySignature(altered, keys);
        QVERIFY(bad.checked);
        QVERIFY(!bad.valid);
    }

    void refusesUnsignedTokens_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::newRow("none") << QStringLiteral("none");
        QTest::newRow("None") << QStringLiteral("None");
        QTest::newRow("NONE") << QStringLiteral("NONE");
    }
    void refusesUnsignedTokens()
    {
        QFETCH(QString, alg);
        const QString token = TestTokens::unsignedToken(QJsonObject{{QStringLiteral("alg"), alg}}, Claims);
        const SignatureResult result = verifySignature(decoded(token), keysFrom(TestTokens::jwks({m_rsa})));
        QVERIFY(!result.checked);
        QVERIFY(!result.valid);
        QCOMPARE(result.alg, alg);
        QVERIFY2(result.reason.contains(QLatin1String("means unsigned: refused")), qPrintable(result.reason));
    }

    void refusesHmacKeyConfusion()
    {
        // The classic attack: HS256 "signed" with the RSA public key's bytes, which a naive verifier uses as secret.
        const QString token = TestTokens::hmacToken(
            QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("kid"), m_rsa.kid()}}, Claims,
            m_rsa.publicKeyPem());
        const SignatureResult result = verifySignature(decoded(token), keysFrom(TestTokens::jwks({m_rsa})));
        QVERIFY(!result.checked);
        QVERIFY(!result.valid);
        QVERIFY2(result.reason.contains(QLatin1String("HS256 is a shared-secret algorithm")),
                 qPrintable(result.reason));
        QVERIFY(result.reason.contains(QLatin1String("key-confusion")));
    }

    void refusesKeyOfTheWrongType()
    {
        // An RS256 token whose kid names an EC key: no verification is attempted with the wrong key type.
        const QString token = m_rsa.sign(Claims, QJsonObject{{QStringLiteral("kid"), m_ec.kid()}});
        const SignatureResult result = verifySignature(decoded(token), keysFrom(TestTokens::jwks({m_ec})));
        QVERIFY(result.checked);
        QVERIFY(!result.valid);
        QVERIFY2(result.reason.contains(QLatin1String("key confusion refused")), qPrintable(result.reason));

        // ES384 with a P-256 key: the curve must fit too.
        const TestKey p384 = TestKey::generate(QStringLiteral("ES384"), m_ec.kid());
        const SignatureResult curve = verifySignature(decoded(p384.sign(Claims)), keysFrom(TestTokens::jwks({m_ec})));
        QVERIFY(!curve.valid);
        QVERIFY2(curve.reason.contains(QLatin1String("P-384")), qPrintable(curve.reason));
    }

    void refusesAlgorithmSubstitution()
    {
        // The JWK is for RS256 only; the same RSA key used for PS256 is refused.
        const TestKey ps = m_rsa.withAlg(QStringLiteral("PS256"));
        const SignatureResult result = verifySignature(decoded(ps.sign(Claims)), keysFrom(TestTokens::jwks({m_rsa})));
        QVERIFY(!result.valid);
        QVERIFY2(result.reason.contains(QLatin1String("algorithm substitution refused")), qPrintable(result.reason));
    }

    void selectsKeyByKid()
    {
        const TestKey second = TestKey::generate(QStringLiteral("RS256"), QStringLiteral("rsa-2"));
        const JwkSet keys = keysFrom(TestTokens::jwks({m_rsa, second, m_ec}));
        const SignatureResult result = verifySignature(decoded(second.sign(Claims)), keys);
        QVERIFY2(result.valid, qPrintable(result.reason));
        QCOMPARE(result.kid, QStringLiteral("rsa-2"));

        // Signed by rsa-2 but claiming rsa-1: only rsa-1 is tried, so it fails.
        const QString lying = second.sign(Claims, QJsonObject{{QStringLiteral("kid"), QStringLiteral("rsa-1")}});
        const SignatureResult wrong = verifySignature(decoded(lying), keys);
        QVERIFY(wrong.checked);
        QVERIFY(!wrong.valid);
    }

    void unknownKidIsNoVerdict()
    {
        const TestKey rotated = TestKey::generate(QStringLiteral("RS256"), QStringLiteral("rotated"));
        const SignatureResult result =
            verifySignature(decoded(rotated.sign(Claims)), keysFrom(TestTokens::jwks({m_rsa})));
        QVERIFY(!result.checked);
        QVERIFY(!result.valid);
        QCOMPARE(result.kid, QStringLiteral("rotated"));
        QVERIFY2(result.reason.contains(QLatin1String("no key with kid rotated in the JWKS")),
                 qPrintable(result.reason));
    }

    void withoutKidTriesEveryKeyOfTheRightType()
    {
        const TestKey signer = TestKey::generate(QStringLiteral("RS256"));
        const TestKey decoy = TestKey::generate(QStringLiteral("RS256"));
        const JwkSet keys =
            keysFrom(TestTokens::jwks({m_ec, decoy.withKid(QStringLiteral("a")), signer.withKid(QStringLiteral("b"))}));
        const SignatureResult result = verifySignature(decoded(signer.sign(Claims)), keys);
        QVERIFY2(result.valid, qPrintable(result.reason));
        QCOMPARE(result.kid, QStringLiteral("b"));

        const SignatureResult none =
            verifySignature(decoded(TestKey::generate(QStringLiteral("RS256")).sign(Claims)), keys);
        QVERIFY(none.checked);
        QVERIFY(!none.valid);
        QVERIFY2(none.reason.contains(QLatin1String("none of the 2 keys")), qPrintable(none.reason));
    }

    void ignoresKeyReferencesInTheHeader_data()
    {
        QTest::addColumn<QString>("parameter");
        QTest::newRow("jku") << QStringLiteral("jku");
        QTest::newRow("x5u") << QStringLiteral("x5u");
        QTest::newRow("jwk") << QStringLiteral("jwk");
        QTest::newRow("x5c") << QStringLiteral("x5c");
    }
    void ignoresKeyReferencesInTheHeader()
    {
        QFETCH(QString, parameter);
        QTcpServer attacker;
        QVERIFY(attacker.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&attacker, &QTcpServer::newConnection, this, [&] {
            ++connections;
            delete attacker.nextPendingConnection();
        });
        const QString url = QStringLiteral("http://127.0.0.1:%1/keys.json").arg(attacker.serverPort());

        // The attacker signs with its own key and points the header at it.
        const TestKey forged = TestKey::generate(QStringLiteral("RS256"), m_rsa.kid());
        QJsonValue reference = url;
        if (parameter == QLatin1String("jwk"))
            reference = forged.publicJwk();
        else if (parameter == QLatin1String("x5c"))
            reference = QJsonArray{QString::fromLatin1(forged.publicKeyPem().toBase64())};
        const QString token = forged.sign(Claims, QJsonObject{{parameter, reference}});

        const SignatureResult result = verifySignature(decoded(token), keysFrom(TestTokens::jwks({m_rsa})));
        test::runQueuedEvents(); // a (wrongly) started connection is accepted by now
        QCOMPARE(connections, 0);
        QVERIFY(result.checked);
        QVERIFY(!result.valid);
        QVERIFY2(result.reason.contains(QStringLiteral("'%1' header parameter(s) were ignored").arg(parameter)),
                 qPrintable(result.reason));

        // Genuine tokens carrying such parameters still verify, with the note.
        const SignatureResult genuine = verifySignature(
            decoded(m_rsa.sign(Claims, QJsonObject{{parameter, reference}})), keysFrom(TestTokens::jwks({m_rsa})));
        QVERIFY(genuine.valid);
        QVERIFY(genuine.reason.contains(QLatin1String("never fetches")));
    }

    void ecdsaSignatureOfWrongLength_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("short") << 63;
        QTest::newRow("long") << 65;
        QTest::newRow("DER-sized") << 72;
        QTest::newRow("empty") << 0;
    }
    void ecdsaSignatureOfWrongLength()
    {
        QFETCH(int, length);
        const QString token = TestTokens::replaceSignature(m_ec.sign(Claims), QByteArray(length, '\x01'));
        const SignatureResult result = verifySignature(decoded(token), keysFrom(TestTokens::jwks({m_ec})));
        QVERIFY(result.checked);
        QVERIFY(!result.valid);
        QVERIFY2(result.reason.contains(QStringLiteral("is %1 bytes long; it must be exactly 64").arg(length)),
                 qPrintable(result.reason));
    }

    void unsupportedAlgorithm()
    {
        const QString token = TestTokens::replaceSignature(
            TestTokens::unsignedToken(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256K")}}, Claims), "sig");
        const SignatureResult result = verifySignature(decoded(token), keysFrom(TestTokens::jwks({m_ec})));
        QVERIFY(!result.checked);
        QVERIFY2(result.reason.contains(QLatin1String("alg 'ES256K' is not supported")), qPrintable(result.reason));
    }

    void emptyKeySet()
    {
        const SignatureResult result = verifySignature(decoded(m_rsa.sign(Claims)), keysFrom(R"({"keys":[]})"));
        QVERIFY(!result.checked);
        QVERIFY(result.reason.contains(QLatin1String("no usable key")));
    }

    void jsonShape()
    {
        const SignatureResult result =
            verifySignature(decoded(m_rsa.sign(Claims)), keysFrom(TestTokens::jwks({m_rsa})));
        const QJsonObject json = result.toJson();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("alg"), QStringLiteral("checked"), QStringLiteral("kid"),
                                           QStringLiteral("reason"), QStringLiteral("valid")}));
        QCOMPARE(json.value(QLatin1String("valid")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("checked")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(json.value(QLatin1String("kid")).toString(), QStringLiteral("rsa-1"));
    }
};

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "TestSignatureVerifier.moc"
