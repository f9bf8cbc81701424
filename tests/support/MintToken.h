#pragma once

// Builds unsigned-but-well-formed compact JWS strings for tests that decode and display tokens
// (no key material: the signature part is arbitrary bytes, never verified by these tests).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace orglens::test {

inline QString base64UrlPart(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

inline QString mintToken(const QJsonObject &header, const QJsonObject &payload,
                         const QByteArray &signature = QByteArrayLiteral("not-a-real-signature"))
{
    return base64UrlPart(QJsonDocument(header).toJson(QJsonDocument::Compact)) + QLatin1Char('.') +
           base64UrlPart(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + QLatin1Char('.') +
           base64UrlPart(signature);
}

inline QJsonObject rs256Header()
{
    return {{QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("typ"), QStringLiteral("JWT")},
            {QStringLiteral("kid"), QStringLiteral("dGVzdC1rZXktMQ")}};
}

// What an Auth0 access token for an API looks like after an organization login, with a namespaced
// claim set by a Post-Login Action and a nested object to exercise deep trees.
inline QJsonObject auth0AccessTokenPayload(qint64 issuedAt, qint64 lifetimeSeconds = 86400)
{
    return {
        {QStringLiteral("iss"), QStringLiteral("https://example.eu.auth0.com/")},
        {QStringLiteral("sub"), QStringLiteral("auth0|64f1c0ffee0123456789abcd")},
        {QStringLiteral("aud"), QJsonArray{QStringLiteral("https://api.example.com/"),
                                           QStringLiteral("https://example.eu.auth0.com/userinfo")}},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), issuedAt + lifetimeSeconds},
        {QStringLiteral("azp"), QStringLiteral("p7XkQ2mVhT9cR4sLwN8bZ1yD3fA6gJ0e")},
        {QStringLiteral("scope"), QStringLiteral("openid profile email read:invoices write:invoices")},
        {QStringLiteral("permissions"), QJsonArray{QStringLiteral("read:invoices"), QStringLiteral("write:invoices")}},
        {QStringLiteral("org_id"), QStringLiteral("org_Kc4ZnUNyYV1nSdE3")},
        {QStringLiteral("org_name"), QStringLiteral("acme-corp")},
        {QStringLiteral("https://example.com/org_id"), QStringLiteral("org_Kc4ZnUNyYV1nSdE3")},
        {QStringLiteral("https://example.com/profile"),
         QJsonObject{
             {QStringLiteral("plan"), QStringLiteral("enterprise")},
             {QStringLiteral("limits"),
              QJsonObject{{QStringLiteral("seats"), 25},
                          {QStringLiteral("regions"), QJsonArray{QStringLiteral("eu"), QStringLiteral("us")}}}}}},
    };
}

} // namespace orglens::test
