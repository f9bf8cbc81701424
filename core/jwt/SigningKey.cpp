#include "SigningKey.h"

#include "jwt/TokenDecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <stdexcept>

namespace orglens::jwt {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

QByteArray bigNumParam(const EVP_PKEY *key, const char *name)
{
    BIGNUM *number = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &number) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(number), Qt::Uninitialized);
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(number);
    return bytes;
}

Error invalid(const QString &message)
{
    return Error{QStringLiteral("invalid_signature"), message};
}

} // namespace

void SigningKey::KeyDeleter::operator()(evp_pkey_st *key) const
{
    EVP_PKEY_free(key);
}

SigningKey::SigningKey()
    : m_key(std::async(std::launch::async, [] { return std::shared_ptr<EVP_PKEY>(EVP_RSA_gen(2048), KeyDeleter()); })),
      m_kid(QString::fromLatin1(randomBytes(16).toBase64(Base64Url)))
{
}

EVP_PKEY *SigningKey::key() const
{
    EVP_PKEY *key = m_key.get().get();
    if (!key)
        throw std::runtime_error("OpenSSL could not generate an RSA-2048 key");
    return key;
}

SigningKey::~SigningKey() = default;

QByteArray SigningKey::sign(const QJsonObject &header, const QJsonObject &payload) const
{
    QJsonObject fullHeader = header;
    if (!fullHeader.contains(QLatin1String("alg")))
        fullHeader.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    if (!fullHeader.contains(QLatin1String("typ")))
        fullHeader.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    if (!fullHeader.contains(QLatin1String("kid")))
        fullHeader.insert(QStringLiteral("kid"), m_kid);
    const QByteArray signingInput = QJsonDocument(fullHeader).toJson(QJsonDocument::Compact).toBase64(Base64Url) + '.' +
                                    QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(Base64Url);

    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, key()) == 1 &&
        EVP_DigestSign(context, nullptr, &length, reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(signingInput.constData()),
                           size_t(signingInput.size())) != 1)
            signature.clear();
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(context);
    if (signature.isEmpty())
        throw std::runtime_error("OpenSSL could not sign with the demo tenant key");
    return signingInput + '.' + signature.toBase64(Base64Url);
}

Result<QJsonObject> SigningKey::verify(const QByteArray &compact) const
{
    auto decoded = jwt::decodeToken(QString::fromLatin1(compact));
    if (!decoded)
        return Error{QStringLiteral("malformed"), decoded.error().message};
    if (decoded->alg() != QLatin1String("RS256"))
        return invalid(tr("The token is signed with '%1'; this tenant signs with RS256.").arg(decoded->alg()));
    if (decoded->kid() != m_kid) {
        return invalid(tr("The token's key id '%1' is not this tenant's signing key '%2' "
                          "(a token from another tenant or an earlier start of the demo tenant).")
                           .arg(decoded->kid(), m_kid));
    }
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool valid =
        EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, key()) == 1 &&
        EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(decoded->signature.constData()),
                         size_t(decoded->signature.size()),
                         reinterpret_cast<const unsigned char *>(decoded->signingInput.constData()),
                         size_t(decoded->signingInput.size())) == 1;
    EVP_MD_CTX_free(context);
    if (!valid)
        return invalid(tr("The token's signature does not verify with this tenant's key '%1'.").arg(m_kid));
    return decoded->payload;
}

QJsonObject SigningKey::publicJwk() const
{
    return QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("kid"), m_kid},
        {QStringLiteral("n"), QString::fromLatin1(bigNumParam(key(), OSSL_PKEY_PARAM_RSA_N).toBase64(Base64Url))},
        {QStringLiteral("e"), QString::fromLatin1(bigNumParam(key(), OSSL_PKEY_PARAM_RSA_E).toBase64(Base64Url))},
    };
}

QJsonObject SigningKey::jwks() const
{
    return QJsonObject{{QStringLiteral("keys"), QJsonArray{publicJwk()}}};
}

} // namespace orglens::jwt
