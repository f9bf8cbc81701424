#pragma once

// Builds compact JWS strings from JSON for tests that need a token's shape, not a real signature.
// (Signed tokens come from TestKeys.)
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

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

// A JWE as Auth0 issues it for an API with Token Encryption: a readable protected header, four opaque parts.
inline QString encryptedToken()
{
    return base64UrlJson({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                          {QStringLiteral("enc"), QStringLiteral("A256GCM")},
                          {QStringLiteral("kid"), QStringLiteral("api-key-1")},
                          {QStringLiteral("cty"), QStringLiteral("JWT")}}) +
           QStringLiteral(".a2V5.aXY.Y2lwaGVydGV4dA.dGFn");
}

// `token` as a mail client or terminal breaks it: every 30 characters, then `lineBreak`.
inline QString brokenOverLines(const QString &token, const QString &lineBreak = QStringLiteral("\n"))
{
    QStringList lines;
    for (qsizetype i = 0; i < token.size(); i += 30)
        lines << token.mid(i, 30);
    return lines.join(lineBreak);
}

} // namespace orglens::test
