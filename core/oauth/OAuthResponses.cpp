#include "oauth/OAuthResponses.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace orglens::oauth {

namespace {

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(200)).simplified();
    return text.isEmpty() ? OAuthError::tr("(empty body)") : text;
}

bool isSuccess(int httpStatus)
{
    return httpStatus >= 200 && httpStatus < 300;
}

Secret secretField(const QJsonObject &object, const char *key)
{
    return Secret::fromString(object.value(QLatin1String(key)).toString());
}

} // namespace

QString OAuthError::text() const
{
    QString line = description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description);
    if (httpStatus > 0)
        line += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!hint.isEmpty())
        line += QLatin1Char('\n') + tr("Hint: %1").arg(hint);
    return line;
}

QString errorHint(const QString &error, const QString &description)
{
    if (error == QLatin1String("unauthorized_client"))
        return OAuthError::tr("the grant type is not enabled for this application (Applications > Advanced Settings > "
                              "Grant Types), or the application may not use this flow.");
    if (error == QLatin1String("access_denied")) {
        if (description.contains(QLatin1String("organization"), Qt::CaseInsensitive))
            return OAuthError::tr(
                "the user is not a member of the organization, or the application's organization settings refuse it.");
        return OAuthError::tr("the user declined, or a rule/Action denied access; for client credentials the "
                              "application may have no grant for this audience.");
    }
    if (error == QLatin1String("invalid_grant"))
        return OAuthError::tr("the code, device code or refresh token is expired, already used, revoked (rotation "
                              "reuses are refused) or was issued to another application.");
    if (error == QLatin1String("invalid_client"))
        return OAuthError::tr("wrong client id or client secret, or the token endpoint authentication method does not "
                              "match the application's setting.");
    if (error == QLatin1String("slow_down"))
        return OAuthError::tr("polling faster than the interval: wait 5 seconds more between polls.");
    if (error == QLatin1String("expired_token"))
        return OAuthError::tr("the device code expired before the user confirmed it: start the login again.");
    if (error == QLatin1String("authorization_pending"))
        return OAuthError::tr("the user has not confirmed the code yet.");
    if (error == QLatin1String("invalid_scope"))
        return OAuthError::tr("a requested scope is not defined on the API or not granted to this application.");
    if (error == QLatin1String("invalid_request") && description.contains(QLatin1String("organization")))
        return OAuthError::tr("check the organization parameter against the application's Organizations settings (Type "
                              "of Users, Login Flow) and the tenant setting for organization names.");
    if (error == QLatin1String("invalid_request"))
        return OAuthError::tr("a parameter is missing or malformed; the description names it.");
    if (error == QLatin1String("state_mismatch"))
        return OAuthError::tr("the callback does not belong to this login (another tab or an old link): start again.");
    if (error == QLatin1String("issuer_mismatch"))
        return OAuthError::tr("the callback came from another tenant than the profile's issuer.");
    if (error == QLatin1String("too_many_attempts") || error == QLatin1String("too_many_requests"))
        return OAuthError::tr("rate limited: wait before trying again.");
    return {};
}

OAuthError makeError(const QString &error, const QString &description, int httpStatus)
{
    return {httpStatus, error, description, errorHint(error, description)};
}

QJsonObject TokenResponse::json() const
{
    return jsonObject(body.bytes()).value_or(QJsonObject{});
}

QHash<QString, QString> parseRedirectParameters(const QByteArray &encodedQuery)
{
    const auto decode = [](QByteArray part) {
        part.replace('+', ' '); // before percent-decoding, so that %2B stays a '+'
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    };
    QHash<QString, QString> parameters;
    for (const QByteArray &pair : encodedQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = decode(pair.left(equals < 0 ? pair.size() : equals));
        if (!parameters.contains(name))
            parameters.insert(name, equals < 0 ? QString() : decode(pair.mid(equals + 1)));
    }
    return parameters;
}

OAuthError parseErrorResponse(int httpStatus, const QByteArray &body)
{
    const auto object = jsonObject(body);
    if (!object || !object->value(QLatin1String("error")).isString())
        return makeError(QStringLiteral("invalid_response"),
                         OAuthError::tr("The server answered HTTP %1 without an OAuth error object: %2")
                             .arg(httpStatus)
                             .arg(excerpt(body)),
                         httpStatus);
    return makeError(object->value(QLatin1String("error")).toString(),
                     object->value(QLatin1String("error_description")).toString(), httpStatus);
}

Parsed<TokenResponse> parseTokenResponse(int httpStatus, const QByteArray &body)
{
    Parsed<TokenResponse> parsed;
    if (!isSuccess(httpStatus)) {
        parsed.error = parseErrorResponse(httpStatus, body);
        return parsed;
    }
    const auto object = jsonObject(body);
    if (!object || !object->value(QLatin1String("access_token")).isString()) {
        parsed.error =
            makeError(QStringLiteral("invalid_response"),
                      OAuthError::tr("The token response has no access_token: %1")
                          .arg(object ? OAuthError::tr("keys %1").arg(object->keys().join(QLatin1String(", ")))
                                      : OAuthError::tr("the body is not a JSON object")),
                      httpStatus);
        return parsed;
    }
    TokenResponse &response = parsed.value;
    response.accessToken = secretField(*object, "access_token");
    response.idToken = secretField(*object, "id_token");
    response.refreshToken = secretField(*object, "refresh_token");
    response.tokenType = object->value(QLatin1String("token_type")).toString();
    response.scope = object->value(QLatin1String("scope")).toString();
    response.issuedTokenType = object->value(QLatin1String("issued_token_type")).toString();
    response.expiresIn = object->value(QLatin1String("expires_in")).toInteger();
    response.body = Secret(body);
    return parsed;
}

Parsed<DeviceAuthorization> parseDeviceAuthorization(int httpStatus, const QByteArray &body, const QDateTime &received)
{
    Parsed<DeviceAuthorization> parsed;
    if (!isSuccess(httpStatus)) {
        parsed.error = parseErrorResponse(httpStatus, body);
        return parsed;
    }
    const auto object = jsonObject(body);
    QStringList missing;
    for (const char *key : {"device_code", "user_code", "verification_uri", "expires_in"}) {
        if (!object || !object->contains(QLatin1String(key)))
            missing << QLatin1String(key);
    }
    if (!missing.isEmpty()) {
        parsed.error = makeError(
            QStringLiteral("invalid_response"),
            OAuthError::tr("The device authorization response lacks %1.").arg(missing.join(QLatin1String(", "))),
            httpStatus);
        return parsed;
    }
    DeviceAuthorization &authorization = parsed.value;
    authorization.deviceCode = secretField(*object, "device_code");
    authorization.userCode = object->value(QLatin1String("user_code")).toString();
    authorization.verificationUri = QUrl(object->value(QLatin1String("verification_uri")).toString());
    authorization.verificationUriComplete = QUrl(object->value(QLatin1String("verification_uri_complete")).toString());
    authorization.expiresIn = object->value(QLatin1String("expires_in")).toInt();
    // RFC 8628 §3.2: the interval defaults to 5 seconds.
    authorization.interval = qMax(1, object->value(QLatin1String("interval")).toInt(5));
    authorization.expiresAt = received.addSecs(authorization.expiresIn);
    return parsed;
}

Parsed<DiscoveryDocument> parseDiscovery(int httpStatus, const QByteArray &body, const QUrl &expectedIssuer)
{
    Parsed<DiscoveryDocument> parsed;
    const auto fail = [&](const QString &message) {
        parsed.error = makeError(QStringLiteral("discovery_failed"), message, httpStatus);
        return parsed;
    };
    if (!isSuccess(httpStatus))
        return fail(OAuthError::tr("%1.well-known/openid-configuration answered HTTP %2: is the issuer right?")
                        .arg(expectedIssuer.toString())
                        .arg(httpStatus));
    const auto object = jsonObject(body);
    if (!object)
        return fail(OAuthError::tr("The discovery document is not a JSON object: %1").arg(excerpt(body)));
    DiscoveryDocument &document = parsed.value;
    document.raw = *object;
    const auto url = [&](const char *key) { return QUrl(object->value(QLatin1String(key)).toString()); };
    document.issuer = url("issuer");
    if (document.issuer != expectedIssuer)
        return fail(OAuthError::tr("The discovery document names the issuer '%1', not '%2': check the domain (custom "
                                   "domains have their own issuer).")
                        .arg(document.issuer.toString(), expectedIssuer.toString()));
    document.authorizationEndpoint = url("authorization_endpoint");
    document.tokenEndpoint = url("token_endpoint");
    document.deviceAuthorizationEndpoint = url("device_authorization_endpoint");
    document.userinfoEndpoint = url("userinfo_endpoint");
    document.revocationEndpoint = url("revocation_endpoint");
    document.jwksUri = url("jwks_uri");
    if (!document.tokenEndpoint.isValid() || document.tokenEndpoint.isEmpty())
        return fail(OAuthError::tr("The discovery document has no token_endpoint."));
    return parsed;
}

} // namespace orglens::oauth
