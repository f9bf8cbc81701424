#include "TokenVerifier.h"

#include "jwt/JwksClient.h"
#include "profiles/Profile.h"

namespace orglens::jwt {

TokenVerification verifyToken(const DecodedToken &token, const Result<JwkSet> &keys, const ValidationOptions &options)
{
    TokenVerification verification;
    if (keys) {
        verification.signature = verifySignature(token, keys.value());
    } else {
        verification.keys = keys.error().code == QLatin1String(JwksClientError::Cancelled)
                                ? TokenVerification::Keys::Cancelled
                                : TokenVerification::Keys::Unavailable;
        verification.signature = {false, false, token.alg(), token.kid(), keys.error().message};
    }
    verification.validation = validateClaims(token, options);
    verification.validation.checks.prepend(verification.signature.asCheck());
    return verification;
}

ValidationOptions validationOptionsFor(const profiles::Profile &profile)
{
    ValidationOptions options;
    options.issuer = profile.issuer.toString();
    for (const QString &audience : {profile.audience, profile.clientId}) {
        if (!audience.isEmpty())
            options.audiences << audience;
    }
    return options;
}

TokenVerifier::TokenVerifier(JwksClient *keys, QObject *parent) : QObject(parent), m_keys(keys)
{
    connect(m_keys, &JwksClient::keysReady, this,
            [this](const QUrl &issuer, const JwksFetchResult &result) { keysReady(issuer, result.keys); });
}

TokenVerifier::~TokenVerifier() = default;

void TokenVerifier::verify(const DecodedToken &token, const QUrl &issuer, const ValidationOptions &options)
{
    const auto checked = JwksClient::checkIssuer(issuer);
    m_waiting.append({token, checked ? checked.value() : issuer, options});
    m_keys->fetchKeysForKid(issuer, token.kid()); // answers after returning, even from its cache
}

void TokenVerifier::verify(const DecodedToken &token, const profiles::Profile &profile)
{
    verify(token, profile.issuer, validationOptionsFor(profile));
}

void TokenVerifier::cancel(const QUrl &issuer)
{
    m_keys->cancel(issuer);
}

void TokenVerifier::keysReady(const QUrl &issuer, const Result<JwkSet> &keys)
{
    // Every token waiting for this issuer's keys is answered with them (one fetch may serve several).
    const QList<Request> waiting = m_waiting;
    m_waiting.removeIf([&issuer](const Request &request) { return request.issuer == issuer; });
    for (const Request &request : waiting) {
        if (request.issuer == issuer)
            emit verified(request.token.compact, verifyToken(request.token, keys, request.options));
    }
}

} // namespace orglens::jwt
