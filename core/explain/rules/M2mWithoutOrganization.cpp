#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

namespace {

// The client grant decides what the token endpoint does with `organization` (reference §1.3): deny (also when never
// set) refuses it, allow takes it when sent, require takes it or the client's default_organization, else refuses.
void grantEvidence(Finding &finding, const ExplainFacts &facts, const QString &audience)
{
    const QString sendStep = Rules::tr("Send organization=<org id> on the client credentials request to /oauth/token.");
    const std::optional<QString> usage = facts.grantOrganizationUsage();
    if (!usage) {
        missingTenantEvidence(
            finding, facts, QStringLiteral("client_grant"),
            Rules::tr("the client grant's organization_usage for audience %1 (deny by default)").arg(audience));
        finding.fixSteps << Rules::tr(
                                "If the client grant's organization_usage is deny (the default), set it to allow or "
                                "require and associate the organization with the grant (or allow_any_organization).")
                         << sendStep;
        return;
    }
    if (*usage == QLatin1String("deny")) {
        const bool neverSet = !facts.input().tenant.clientGrant->contains(QLatin1String("organization_usage"));
        supports(finding, Evidence::Source::Tenant,
                 (neverSet ? Rules::tr("the client grant for %1 has no organization_usage (never set, so deny): no "
                                       "organization can be requested until the grant allows it")
                           : Rules::tr("the client grant for %1 has organization_usage deny: no organization can be "
                                       "requested until the grant allows it"))
                     .arg(audience));
        finding.fixSteps << Rules::tr("Set the client grant's organization_usage to allow or require and associate the "
                                      "organization with the grant (or allow_any_organization).")
                         << Rules::tr(
                                "Then send organization=<org id> on the client credentials request to /oauth/token.");
        return;
    }
    if (*usage == QLatin1String("allow")) {
        supports(finding, Evidence::Source::Tenant,
                 Rules::tr("the client grant for %1 has organization_usage allow: the token carries org_id only when "
                           "the request sends organization")
                     .arg(audience));
        finding.fixSteps << sendStep;
        if (!facts.grantAllowsAnyOrganization())
            finding.fixSteps << Rules::tr(
                "The organization must be associated with the client grant (allow_any_organization is false).");
        return;
    }
    // require: today's grant would not issue a token without org_id, so this one predates the change.
    const QString defaultOrg = facts.clientDefaultOrganization();
    supports(
        finding, Evidence::Source::Tenant,
        (defaultOrg.isEmpty()
             ? Rules::tr("the client grant for %1 has organization_usage %2: a request without organization is now "
                         "refused unless the application has a default_organization, so this token predates that")
                   .arg(audience, *usage)
             : Rules::tr("the client grant for %1 has organization_usage %2: a new token gets the application's "
                         "default_organization %3, so this token predates that")
                   .arg(audience, *usage, defaultOrg)));
    finding.fixSteps << Rules::tr(
        "Request a new token (send organization=<org id>, or rely on the application's default_organization).");
}

} // namespace

std::optional<Finding> m2mWithoutOrganization(const ExplainFacts &facts)
{
    if (!facts.isMachineToMachine() || facts.hasOrgId())
        return std::nullopt;
    Finding finding =
        makeFinding(Confidence::Certain, Rules::tr("A machine-to-machine token requested without an organization"));
    if (facts.claim("gty") == QLatin1String("client-credentials"))
        supports(finding, Evidence::Source::Token, Rules::tr("gty is \"client-credentials\""));
    if (facts.claim("sub").endsWith(QLatin1String("@clients")))
        supports(finding, Evidence::Source::Token, Rules::tr("sub \"%1\" ends with @clients").arg(facts.claim("sub")));
    if (const auto &session = facts.input().session) {
        const QString organization = session->parameters.value(QLatin1String("organization")).toString();
        if (organization.isEmpty())
            supports(finding, Evidence::Source::Session, Rules::tr("the token request sent no organization parameter"));
        else
            supports(
                finding, Evidence::Source::Session,
                Rules::tr(
                    "the request sent organization=%1, but the client grant does not allow it (organization_usage)")
                    .arg(organization));
    }
    grantEvidence(finding, facts, facts.audiences().join(QLatin1String(", ")));
    const FixAction openApis = openSettingsAction(Rules::tr("Open APIs (machine-to-machine access)"),
                                                  facts.dashboardUrl(QStringLiteral("apis")));
    const FixAction requestAgain = loginWithOrganizationAction(oauth::Flow::ClientCredentials, QString());
    // The grant first when it must change before an organization can be sent at all.
    if (facts.grantOrganizationUsage().value_or(QStringLiteral("deny")) == QLatin1String("deny"))
        finding.actions << openApis << requestAgain;
    else
        finding.actions << requestAgain << openApis;
    return finding;
}

} // namespace orglens::explain::rules
