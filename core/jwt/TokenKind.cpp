#include "TokenKind.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace orglens::jwt {

namespace {

QStringList audiences(const QJsonObject &payload)
{
    const QJsonValue aud = payload.value(QLatin1String("aud"));
    if (aud.isString())
        return {aud.toString()};
    QStringList list;
    for (const QJsonValue &value : aud.toArray())
        list << value.toString();
    return list;
}

bool looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("https://")) || text.startsWith(QLatin1String("http://")) ||
           text.startsWith(QLatin1String("urn:"));
}

} // namespace

QString KindGuess::describe() const
{
    QString text = kind == TokenKind::IdToken       ? tr("Looks like an ID token")
                   : kind == TokenKind::AccessToken ? tr("Looks like an access token")
                                                    : tr("Kind of token unclear");
    if (!grant.isEmpty())
        text += tr(" (grant: %1)").arg(grant);
    return text;
}

QString KindGuess::kindName() const
{
    switch (kind) {
    case TokenKind::IdToken:
        return QStringLiteral("id_token");
    case TokenKind::AccessToken:
        return QStringLiteral("access_token");
    case TokenKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject KindGuess::toJson() const
{
    return {{QStringLiteral("kind"), kindName()},
            {QStringLiteral("grant"), grant.isEmpty() ? QJsonValue() : QJsonValue(grant)},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}};
}

KindGuess guessKind(const DecodedToken &token)
{
    KindGuess guess;
    int idScore = 0;
    int accessScore = 0;
    auto idEvidence = [&](const QString &reason) { ++idScore, guess.reasons << reason; };
    auto accessEvidence = [&](const QString &reason) { ++accessScore, guess.reasons << reason; };

    const QJsonObject &payload = token.payload;
    const QString issuer = payload.value(QLatin1String("iss")).toString();
    const QStringList aud = audiences(payload);

    if (token.header.value(QLatin1String("typ")).toString().compare(QLatin1String("at+jwt"), Qt::CaseInsensitive) == 0)
        accessEvidence(KindGuess::tr("The header type is 'at+jwt' (RFC 9068 access token)."));
    for (const char *claim : {"nonce", "at_hash", "c_hash"}) {
        if (payload.contains(QLatin1String(claim)))
            idEvidence(KindGuess::tr("'%1' is present, which only ID tokens carry.").arg(QLatin1String(claim)));
    }
    if (!issuer.isEmpty() && aud.contains(issuer + QLatin1String("userinfo")))
        accessEvidence(
            KindGuess::tr(
                "'aud' includes %1userinfo, the audience Auth0 adds to access tokens requested with 'openid'.")
                .arg(issuer));
    const QStringList apiAudiences = [&] {
        QStringList apis;
        for (const QString &audience : aud) {
            if (looksLikeUrl(audience) && !audience.endsWith(QLatin1String("/userinfo")))
                apis << audience;
        }
        return apis;
    }();
    if (!apiAudiences.isEmpty())
        accessEvidence(
            KindGuess::tr("'aud' names an API identifier (%1).").arg(apiAudiences.join(QLatin1String(", "))));
    else if (aud.size() == 1 && !aud.first().isEmpty())
        idEvidence(KindGuess::tr("'aud' is a single client id (%1), as in ID tokens.").arg(aud.first()));
    if (payload.contains(QLatin1String("scope")))
        accessEvidence(KindGuess::tr("'scope' is present, which access tokens carry."));
    if (payload.contains(QLatin1String("permissions")))
        accessEvidence(KindGuess::tr("'permissions' is present (Auth0 RBAC for an API)."));
    const bool hasProfile = payload.contains(QLatin1String("email")) || payload.contains(QLatin1String("name")) ||
                            payload.contains(QLatin1String("nickname"));
    if (hasProfile && !payload.contains(QLatin1String("scope")))
        idEvidence(KindGuess::tr("Profile claims (name, email) without 'scope' are typical of ID tokens."));

    const QString gty = payload.value(QLatin1String("gty")).toString();
    const QString sub = payload.value(QLatin1String("sub")).toString();
    if (!gty.isEmpty()) {
        guess.grant = gty;
        accessEvidence(KindGuess::tr("'gty' is '%1': Auth0 marks access tokens from that grant.").arg(gty));
    }
    if (sub.endsWith(QLatin1String("@clients"))) {
        guess.grant = QStringLiteral("client-credentials");
        accessEvidence(
            KindGuess::tr("'sub' ends with @clients: a machine-to-machine token from the client credentials grant."));
    }
    if (payload.contains(QLatin1String("act")))
        guess.reasons << KindGuess::tr("'act' is present: the token came from a token exchange (RFC 8693).");

    if (idScore > accessScore)
        guess.kind = TokenKind::IdToken;
    else if (accessScore > idScore)
        guess.kind = TokenKind::AccessToken;
    if (guess.reasons.isEmpty())
        guess.reasons << KindGuess::tr("The claims do not say whether this is an ID token or an access token.");
    return guess;
}

TokenForm tokenForm(const Result<DecodedToken> &decoded)
{
    return decoded ? TokenForm::Jwt : tokenForm(decoded.error());
}

TokenForm tokenForm(const Error &decodeError)
{
    if (decodeError.code == QLatin1String(DecodeError::Opaque))
        return TokenForm::Opaque;
    if (decodeError.code == QLatin1String(DecodeError::Encrypted))
        return TokenForm::Encrypted;
    return TokenForm::NotAToken;
}

} // namespace orglens::jwt
