#include "Preflight.h"

#include "explain/ActionTemplates.h"
#include "explain/TenantFacts.h"
#include "jwt/TokenDecoder.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace orglens::explain {

namespace {

// The translation context of this file's messages.
struct Preflight {
    Q_DECLARE_TR_FUNCTIONS(orglens::explain::Preflight)
};

const QLatin1String OrgIdClaim("org_id");

// The tenant evidence as Explain reads it, and who logs in.
struct Facts : TenantFacts {
    const PreflightInput &input;

    explicit Facts(const PreflightInput &in) : TenantFacts(in.tenant), input(in) {}

    QString user() const { return input.userId.isEmpty() ? Preflight::tr("the user") : input.userId; }
};

class Predictor {
public:
    explicit Predictor(const PreflightInput &input) : m_facts(input) { m_prediction.flow = input.flow; }

    Prediction run()
    {
        predictOrgId();
        predictNamespacedClaim();
        std::stable_sort(m_prediction.reasons.begin(), m_prediction.reasons.end(),
                         [](const BlockingReason &a, const BlockingReason &b) { return a.confidence < b.confidence; });
        return m_prediction;
    }

private:
    const PreflightInput &in() const { return m_facts.input; }

    void block(const QString &id, Confidence confidence, const QString &text, const QString &fix, bool refused = false)
    {
        m_prediction.reasons.append({id, confidence, text, fix, refused});
    }
    void assume(const QString &text) { m_prediction.assumptions.append(text); }
    void orgId(ClaimOutlook outlook, const QString &expected = {})
    {
        m_prediction.orgId = outlook;
        m_prediction.expectedOrgId = outlook == ClaimOutlook::Yes ? expected : QString();
    }

    void predictOrgId()
    {
        switch (in().flow) {
        case oauth::Flow::Device:
            orgId(ClaimOutlook::No);
            block(QStringLiteral("device-flow"), Confidence::Certain,
                  Preflight::tr(
                      "The Device Authorization flow does not support Organizations: its tokens never carry org_id."),
                  Preflight::tr("Add the namespaced claim and exchange the token (orglens-cli actions generate), or "
                                "log in with pkce and --organization."));
            if (!in().organization.isEmpty())
                assume(Preflight::tr("The organization parameter is ignored by the device flow."));
            return;
        case oauth::Flow::Password:
            orgId(ClaimOutlook::No);
            block(QStringLiteral("password-grant"), Confidence::Certain,
                  Preflight::tr("The Resource Owner Password grant does not support Organizations: no org_id."),
                  Preflight::tr("Use the authorization code flow (pkce) with --organization."));
            return;
        case oauth::Flow::Pkce:
            return predictOrganizationLogin();
        case oauth::Flow::ClientCredentials:
            return predictClientCredentials();
        case oauth::Flow::Refresh:
            return predictRefresh();
        case oauth::Flow::Exchange:
            return predictExchange();
        case oauth::Flow::Pasted:
            orgId(ClaimOutlook::Unknown); // not a login (parsePreflightFlow refuses it)
            return;
        }
    }

    void predictOrganizationLogin()
    {
        const QString organization = in().organization;
        const std::optional<QString> usage = m_facts.clientOrganizationUsage();
        if (organization.isEmpty()) {
            if (usage == QLatin1String("require")) {
                if (m_facts.clientRequireBehavior().isEmpty() ||
                    m_facts.clientRequireBehavior() == QLatin1String("no_prompt")) {
                    orgId(ClaimOutlook::No);
                    block(
                        QStringLiteral("organization-required"), Confidence::Certain,
                        Preflight::tr("The application requires an organization (Business Users, No Prompt): Auth0 "
                                      "refuses the login with \"parameter organization is required for this client\"."),
                        Preflight::tr("Send --organization."), true);
                } else {
                    orgId(ClaimOutlook::Unknown);
                    assume(Preflight::tr(
                        "The application prompts for an organization: org_id is the one the user picks."));
                }
                return;
            }
            orgId(ClaimOutlook::No);
            block(QStringLiteral("no-organization-parameter"), usage ? Confidence::Certain : Confidence::Likely,
                  Preflight::tr("No organization parameter: the login is not in organization context, so no org_id."),
                  Preflight::tr("Send --organization with the organization id (or name)."));
            if (!usage)
                assume(Preflight::tr("The application's organization settings were not read (a Business Users "
                                     "application with a prompt would ask the user for one)."));
            return;
        }
        if (usage == QLatin1String("deny")) {
            orgId(ClaimOutlook::No);
            block(QStringLiteral("client-denies-organizations"), Confidence::Certain,
                  Preflight::tr("The application's Type of Users is Individuals (organization_usage deny): Auth0 "
                                "refuses the login with \"parameter organization is not allowed for this client\"."),
                  Preflight::tr("Set the application's Type of Users to Business Users or Both."), true);
            return;
        }
        if (!organization.startsWith(QLatin1String("org_")) && !in().profile.useOrganizationNames) {
            block(QStringLiteral("organization-name-not-allowed"), Confidence::Likely,
                  Preflight::tr("\"%1\" looks like an organization name, and the profile says the tenant does not "
                                "accept names (allow_organization_name_in_authentication_api): Auth0 answers "
                                "\"parameter organization is invalid\".")
                      .arg(organization),
                  Preflight::tr("Send the organization id (org_...) or enable the tenant setting."), true);
        }
        const std::optional<QString> member = m_facts.memberOrgId(organization);
        if (member && member->isEmpty()) {
            orgId(ClaimOutlook::No);
            block(
                QStringLiteral("user-not-member"), Confidence::Certain,
                Preflight::tr("%1 is not a member of %2: Auth0 refuses the login with access_denied.")
                    .arg(m_facts.user(), organization),
                Preflight::tr("Add the user to the organization, or log in with an organization the user belongs to."),
                true);
            return;
        }
        if (!member)
            assume(Preflight::tr("Membership of %1 was not checked (give --user to read it).").arg(organization));
        orgId(ClaimOutlook::Yes,
              member ? *member : (organization.startsWith(QLatin1String("org_")) ? organization : QString()));
    }

    void predictClientCredentials()
    {
        const QString organization = in().organization;
        const QString audience = grantAudience();
        const std::optional<QString> usage = m_facts.grantOrganizationUsage();
        if (usage == QLatin1String("deny")) {
            orgId(ClaimOutlook::No);
            block(QStringLiteral("client-grant-denies-organizations"), Confidence::Certain,
                  organization.isEmpty()
                      ? Preflight::tr(
                            "client grant organization_usage = deny (for %1): the M2M token cannot carry org_id.")
                            .arg(audience)
                      : Preflight::tr("client grant organization_usage = deny (for %1): Auth0 refuses the request with "
                                      "\"parameter organization is not allowed for this client\".")
                            .arg(audience),
                  Preflight::tr("Set the client grant's organization_usage to allow or require and associate the "
                                "organization with it."),
                  !organization.isEmpty());
            if (organization.isEmpty())
                blockWithoutOrganization();
            return;
        }
        if (organization.isEmpty()) {
            if (usage == QLatin1String("require")) {
                if (!m_facts.clientDefaultOrganization().isEmpty()) {
                    orgId(ClaimOutlook::Yes, m_facts.clientDefaultOrganization());
                } else if (in().tenant.client) {
                    orgId(ClaimOutlook::No);
                    block(QStringLiteral("organization-required"), Confidence::Certain,
                          Preflight::tr("client grant organization_usage = require and the application has no "
                                        "default_organization: Auth0 refuses the request with \"parameter organization "
                                        "is required for this client\"."),
                          Preflight::tr("Send --organization."), true);
                } else {
                    orgId(ClaimOutlook::Unknown);
                    assume(Preflight::tr(
                        "The client grant requires an organization: org_id is the application's default_organization, "
                        "which was not read (without one Auth0 refuses the request)."));
                }
                return;
            }
            orgId(ClaimOutlook::No);
            blockWithoutOrganization();
            if (!usage)
                assume(Preflight::tr("A client grant with organization_usage require and a client default_organization "
                                     "would add one; client grants were not read."));
            return;
        }
        orgId(ClaimOutlook::Yes, organization.startsWith(QLatin1String("org_")) ? organization : QString());
        if (!usage) {
            assume(Preflight::tr("The client grant for %1 allows organizations (organization_usage allow or require) "
                                 "and is associated with %2; client grants were not read.")
                       .arg(audience, organization));
        } else if (!m_facts.grantAllowsAnyOrganization()) {
            assume(Preflight::tr("%1 is associated with the client grant for %2 (allow_any_organization is false; the "
                                 "grant's organizations were not read).")
                       .arg(organization, audience));
        }
    }

    void blockWithoutOrganization()
    {
        block(QStringLiteral("m2m-without-organization"), Confidence::Certain,
              Preflight::tr("Client credentials without an organization parameter: the M2M token has no org_id."),
              m_facts.grantOrganizationUsage() == QLatin1String("allow")
                  ? Preflight::tr("Send --organization (the client grant allows organizations).")
                  : Preflight::tr("Send --organization and associate the client grant with the organization "
                                  "(organization_usage allow or require)."));
    }

    QString grantAudience() const
    {
        const QString audience = in().audience.isEmpty() ? in().profile.audience : in().audience;
        return audience.isEmpty() ? Preflight::tr("the audience") : audience;
    }

    void predictRefresh()
    {
        if (!in().refreshedOrgId) {
            orgId(ClaimOutlook::Unknown);
            assume(Preflight::tr("A refreshed token keeps the org_id of the original login, which is not known here."));
        } else if (in().refreshedOrgId->isEmpty()) {
            orgId(ClaimOutlook::No);
            block(QStringLiteral("refreshed-without-organization"), Confidence::Certain,
                  Preflight::tr("The refresh token comes from a login without organization: refreshed tokens keep "
                                "that, no org_id."),
                  Preflight::tr("Log in again with --organization (pkce) or exchange the token."));
        } else {
            orgId(ClaimOutlook::Yes, *in().refreshedOrgId);
        }
    }

    void predictExchange()
    {
        if (!in().organization.isEmpty()) {
            const std::optional<QString> member = m_facts.memberOrgId(in().organization);
            orgId(ClaimOutlook::Yes, member && !member->isEmpty() ? *member : in().organization);
            if (member && member->isEmpty()) {
                block(QStringLiteral("user-not-member"), Confidence::Likely,
                      Preflight::tr("%1 is not a member of %2: the exchange is likely refused.")
                          .arg(m_facts.user(), in().organization),
                      Preflight::tr("Add the user to the organization."), true);
                orgId(ClaimOutlook::Unknown);
            }
            return;
        }
        // Without the parameter the exchange Action sets the organization from the subject token's namespaced claim.
        assume(Preflight::tr("The exchange Action calls api.authentication.setOrganization with the subject token's "
                             "namespaced claim (orglens-cli actions generate --which token-exchange)."));
        if (m_facts.defaultOrgId() && m_facts.defaultOrgId()->isEmpty()) {
            orgId(ClaimOutlook::No);
            block(QStringLiteral("exchange-without-organization"), Confidence::Likely,
                  Preflight::tr("No organization parameter and the subject token carries no org claim (no "
                                "default_org_id): the exchange has no organization to set."),
                  Preflight::tr("Set the user's default_org_id, or send --organization with the exchange."));
            return;
        }
        if (m_facts.defaultOrgId())
            orgId(ClaimOutlook::Yes, *m_facts.defaultOrgId());
        else
            orgId(ClaimOutlook::Unknown);
    }

    void predictNamespacedClaim()
    {
        Prediction &p = m_prediction;
        const QString claimNamespace = in().profile.claimNamespace;
        if (claimNamespace.isEmpty()) {
            assume(Preflight::tr("The profile has no claim namespace: the namespaced org claim is not predicted."));
            return;
        }
        // Same normalisation as the generated Action (trailing slash), so "https://x.example" means the same claim.
        const Result<QString> normalized = normalizeClaimNamespace(claimNamespace);
        p.claimName = (normalized                                  ? normalized.value()
                       : claimNamespace.endsWith(QLatin1Char('/')) ? claimNamespace
                                                                   : claimNamespace + QLatin1Char('/')) +
                      OrgIdClaim;
        if (in().flow == oauth::Flow::ClientCredentials) {
            p.namespacedClaim = ClaimOutlook::No; // Post-Login Actions do not run for client credentials
            return;
        }
        const bool organizationLogin = in().flow == oauth::Flow::Pkce && p.orgId == ClaimOutlook::Yes;
        if (!m_facts.defaultOrgId()) {
            assume(
                Preflight::tr("The user's app_metadata was not read (give --user): the namespaced claim is unknown."));
            return;
        }
        if (organizationLogin) {
            // The generated Action prefers event.organization over default_org_id.
            p.namespacedClaim = ClaimOutlook::Yes;
            p.expectedClaimValue = p.expectedOrgId;
        } else if (m_facts.defaultOrgId()->isEmpty()) {
            p.namespacedClaim = ClaimOutlook::No;
            block(QStringLiteral("no-default-org"), Confidence::Certain,
                  Preflight::tr("%1 has no app_metadata.default_org_id: the Post-Login Action adds no %2 claim.")
                      .arg(m_facts.user(), p.claimName),
                  Preflight::tr("Set it: orglens-cli users set-default-org %1 <org_id>.")
                      .arg(in().userId.isEmpty() ? QStringLiteral("<user>") : in().userId));
        } else {
            p.namespacedClaim = ClaimOutlook::Yes;
            p.expectedClaimValue = *m_facts.defaultOrgId();
            const std::optional<QString> member = m_facts.memberOrgId(*m_facts.defaultOrgId());
            if (member && member->isEmpty()) {
                block(
                    QStringLiteral("default-org-not-member"), Confidence::Certain,
                    Preflight::tr("default_org_id is %1, but %2 is not a member of it: exchanging the token for that "
                                  "organization must fail.")
                        .arg(*m_facts.defaultOrgId(), m_facts.user()),
                    Preflight::tr("Fix the membership or set default_org_id to an organization the user belongs to."));
            }
        }
        assume(Preflight::tr(
            "The Post-Login Action (orglens-cli actions generate) is deployed and runs for this protocol."));
    }

    Facts m_facts;
    Prediction m_prediction;
};

} // namespace

Result<oauth::Flow> parsePreflightFlow(const QString &name)
{
    const auto flow = oauth::parseFlow(name);
    if (flow && flow != oauth::Flow::Pasted)
        return *flow;
    return Error{
        QStringLiteral("unknown-flow"),
        Preflight::tr("Unknown flow \"%1\": use device, pkce, client-credentials, refresh, exchange or password.")
            .arg(name)};
}

QString claimOutlookName(ClaimOutlook outlook)
{
    switch (outlook) {
    case ClaimOutlook::Yes:
        return QStringLiteral("yes");
    case ClaimOutlook::No:
        return QStringLiteral("no");
    case ClaimOutlook::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool Prediction::loginRefused() const
{
    return std::any_of(reasons.begin(), reasons.end(),
                       [](const BlockingReason &r) { return r.loginRefused && r.confidence == Confidence::Certain; });
}

QJsonObject Prediction::toJson() const
{
    QJsonArray reasonsJson;
    for (const BlockingReason &reason : reasons) {
        reasonsJson.append(QJsonObject{{QStringLiteral("id"), reason.id},
                                       {QStringLiteral("confidence"), confidenceName(reason.confidence)},
                                       {QStringLiteral("text"), reason.text},
                                       {QStringLiteral("fix"), reason.fix},
                                       {QStringLiteral("login_refused"), reason.loginRefused}});
    }
    return {
        {QStringLiteral("flow"), oauth::flowOptionName(flow)},
        {QStringLiteral("org_id"), claimOutlookName(orgId)},
        {QStringLiteral("expected_org_id"), expectedOrgId},
        {QStringLiteral("namespaced_claim"), QJsonObject{{QStringLiteral("name"), claimName},
                                                         {QStringLiteral("outlook"), claimOutlookName(namespacedClaim)},
                                                         {QStringLiteral("expected"), expectedClaimValue}}},
        {QStringLiteral("login_refused"), loginRefused()},
        {QStringLiteral("reasons"), reasonsJson},
        {QStringLiteral("assumptions"), QJsonArray::fromStringList(assumptions)}};
}

Prediction predict(const PreflightInput &input)
{
    return Predictor(input).run();
}

QString PredictionMismatch::text() const
{
    return Preflight::tr("pre-flight predicted %1 %2, got %3").arg(claim, predicted, actual);
}

namespace {

// Appends a mismatch when a predicted claim (yes/no, and its value when known) disagrees with the payload.
void compareClaim(const QString &claim, ClaimOutlook outlook, const QString &expected, const QJsonObject &payload,
                  QList<PredictionMismatch> &mismatches)
{
    if (claim.isEmpty() || outlook == ClaimOutlook::Unknown)
        return;
    const bool present = payload.contains(claim);
    const QString actual = payload.value(claim).toString();
    if (present != (outlook == ClaimOutlook::Yes)) {
        mismatches.append({claim, claimOutlookName(outlook),
                           present ? QStringLiteral("yes (%1)").arg(actual) : claimOutlookName(ClaimOutlook::No)});
    } else if (present && !expected.isEmpty() && actual != expected) {
        mismatches.append({claim, expected, actual});
    }
}

} // namespace

QList<PredictionMismatch> comparePrediction(const Prediction &prediction, const QByteArray &token)
{
    QList<PredictionMismatch> mismatches;
    const auto decoded = jwt::decodeToken(QString::fromUtf8(token));
    if (!decoded) {
        if (prediction.orgId != ClaimOutlook::Unknown || prediction.namespacedClaim != ClaimOutlook::Unknown)
            mismatches.append({QStringLiteral("token"), Preflight::tr("a JWT"), decoded.error().code});
        return mismatches;
    }
    if (prediction.loginRefused())
        mismatches.append({QStringLiteral("login"), Preflight::tr("refused"), Preflight::tr("tokens issued")});
    compareClaim(QString(OrgIdClaim), prediction.orgId, prediction.expectedOrgId, decoded->payload, mismatches);
    compareClaim(prediction.claimName, prediction.namespacedClaim, prediction.expectedClaimValue, decoded->payload,
                 mismatches);
    return mismatches;
}

} // namespace orglens::explain
