#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> noOrganizationParameter(const ExplainFacts &facts)
{
    if (facts.hasOrgId() || facts.userId().isEmpty())
        return std::nullopt;
    const auto origin = facts.originFlow();
    const bool unknownOrigin = !origin; // no flow known, or a refresh of unknown origin
    if (!unknownOrigin && origin != oauth::Flow::Pkce)
        return std::nullopt;
    if (facts.flowKnown() && facts.flow() != oauth::Flow::Pkce && facts.flow() != oauth::Flow::Refresh)
        return std::nullopt;

    const auto parameters = facts.originParameters();
    const QString sent = parameters ? parameters->value(QLatin1String("organization")).toString() : QString();
    if (!sent.isEmpty())
        return std::nullopt; // it was sent: another cause (membership, app settings) would have failed the login
    // The login's own parameters make it certain; a declared PKCE flow likely; an unknown flow possible.
    const Confidence confidence = parameters      ? Confidence::Certain
                                  : unknownOrigin ? Confidence::Possible
                                                  : Confidence::Likely;
    Finding finding =
        makeFinding(confidence, Rules::tr("The login did not ask for an organization (no organization parameter)"));
    flowEvidence(finding, facts);
    if (parameters) {
        supports(finding, Evidence::Source::Session, Rules::tr("the /authorize request had no organization parameter"));
    } else {
        missing(finding, Evidence::Source::Session,
                Rules::tr("the login's /authorize parameters would settle it (was organization sent?)"));
    }
    supports(finding, Evidence::Source::Token, Rules::tr("no org_id, org_name or namespaced org claim"));

    if (const auto &client = facts.input().tenant.client) {
        const QString usage = client->value(QLatin1String("organization_usage")).toString();
        const QString behavior = client->value(QLatin1String("organization_require_behavior")).toString();
        if (usage.isEmpty() || usage == QLatin1String("deny"))
            supports(finding, Evidence::Source::Tenant,
                     Rules::tr("the application's organization_usage is deny (Type of Users: Individuals): it cannot "
                               "log in with an organization"));
        else
            supports(finding, Evidence::Source::Tenant,
                     Rules::tr("the application's organization_usage is %1 (login flow %2): organization logins only "
                               "when the app asks")
                         .arg(usage, behavior.isEmpty() ? QStringLiteral("no_prompt") : behavior));
    } else if (!facts.clientId().isEmpty()) {
        missingTenantEvidence(finding, facts, QStringLiteral("client"),
                              Rules::tr("the organization_usage of application %1").arg(facts.clientId()));
    }
    const QString org = suggestedOrganization(facts);
    finding.fixSteps << Rules::tr("Send organization=<org id> on /authorize (the SDKs' organization option).")
                     << Rules::tr("Or set the application's Type of Users to Business Users with a prompt, so users "
                                  "pick an organization at login.");
    finding.actions << loginWithOrganizationAction(oauth::Flow::Pkce, org);
    if (!facts.clientId().isEmpty())
        finding.actions << openSettingsAction(
            Rules::tr("Open the application's Organizations settings"),
            facts.dashboardUrl(QStringLiteral("applications/%1/organizations").arg(facts.clientId())));
    return finding;
}

} // namespace orglens::explain::rules
