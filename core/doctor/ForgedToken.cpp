#include "ForgedToken.h"

#include "profiles/Profile.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>

#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <memory>

namespace orglens::doctor {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

struct KeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct ContextFree {
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

} // namespace

QString forgeToken(const QJsonObject &claims, const QString &kid)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), kid}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const std::unique_ptr<EVP_PKEY, KeyFree> key(EVP_RSA_gen(2048));
    const std::unique_ptr<EVP_MD_CTX, ContextFree> context(EVP_MD_CTX_new());
    size_t length = 0;
    if (!key || !context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size())) != 1)
        return {};
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size())) != 1)
        return {};
    signature.truncate(qsizetype(length));
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
}

QJsonObject forgedSubjectClaims(const profiles::Profile &profile, const QString &subject, const QString &orgId)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("iss"), profile.issuer.toString()},
                       {QStringLiteral("sub"), subject},
                       {QStringLiteral("aud"), profile.audience},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), now + 3600},
                       {QStringLiteral("azp"), profile.clientId}};
    if (!profile.claimNamespace.isEmpty())
        claims.insert(profile.claimNamespace + QStringLiteral("org_id"), orgId);
    return claims;
}

QString forgedSubjectToken(const profiles::Profile &profile, const QString &subject, const QString &orgId)
{
    return forgeToken(forgedSubjectClaims(profile, subject, orgId), QStringLiteral("orglens-doctor-probe"));
}

} // namespace orglens::doctor
