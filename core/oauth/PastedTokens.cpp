#include "oauth/PastedTokens.h"

#include "oauth/SessionHistory.h"

#include "jwt/TokenDecoder.h"
#include "jwt/TokenKind.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace orglens::oauth {

namespace {

bool isJwt(const QString &token)
{
    return jwt::decodeToken(token).ok();
}

Result<PastedTokens> recognizeResponse(const QJsonObject &object, const QByteArray &json)
{
    const QString access = object.value(QLatin1String("access_token")).toString();
    const QString id = object.value(QLatin1String("id_token")).toString();
    if (access.isEmpty() && id.isEmpty())
        return Error{QLatin1String(PasteError::NoTokens),
                     PastedTokens::tr("The pasted JSON has no access_token or id_token (keys: %1). Paste a token "
                                      "endpoint's response, a token or an Authorization header.")
                         .arg(object.keys().join(QLatin1String(", ")))};
    PastedTokens pasted;
    pasted.form = PastedForm::TokenResponse;
    if (isJwt(access))
        pasted.tokenToOpen = access;
    else if (isJwt(id))
        pasted.tokenToOpen = id;
    else
        return Error{
            QLatin1String(PasteError::NoJwt),
            PastedTokens::tr(
                "The pasted token response holds no JWT: the access token is opaque (audience missing or the /userinfo "
                "audience) and there is no ID token. Request an API audience to get a JWT access token.")};
    const auto parsed = parseTokenResponse(200, json);
    if (parsed.ok()) {
        pasted.tokens = parsed.value;
    } else { // an ID token alone: keep it in its own slot
        pasted.tokens.idToken = Secret::fromString(id);
        pasted.tokens.body = Secret(json);
    }
    return pasted;
}

} // namespace

Result<PastedTokens> recognizePastedText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('{'))) {
        const QByteArray json = trimmed.toUtf8();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (document.isObject())
            return recognizeResponse(document.object(), json);
        return Error{QLatin1String(jwt::DecodeError::Json),
                     PastedTokens::tr("The pasted text starts like JSON but does not parse: %1 at offset %2.")
                         .arg(error.errorString())
                         .arg(error.offset)};
    }
    auto decoded = jwt::decodeToken(trimmed);
    if (!decoded)
        return decoded.error();

    PastedTokens pasted;
    static const QRegularExpression header(QStringLiteral("^authorization\\s*:"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral("^bearer\\s"), QRegularExpression::CaseInsensitiveOption);
    if (header.match(trimmed).hasMatch())
        pasted.form = PastedForm::AuthorizationHeader;
    else if (bearer.match(trimmed).hasMatch())
        pasted.form = PastedForm::BearerLine;
    pasted.tokenToOpen = decoded->compact;
    const bool idToken = jwt::guessKind(decoded.value()).kind == jwt::TokenKind::IdToken;
    const QLatin1String slot = idToken ? QLatin1String("id_token") : QLatin1String("access_token");
    (idToken ? pasted.tokens.idToken : pasted.tokens.accessToken) = Secret::fromString(decoded->compact);
    pasted.tokens.body = Secret(QJsonDocument(QJsonObject{{slot, decoded->compact}}).toJson(QJsonDocument::Compact));
    return pasted;
}

QString pastedFormName(PastedForm form)
{
    switch (form) {
    case PastedForm::Token:
        return PastedTokens::tr("Token");
    case PastedForm::BearerLine:
        return PastedTokens::tr("Bearer line");
    case PastedForm::AuthorizationHeader:
        return PastedTokens::tr("Authorization header");
    case PastedForm::TokenResponse:
        return PastedTokens::tr("Token response");
    }
    return {};
}

SessionRecord pastedRecord(const PastedTokens &pasted)
{
    SessionRecord record;
    record.flow = Flow::Pasted;
    if (const auto decoded = jwt::decodeToken(pasted.tokenToOpen))
        record.issuer = QUrl(decoded->payload.value(QLatin1String("iss")).toString());
    record.parameters = {{QStringLiteral("form"), pastedFormName(pasted.form)}};
    record.tokens = pasted.tokens;
    return record;
}

} // namespace orglens::oauth
