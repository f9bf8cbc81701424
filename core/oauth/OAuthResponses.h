#pragma once

#include "secrets/Secret.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// Pure parsing of the Authentication API's responses (discovery, device authorization, token, error):
// no network, unit-tested on bytes.

namespace orglens::oauth {

// An OAuth error as the server sent it (error and error_description verbatim, HTTP status), or a local failure
// with a code of our own: network_error, timeout, invalid_response, cancelled, state_mismatch, issuer_mismatch,
// nonce_mismatch, listener_failed, login_timeout, discovery_failed.
struct OAuthError {
    Q_DECLARE_TR_FUNCTIONS(orglens::oauth::OAuthError)

public:
    int httpStatus = 0; // 0 when there was no HTTP response
    QString error;
    QString description;
    QString hint; // one line on the likely cause, or empty

    // "error: description (HTTP 403)" plus "\nHint: ..." when there is a hint.
    QString text() const;
};

// One line on the usual cause of an OAuth error code (and for some, its description); empty if none is known.
QString errorHint(const QString &error, const QString &description = {});

OAuthError makeError(const QString &error, const QString &description, int httpStatus = 0);

template <typename T> struct Parsed {
    T value;
    std::optional<OAuthError> error;
    bool ok() const { return !error.has_value(); }
};

struct TokenResponse {
    Secret accessToken;
    Secret idToken;
    Secret refreshToken;
    QString tokenType;
    QString scope;
    QString issuedTokenType; // token exchange (RFC 8693)
    qint64 expiresIn = 0;
    Secret body; // the raw JSON response (holds the tokens)

    bool isEmpty() const { return body.isEmpty(); }
    QJsonObject json() const; // the raw response as JSON
};

struct DeviceAuthorization {
    Secret deviceCode;
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete;
    int expiresIn = 0; // seconds
    int interval = 5;  // seconds between polls
    QDateTime expiresAt;
};

struct DiscoveryDocument {
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl deviceAuthorizationEndpoint;
    QUrl userinfoEndpoint;
    QUrl revocationEndpoint;
    QUrl jwksUri;
    QJsonObject raw;
};

// The parameters of an authorization response on the redirect URI (`code`, `state`, `iss`, `error`,
// `error_description`, …), decoded as application/x-www-form-urlencoded (RFC 6749 §4.1.2, Appendix B): '+' is a
// space and %XX a byte, so "User+did+not+authorize" reads "User did not authorize". A repeated name keeps its first
// value. `encodedQuery` is the query as it arrived (without '?').
QHash<QString, QString> parseRedirectParameters(const QByteArray &encodedQuery);

// An error response ({"error", "error_description"}), or invalid_response when the body is not one.
OAuthError parseErrorResponse(int httpStatus, const QByteArray &body);

// A 2xx JSON body with access_token (or, for exchanges, issued_token_type), else the error.
Parsed<TokenResponse> parseTokenResponse(int httpStatus, const QByteArray &body);

// RFC 8628 §3.2; `received` is when the response arrived (for expiresAt).
Parsed<DeviceAuthorization> parseDeviceAuthorization(int httpStatus, const QByteArray &body, const QDateTime &received);

// OpenID Connect Discovery; `issuer` in the document must equal `expectedIssuer` exactly (OIDC Discovery §4.3).
Parsed<DiscoveryDocument> parseDiscovery(int httpStatus, const QByteArray &body, const QUrl &expectedIssuer);

} // namespace orglens::oauth
