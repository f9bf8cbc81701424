#include "ClaimCatalogue.h"

#include <QCoreApplication>
#include <QMap>

namespace orglens::jwt {

using namespace Qt::StringLiterals;

namespace {

struct Entry {
    ClaimSource source;
    const char *explanation;
    bool isTime = false;
    bool isVolatile = false;
};

// The translation context of this file's messages.
struct ClaimCatalogue {
    Q_DECLARE_TR_FUNCTIONS(orglens::jwt::ClaimCatalogue)
};

// A QMap: a few string comparisons beat hashing every claim name (lookups run per claim of every token).
const QMap<QString, Entry> &payloadClaims()
{
    using S = ClaimSource;
    static const QMap<QString, Entry> claims{
        // RFC 7519 registered claims
        {u"iss"_s,
         {S::Registered,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Issuer: who created and signed the token. Auth0 issuers "
                                                            "are https://<tenant domain>/ with a trailing slash.")}},
        {u"sub"_s,
         {S::Registered,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                            "Subject: the user (e.g. auth0|123) or, for client credentials, <client_id>@clients.")}},
        {u"aud"_s,
         {S::Registered, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                                           "Audience: who the token is for. ID tokens: the client id. Access tokens: "
                                           "the API identifier, plus <issuer>userinfo when 'openid' was requested.")}},
        {u"exp"_s,
         {S::Registered,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                            "Expiration time: the token must not be accepted after this moment."),
          true, true}},
        {u"nbf"_s,
         {S::Registered,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                            "Not before: the token must not be accepted before this moment."),
          true, true}},
        {u"iat"_s,
         {S::Registered, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Issued at: when the token was created."),
          true, true}},
        {u"jti"_s,
         {S::Registered,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                            "JWT ID: a unique identifier of this token, usable to detect replays."),
          false, true}},
        // OpenID Connect Core
        {u"auth_time"_s,
         {S::Oidc,
          QT_TRANSLATE_NOOP(
              "orglens::jwt::ClaimCatalogue",
              "Authentication time: when the user last actually logged in (not when this token was issued)."),
          true, true}},
        {u"nonce"_s,
         {S::Oidc,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                            "Nonce: the value the app sent on /authorize, echoed into the ID token to prevent replay."),
          false, true}},
        {u"acr"_s,
         {S::Oidc,
          QT_TRANSLATE_NOOP(
              "orglens::jwt::ClaimCatalogue",
              "Authentication context class reference: the assurance level of the login (e.g. MFA policies).")}},
        {u"amr"_s,
         {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                                     "Authentication methods used, e.g. [\"pwd\"], [\"mfa\"].")}},
        {u"azp"_s,
         {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                                     "Authorized party: the client id of the application the token was issued to.")}},
        {u"at_hash"_s,
         {S::Oidc,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                            "Access token hash: binds this ID token to the access token issued with it."),
          false, true}},
        {u"c_hash"_s,
         {S::Oidc,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                            "Code hash: binds this ID token to the authorization code (hybrid flow)."),
          false, true}},
        {u"s_hash"_s,
         {S::Oidc,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "State hash: binds this ID token to the state parameter."),
          false, true}},
        {u"sid"_s,
         {S::Oidc,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Session ID: the Auth0 login session, used for logout.")}},
        {u"name"_s,
         {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Full name of the user (profile scope).")}},
        {u"given_name"_s,
         {S::Oidc,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Given (first) name of the user (profile scope).")}},
        {u"family_name"_s,
         {S::Oidc,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Family (last) name of the user (profile scope).")}},
        {u"middle_name"_s,
         {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Middle name of the user (profile scope).")}},
        {u"nickname"_s,
         {S::Oidc,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                            "Casual name of the user; Auth0 defaults it to the part of the e-mail before the @.")}},
        {u"preferred_username"_s,
         {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Username the user prefers to be called by.")}},
        {u"profile"_s, {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "URL of the user's profile page.")}},
        {u"picture"_s,
         {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "URL of the user's profile picture.")}},
        {u"website"_s, {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "URL of the user's web site.")}},
        {u"email"_s,
         {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "E-mail address of the user (email scope).")}},
        {u"email_verified"_s,
         {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Whether the e-mail address has been verified.")}},
        {u"gender"_s,
         {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Gender of the user (profile scope).")}},
        {u"birthdate"_s,
         {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Birthday of the user, YYYY-MM-DD.")}},
        {u"zoneinfo"_s,
         {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Time zone of the user, e.g. Europe/Paris.")}},
        {u"locale"_s, {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Locale of the user, e.g. en-US.")}},
        {u"phone_number"_s,
         {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Phone number of the user (phone scope).")}},
        {u"phone_number_verified"_s,
         {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Whether the phone number has been verified.")}},
        {u"address"_s,
         {S::Oidc, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Postal address of the user (address scope).")}},
        {u"updated_at"_s,
         {S::Oidc,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                            "When the user's profile was last updated (Auth0 sends an ISO-8601 string here)."),
          true}},
        // RFC 9068 JWT access tokens, RFC 8693 token exchange, RFC 7800
        {u"client_id"_s,
         {S::AccessTokenProfile,
          QT_TRANSLATE_NOOP(
              "orglens::jwt::ClaimCatalogue",
              "Client the access token was issued to (RFC 9068 profile; Auth0's own profile uses azp).")}},
        {u"scope"_s,
         {S::AccessTokenProfile,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                            "Scopes granted, space-separated. What the API may let this token do.")}},
        {u"roles"_s,
         {S::AccessTokenProfile,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Roles of the subject (RFC 9068 / SCIM).")}},
        {u"groups"_s,
         {S::AccessTokenProfile,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Groups of the subject (RFC 9068 / SCIM).")}},
        {u"entitlements"_s,
         {S::AccessTokenProfile,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Entitlements of the subject (RFC 9068 / SCIM).")}},
        {u"act"_s,
         {S::AccessTokenProfile,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                            "Actor: who is acting on behalf of the subject after a token exchange (RFC 8693).")}},
        {u"may_act"_s,
         {S::AccessTokenProfile,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                            "Who may act on behalf of the subject in a token exchange (RFC 8693).")}},
        {u"cnf"_s,
         {S::AccessTokenProfile,
          QT_TRANSLATE_NOOP(
              "orglens::jwt::ClaimCatalogue",
              "Confirmation: the key the token is bound to (proof of possession, RFC 7800 / DPoP / mTLS).")}},
        // Auth0
        {u"org_id"_s,
         {S::Auth0,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                            "Auth0 organization id. Present only when the login ran in organization context (the "
                            "'organization' parameter or an organization prompt); never for the device flow.")}},
        {u"org_name"_s,
         {S::Auth0, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                                      "Auth0 organization name. Present with org_id only when the tenant setting "
                                      "'Allow Organization Names in Authentication API' is on.")}},
        {u"gty"_s,
         {S::Auth0, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                                      "Auth0 grant type that produced the token: 'client-credentials' "
                                      "(machine-to-machine) or 'password' (resource owner password).")}},
        {u"permissions"_s,
         {S::Auth0, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                                      "Auth0 RBAC permissions for this API (when 'Add Permissions in the Access Token' "
                                      "is on). In organization logins, only from organization-member roles.")}},
    };
    return claims;
}

const QMap<QString, Entry> &headerParameters()
{
    using S = ClaimSource;
    static const QMap<QString, Entry> parameters{
        {u"alg"_s,
         {S::Jose,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Signature algorithm. Auth0 signs with RS256 by default; "
                                                            "'none' means unsigned and HS256 uses a shared secret.")}},
        {u"typ"_s,
         {S::Jose, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                                     "Media type: 'JWT', or 'at+jwt' for RFC 9068 access tokens.")}},
        {u"kid"_s,
         {S::Jose, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                                     "Key ID: which key of the issuer's JWKS signed the token.")}},
        {u"cty"_s,
         {S::Jose,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Content type of the payload; 'JWT' for nested tokens.")}},
        {u"jku"_s,
         {S::Jose,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "JWK Set URL named by the token itself. Never trusted: "
                                                            "OrgLens takes keys only from the configured issuer.")}},
        {u"x5u"_s,
         {S::Jose, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                                     "X.509 certificate URL named by the token itself. Never trusted or fetched.")}},
        {u"jwk"_s,
         {S::Jose,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                            "A public key embedded in the token. Never trusted: anyone can embed their own key.")}},
        {u"x5c"_s,
         {S::Jose, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                                     "X.509 certificate chain embedded in the token. Not used for verification.")}},
        {u"x5t"_s,
         {S::Jose, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                                     "SHA-1 thumbprint of the signing certificate; Auth0 sets it alongside kid.")}},
        {u"x5t#S256"_s,
         {S::Jose,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "SHA-256 thumbprint of the signing certificate.")}},
        {u"crit"_s,
         {S::Jose, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue",
                                     "Extensions the recipient must understand, or reject the token.")}},
        {u"enc"_s,
         {S::Jose, QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Content encryption algorithm (JWE only).")}},
        {u"zip"_s,
         {S::Jose,
          QT_TRANSLATE_NOOP("orglens::jwt::ClaimCatalogue", "Compression applied before encryption (JWE only).")}},
    };
    return parameters;
}

bool isNamespaced(const QString &name)
{
    return name.startsWith(QLatin1String("https://")) || name.startsWith(QLatin1String("http://")) ||
           name.startsWith(QLatin1String("urn:"));
}

ClaimInfo fromEntry(const QString &name, const Entry &entry)
{
    return ClaimInfo{name, entry.source, ClaimCatalogue::tr(entry.explanation), entry.isTime, entry.isVolatile};
}

} // namespace

ClaimSource claimSource(const QString &name)
{
    const auto &claims = payloadClaims();
    if (const auto it = claims.constFind(name); it != claims.constEnd())
        return it->source;
    return isNamespaced(name) ? ClaimSource::CustomNamespaced : ClaimSource::CustomPlain;
}

ClaimInfo describeClaim(const QString &name)
{
    const auto &claims = payloadClaims();
    if (const auto it = claims.constFind(name); it != claims.constEnd())
        return fromEntry(name, *it);
    if (isNamespaced(name)) {
        const QString shortName = name.section(QLatin1Char('/'), -1);
        return ClaimInfo{name, ClaimSource::CustomNamespaced,
                         ClaimCatalogue::tr("Custom claim '%1' under a namespace, added by an Auth0 Action or rule "
                                            "(api.accessToken.setCustomClaim / api.idToken.setCustomClaim).")
                             .arg(shortName)};
    }
    return ClaimInfo{name, ClaimSource::CustomPlain,
                     ClaimCatalogue::tr("Not a registered or Auth0 claim and not namespaced. Auth0 accepts such custom "
                                        "claims (except on tokens for Auth0 APIs), but a namespaced name like "
                                        "https://your-domain/%1 avoids collisions with future standard claims.")
                         .arg(name)};
}

ClaimInfo describeHeaderParameter(const QString &name)
{
    const auto &parameters = headerParameters();
    if (const auto it = parameters.constFind(name); it != parameters.constEnd())
        return fromEntry(name, *it);
    return ClaimInfo{name, ClaimSource::CustomPlain, ClaimCatalogue::tr("Header parameter not defined by JOSE.")};
}

QString sourceName(ClaimSource source)
{
    switch (source) {
    case ClaimSource::Jose:
        return ClaimCatalogue::tr("JOSE header");
    case ClaimSource::Registered:
        return ClaimCatalogue::tr("RFC 7519");
    case ClaimSource::Oidc:
        return ClaimCatalogue::tr("OpenID Connect");
    case ClaimSource::AccessTokenProfile:
        return ClaimCatalogue::tr("OAuth access token");
    case ClaimSource::Auth0:
        return ClaimCatalogue::tr("Auth0");
    case ClaimSource::CustomNamespaced:
        return ClaimCatalogue::tr("custom (namespaced)");
    case ClaimSource::CustomPlain:
        return ClaimCatalogue::tr("custom (no namespace)");
    }
    return {};
}

} // namespace orglens::jwt
