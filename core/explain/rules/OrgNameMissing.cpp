#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> orgNameMissing(const ExplainFacts &facts)
{
    if (!facts.hasOrgId() || !facts.orgName().isEmpty())
        return std::nullopt;
    const bool namesExpected = facts.input().profile && facts.input().profile->useOrganizationNames;
    Finding finding =
        makeFinding(namesExpected ? Confidence::Likely : Confidence::Possible,
                    Rules::tr("org_id is present but org_name is missing (organization names setting off)"));
    supports(finding, Evidence::Source::Token, Rules::tr("org_id is \"%1\", no org_name").arg(facts.orgId()));
    if (namesExpected)
        supports(finding, Evidence::Source::Profile,
                 Rules::tr("the profile expects organization names, but the tenant did not add org_name"));
    else
        supports(finding, Evidence::Source::Profile,
                 Rules::tr("Allow Organization Names in Authentication API is off by default"));
    // A tenant setting (reference §1.1): Dashboard > Settings > Advanced, or PATCH /api/v2/tenants/settings.
    finding.fixSteps
        << Rules::tr("Only if the API needs org_name: turn on \"Allow Organization Names in Authentication API\" "
                     "(allow_organization_name_in_authentication_api) in the tenant settings (Settings → Advanced).")
        << Rules::tr("Authorize by org_id in any case; names can change.");
    finding.actions << openSettingsAction(Rules::tr("Open tenant settings (Advanced)"),
                                          facts.dashboardUrl(QStringLiteral("tenant/advanced")));
    return finding;
}

} // namespace orglens::explain::rules
