#pragma once

// Builds compact JWS strings from JSON for tests that need a token's shape, not a real signature.
// (Signed tokens come from TestKeys.)
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace orglens::test {

inline QString base64UrlJson(const QJsonObject &object)
{
    return QString::fromLatin1(QJsonDocument(object)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

inline QString unsignedToken(const QJsonObject &payload,
                             const QJsonObject &header = {{QStringLiteral("alg"), QStringLiteral("RS256")},
                                                          {QStringLiteral("typ"), QStringLiteral("JWT")},
                                                          {QStringLiteral("kid"), QStringLiteral("test-key")}})
{
    return base64UrlJson(header) + QLatin1Char('.') + base64UrlJson(payload) + QStringLiteral(".c2lnbmF0dXJl");
}

} // namespace orglens::test
