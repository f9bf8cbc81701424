#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace orglens::profiles {

// The non-secret description of one Auth0 tenant and its applications. Secrets (client secrets, refresh
// tokens) are never part of it: they live in a SecretStore under profileSecretKey().
struct Profile {
    Q_DECLARE_TR_FUNCTIONS(orglens::profiles::Profile)

public:
    QString name;                      // empty for an ad hoc profile given on the command line
    QUrl issuer;                       // normalised: https://<domain>/ (http:// only for loopback hosts)
    QString clientId;                  // native application: device flow and authorization code + PKCE
    QString audience;                  // default API audience
    QString scope;                     // default scopes, space separated
    QString claimNamespace;            // custom-claim namespace, e.g. https://example.com/
    QString managementClientId;        // machine-to-machine application for the Management API
    QString exchangeClientId;          // application for Custom Token Exchange
    QString subjectTokenType;          // subject_token_type of the exchange profile
    bool useOrganizationNames = false; // tenant setting allow_organization_name_in_authentication_api

    friend bool operator==(const Profile &, const Profile &) = default;
    QUrl managementAudience() const;          // <issuer>api/v2/
    QUrl endpoint(const QString &path) const; // issuer + path (path without a leading '/')
};

// Normalises an Auth0 domain ("acme.eu.auth0.com") or issuer URL to "https://<host>[:port]/<path>/".
// http:// is accepted only for loopback hosts (127.0.0.0/8, ::1, localhost); anything else is refused with
// an error that says what to write instead.
Result<QUrl> normalizeIssuer(const QString &domainOrUrl);

// Profile names become settings groups and keychain keys: letters, digits, '.', '_' and '-' only.
Result<QString> validateProfileName(const QString &name);

// Checks and normalises every field (issuer, name, subject token type); the error names the field.
Result<Profile> normalizeProfile(Profile profile);

// A new profile for the tenant that issued a token ("Add this tenant"): the issuer (normalised), a name from its host
// that is not in `takenNames` ("acme.eu.auth0.com", "127.0.0.1-8080", then "-2", "-3" …), and the application and
// API the token names (azp or client_id; aud when it is not the application itself). The user completes the rest.
Result<Profile> profileForTokenIssuer(const QString &issuer, const QJsonObject &tokenPayload,
                                      const QStringList &takenNames);

enum class SecretKind { ManagementClientSecret, ExchangeClientSecret, RefreshToken };

// The SecretStore key of one secret of a saved profile: "profile/<name>/<kind>".
QString profileSecretKey(const QString &profileName, SecretKind kind);

} // namespace orglens::profiles
