#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> m2mWithoutOrganization(const ExplainFacts &facts)
{
    if (!facts.isMachineToMachine() || facts.hasOrgId())
        return std::nullopt;
    Finding finding = makeFinding(Confidence::Certain,
                                  tr("A machine-to-machine token requested without an organization"));
    if (facts.claim("gty") == QLatin1String("client-credentials"))
        supports(finding, Evidence::Source::Token, tr("gty is \"client-credentials\""));
    if (facts.claim("sub").endsWith(QLatin1String("@clients")))
        supports(finding, Evidence::Source::Token, tr("sub \"%1\" ends with @clients").arg(facts.claim("sub")));
    if (const auto &session = facts.input().session) {
        const QString organization = session->parameters.value(QLatin1String("organization")).toString();
        if (organization.isEmpty())
            supports(finding, Evidence::Source::Session, tr("the token request sent no organization parameter"));
        else
            supports(finding, Evidence::Source::Session,
                     tr("the request sent organization=%1, but the client grant does not allow it (organization_usage)")
                         .arg(organization));
    }
    missing(finding, Evidence::Source::Tenant,
            tr("the client grant's organization_usage for audience %1 (deny by default) would settle it")
                .arg(facts.audiences().join(QLatin1String(", "))));
    finding.fixSteps << tr("Send organization=<org id> on the client credentials request to /oauth/token.")
                     << tr("Set the client grant's organization_usage to allow or require and give the application "
                           "access to the organization (or allow_any_organization).");
    finding.actions << loginWithOrganizationAction(QStringLiteral("client-credentials"), QString())
                    << openSettingsAction(tr("Open APIs (machine-to-machine access)"),
                                          facts.dashboardUrl(QStringLiteral("apis")));
    return finding;
}

} // namespace orglens::explain::rules
