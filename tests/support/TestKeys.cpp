#include "TestKeys.h"

#include "jwt/JwsAlgorithm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace orglens::test {

namespace {

const jwt::JwsAlgorithm &algorithmOf(const QString &alg)
{
    const jwt::JwsAlgorithm *algorithm = jwt::findJwsAlgorithm(alg);
    if (!algorithm)
        qFatal("TestKey: unsupported algorithm %s", qPrintable(alg));
    return *algorithm;
}

QByteArray bigNumParam(EVP_PKEY *key, const char *name, int size = 0)
{
    BIGNUM *number = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &number) != 1)
        qFatal("TestKey: cannot read key parameter %s", name);
    QByteArray bytes(size > 0 ? size : BN_num_bytes(number), Qt::Uninitialized);
    BN_bn2binpad(number, reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size()));
    BN_free(number);
    return bytes;
}

QString part(const QByteArray &bytes)
{
    return QString::fromLatin1(TestTokens::base64Url(bytes));
}

} // namespace

TestKey TestKey::generate(const QString &alg, const QString &kid)
{
    const jwt::JwsAlgorithm &algorithm = algorithmOf(alg);
    EVP_PKEY *key = nullptr;
    switch (algorithm.family) {
    case jwt::KeyFamily::Rsa:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        break;
    case jwt::KeyFamily::Ec:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", algorithm.curve);
        break;
    case jwt::KeyFamily::Okp:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    }
    if (!key)
        qFatal("TestKey: key generation failed for %s", qPrintable(alg));
    TestKey result;
    result.m_key.reset(key, EVP_PKEY_free);
    result.m_alg = alg;
    result.m_kid = kid;
    return result;
}

TestKey TestKey::withAlg(const QString &alg) const
{
    if (algorithmOf(alg).family != algorithmOf(m_alg).family || algorithmOf(alg).curve != algorithmOf(m_alg).curve)
        qFatal("TestKey: a %s key cannot sign %s", qPrintable(m_alg), qPrintable(alg));
    TestKey copy = *this;
    copy.m_alg = alg;
    return copy;
}

TestKey TestKey::withKid(const QString &kid) const
{
    TestKey copy = *this;
    copy.m_kid = kid;
    return copy;
}

QJsonObject TestKey::publicJwk() const
{
    const jwt::JwsAlgorithm &algorithm = algorithmOf(m_alg);
    QJsonObject jwk{{QStringLiteral("use"), QStringLiteral("sig")}, {QStringLiteral("alg"), m_alg}};
    if (!m_kid.isEmpty())
        jwk.insert(QStringLiteral("kid"), m_kid);
    switch (algorithm.family) {
    case jwt::KeyFamily::Rsa:
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"), part(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N)));
        jwk.insert(QStringLiteral("e"), part(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E)));
        break;
    case jwt::KeyFamily::Ec:
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), QLatin1String(algorithm.curve));
        jwk.insert(QStringLiteral("x"),
                   part(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, algorithm.coordinateSize)));
        jwk.insert(QStringLiteral("y"),
                   part(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, algorithm.coordinateSize)));
        break;
    case jwt::KeyFamily::Okp: {
        QByteArray raw(32, Qt::Uninitialized);
        size_t length = size_t(raw.size());
        EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(raw.data()), &length);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("Ed25519"));
        jwk.insert(QStringLiteral("x"), part(raw));
        break;
    }
    }
    return jwk;
}

QByteArray TestKey::publicKeyPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, m_key.get());
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(length));
    BIO_free(bio);
    return pem;
}

QByteArray TestKey::signature(const QByteArray &signingInput) const
{
    const jwt::JwsAlgorithm &algorithm = algorithmOf(m_alg);
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    EVP_PKEY_CTX *keyContext = nullptr;
    const EVP_MD *md = algorithm.digest ? EVP_get_digestbyname(algorithm.digest) : nullptr;
    bool ok = EVP_DigestSignInit(context, &keyContext, md, nullptr, m_key.get()) == 1;
    if (ok && algorithm.pss) {
        ok = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1 &&
             EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, md) == 1 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1;
    }
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    size_t length = 0;
    ok = ok && EVP_DigestSign(context, nullptr, &length, input, size_t(signingInput.size())) == 1;
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    ok = ok && EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length, input,
                              size_t(signingInput.size())) == 1;
    EVP_MD_CTX_free(context);
    if (!ok)
        qFatal("TestKey: signing with %s failed", qPrintable(m_alg));
    signature.resize(qsizetype(length));
    if (algorithm.family != jwt::KeyFamily::Ec)
        return signature;

    // OpenSSL returns DER; JWS wants r||s with fixed-size big-endian integers (RFC 7518 §3.4).
    const auto *der = reinterpret_cast<const unsigned char *>(signature.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &der, long(signature.size()));
    const int size = algorithm.coordinateSize;
    QByteArray jose(2 * size, Qt::Uninitialized);
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(jose.data()), size);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(jose.data()) + size, size);
    ECDSA_SIG_free(sig);
    return jose;
}

QString TestKey::sign(const QJsonObject &payload, QJsonObject header) const
{
    header.insert(QStringLiteral("alg"), m_alg);
    if (!m_kid.isEmpty() && !header.contains(QStringLiteral("kid")))
        header.insert(QStringLiteral("kid"), m_kid);
    const QByteArray input = TestTokens::base64Url(TestTokens::encodeJson(header)) + '.' +
                             TestTokens::base64Url(TestTokens::encodeJson(payload));
    return QString::fromLatin1(input + '.' + TestTokens::base64Url(signature(input)));
}

namespace TestTokens {

QByteArray jwks(const QList<TestKey> &keys)
{
    QJsonArray array;
    for (const TestKey &key : keys)
        array.append(key.publicJwk());
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), array}}).toJson(QJsonDocument::Compact);
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray encodeJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString unsignedToken(const QJsonObject &header, const QJsonObject &payload)
{
    return QString::fromLatin1(base64Url(encodeJson(header)) + '.' + base64Url(encodeJson(payload)) + '.');
}

QString hmacToken(QJsonObject header, const QJsonObject &payload, const QByteArray &secret)
{
    if (!header.contains(QStringLiteral("alg")))
        header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
    const QString alg = header.value(QStringLiteral("alg")).toString();
    const EVP_MD *md = alg == QLatin1String("HS512")   ? EVP_sha512()
                       : alg == QLatin1String("HS384") ? EVP_sha384()
                                                       : EVP_sha256();
    const QByteArray input = base64Url(encodeJson(header)) + '.' + base64Url(encodeJson(payload));
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(md, secret.constData(), int(secret.size()), reinterpret_cast<const unsigned char *>(input.constData()),
         size_t(input.size()), mac, &length);
    return QString::fromLatin1(input + '.' + base64Url(QByteArray(reinterpret_cast<const char *>(mac), int(length))));
}

QString replacePayload(const QString &token, const QJsonObject &payload)
{
    QStringList parts = token.split(QLatin1Char('.'));
    parts[1] = QString::fromLatin1(base64Url(encodeJson(payload)));
    return parts.join(QLatin1Char('.'));
}

QString replaceSignature(const QString &token, const QByteArray &signature)
{
    QStringList parts = token.split(QLatin1Char('.'));
    parts[2] = QString::fromLatin1(base64Url(signature));
    return parts.join(QLatin1Char('.'));
}

QString flipSignatureBit(const QString &token)
{
    const QString encoded = token.section(QLatin1Char('.'), 2);
    QByteArray signature = QByteArray::fromBase64(encoded.toLatin1(), QByteArray::Base64UrlEncoding);
    signature[signature.size() / 2] = char(signature[signature.size() / 2] ^ 0x01);
    return replaceSignature(token, signature);
}

} // namespace TestTokens

} // namespace orglens::test
