#pragma once

// Test keys and tokens: generate a key for any JWS algorithm OrgLens verifies, sign tokens with it,
// publish its JWK / JWKS, and tamper with tokens. Real OpenSSL keys, no fixtures.
//
//   const auto key = orglens::test::TestKey::generate(QStringLiteral("RS256"), QStringLiteral("key-1"));
//   const QString token = key.sign(QJsonObject{{"iss", "https://tenant.example/"}, {"org_id", "org_1"}});
//   const QByteArray jwks = orglens::test::TestTokens::jwks({key});   // {"keys":[{...public JWK...}]}
//
// Private keys never leave the process; nothing here writes files.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace orglens::test {

class TestKey {
public:
    // A new key for `alg`: RS256/384/512 and PS256/384/512 get RSA-2048, ES256/384/512 get P-256/P-384/P-521,
    // EdDSA gets Ed25519. `kid` goes into the JWK and, by default, into signed headers. Aborts on an unknown alg.
    static TestKey generate(const QString &alg, const QString &kid = QString());

    // The same key material used for another algorithm of the same family (e.g. an RS256 key for PS256).
    TestKey withAlg(const QString &alg) const;
    TestKey withKid(const QString &kid) const;

    QString alg() const { return m_alg; }
    QString kid() const { return m_kid; }

    // Public JWK: kty, kid (when set), use "sig", alg, and n/e (RSA), crv/x/y (EC) or crv/x (OKP).
    QJsonObject publicJwk() const;
    // The public key as a PEM "PUBLIC KEY" (SubjectPublicKeyInfo), e.g. as the secret of a key-confusion token.
    QByteArray publicKeyPem() const;

    // A compact JWS over `payload`. `header` is completed with "alg" and, unless it has one, "kid" (when set).
    QString sign(const QJsonObject &payload, QJsonObject header = QJsonObject()) const;
    // The JOSE signature of `signingInput` (EC signatures as r||s, not DER).
    QByteArray signature(const QByteArray &signingInput) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
    QString m_alg;
    QString m_kid;
};

namespace TestTokens {
// {"keys": [public JWKs...]}
QByteArray jwks(const QList<TestKey> &keys);
// base64url without padding, as in JWS.
QByteArray base64Url(const QByteArray &bytes);
QByteArray encodeJson(const QJsonObject &object);
// "header.payload." with the given header (e.g. {"alg":"none"}) and an empty signature.
QString unsignedToken(const QJsonObject &header, const QJsonObject &payload);
// An HMAC-signed token (alg HS256, HS384 or HS512 per header["alg"], default HS256) with `secret`.
QString hmacToken(QJsonObject header, const QJsonObject &payload, const QByteArray &secret);
// The token with its payload replaced and the old signature kept.
QString replacePayload(const QString &token, const QJsonObject &payload);
// The token with its signature replaced by `signature` (raw bytes, encoded here).
QString replaceSignature(const QString &token, const QByteArray &signature);
// The token with one bit of its signature flipped.
QString flipSignatureBit(const QString &token);
} // namespace TestTokens

} // namespace orglens::test
