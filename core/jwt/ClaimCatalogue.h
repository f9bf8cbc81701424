#pragma once

#include <QString>

namespace orglens::jwt {

// Where a claim or header parameter is defined.
enum class ClaimSource {
    Jose,               // JOSE header parameter (RFC 7515/7519)
    Registered,         // RFC 7519 registered claim
    Oidc,               // OpenID Connect Core
    AccessTokenProfile, // RFC 9068 JWT access token profile
    Auth0,              // Auth0-specific claim
    CustomNamespaced,   // custom claim with a URL namespace (https://example.com/org_id)
    CustomPlain,        // unknown claim without a namespace
};

struct ClaimInfo {
    QString name;
    ClaimSource source = ClaimSource::CustomPlain;
    QString explanation;     // one or two sentences for a support engineer
    bool isTime = false;     // NumericDate (seconds since the epoch)
    bool isVolatile = false; // differs on every issuance (iat, exp, jti, nonce, ...): dimmed in diffs
};

// Where a payload claim is defined, without building its explanation (cheap: for scanning many tokens).
ClaimSource claimSource(const QString &name);
// Explains a payload claim; unknown names come back as a custom claim with a generic explanation.
ClaimInfo describeClaim(const QString &name);
// Explains a JOSE header parameter (alg, kid, typ, jku, ...).
ClaimInfo describeHeaderParameter(const QString &name);
// "RFC 7519", "OpenID Connect", "Auth0", "custom (namespaced)", ...
QString sourceName(ClaimSource source);

} // namespace orglens::jwt
