#pragma once

#include "explain/Diagnosis.h"
#include "explain/TenantFacts.h"
#include "jwt/TokenDecoder.h"
#include "jwt/TokenKind.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace orglens::explain {

// A custom claim "<namespace>org_id" (an Action's copy of the organization, e.g. https://acme.example/org_id).
struct NamespacedOrgClaim {
    QString name;           // the whole claim name
    QString claimNamespace; // the name without the trailing "org_id"
    QString value;
};

// The facts every rule reads, derived once from an ExplainInput: the decoded token, where it came from, the
// profile and the tenant evidence (TenantFacts). Rules only read it.
class ExplainFacts : public TenantFacts {
public:
    explicit ExplainFacts(const ExplainInput &input);

    // "<URL or urn namespace>org_id", e.g. https://acme.example/org_id (never the plain org_id).
    static bool isNamespacedOrgClaim(const QString &name);
    static QString namespacedOrgClaimIn(const QJsonObject &claims); // the first such claim's name, or empty

    const ExplainInput &input() const { return m_input; }
    QDateTime now() const { return m_now; }

    // The token
    bool isJwt() const { return m_token.has_value(); }
    const jwt::DecodedToken &token() const { return *m_token; }   // only when isJwt()
    QString decodeErrorCode() const { return m_decodeErrorCode; } // jwt::DecodeError code when !isJwt()
    const jwt::KindGuess &kind() const { return m_kind; }
    const QJsonObject &claims() const { return m_claims; }
    QString claim(const char *name) const;
    bool hasOrgId() const { return !orgId().isEmpty(); }
    QString orgId() const { return claim("org_id"); }
    QString orgName() const { return claim("org_name"); }
    bool isMachineToMachine() const; // gty client-credentials or sub ending @clients
    QString userId() const;          // sub of a user token, else empty
    QString clientId() const;        // azp, else client_id (RFC 9068), else an M2M sub without "@clients"
    QStringList audiences() const;
    QDateTime issuedAt() const;
    QDateTime expiresAt() const;
    // Namespaced claims (names that are URLs) other than org claims: signs that an Action runs.
    QStringList customClaimNames() const;
    const QList<NamespacedOrgClaim> &namespacedOrgClaims() const { return m_namespacedOrgClaims; }
    // The org claim under the profile's namespace, when the profile names one and the token has it.
    std::optional<NamespacedOrgClaim> profileOrgClaim() const;
    // The value of that claim, else of the first namespaced org claim; empty when the token has none.
    QString namespacedOrgId() const;

    // Where it came from
    // The session record's flow, else the declared flow, else what gty tells; nullopt when unknown.
    std::optional<oauth::Flow> flow() const { return m_flow; }
    bool flowFromSession() const { return m_input.session.has_value(); }
    bool flowKnown() const { return m_flow.has_value(); }
    // The first login of the chain (lineage + session): Device for a refreshed device token; nullopt when unknown.
    std::optional<oauth::Flow> originFlow() const { return m_originFlow; }
    // The request parameters of that first login, when OrgLens ran it.
    std::optional<QJsonObject> originParameters() const;
    // The ancestors' access-token claims (oldest first), for what a refresh or exchange lost.
    QList<QJsonObject> ancestorClaims() const;
    // The payload of the session's other token (the access token when this is the ID token, and vice versa).
    std::optional<QJsonObject> siblingClaims() const;

    // The profile
    QUrl profileIssuer() const;
    QString profileNamespace() const; // with a trailing '/', or empty
    // A page of the Auth0 dashboard for the tenant (https://manage.auth0.com/dashboard/<region>/<tenant>/<page>),
    // or the dashboard's start page when the issuer is not an *.auth0.com domain.
    QUrl dashboardUrl(const QString &page) const;

private:
    const ExplainInput &m_input;
    QDateTime m_now;
    std::optional<jwt::DecodedToken> m_token;
    QString m_decodeErrorCode;
    jwt::KindGuess m_kind;
    QJsonObject m_claims;
    QList<NamespacedOrgClaim> m_namespacedOrgClaims;
    std::optional<oauth::Flow> m_flow;
    std::optional<oauth::Flow> m_originFlow;
};

} // namespace orglens::explain
