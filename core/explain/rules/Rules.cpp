#include "Rules.h"

namespace orglens::explain::rules {

const QList<Rule> &allRules()
{
    // Weights: a cause that makes every other one moot comes first (wrong tenant, unreadable token), then the
    // grant types that cannot carry an organization, then the device-flow chain from its most specific link
    // (not a member, wrong namespace, lost on refresh, no default) to the general one, then the rest.
    static const QList<Rule> rules{
        {"wrong-tenant", 100, true, wrongTenant},
        {"opaque-token", 95, false, opaqueToken},
        {"encrypted-token", 95, false, encryptedToken},
        {"id-token-only", 90, true, idTokenOnly},
        {"m2m-without-organization", 85, true, m2mWithoutOrganization},
        {"password-grant", 85, true, passwordGrant},
        {"has-org-id", 80, true, hasOrgId},
        {"default-org-not-member", 75, true, defaultOrgNotMember},
        {"namespace-mismatch", 72, true, namespaceMismatch},
        {"lost-on-refresh", 70, true, lostOnRefresh},
        {"no-default-org", 65, true, noDefaultOrg},
        {"device-flow", 60, true, deviceFlow},
        {"not-exchanged", 55, true, notExchanged},
        {"exchange-without-organization", 50, true, exchangeWithoutOrganization},
        {"restricted-claim", 40, true, restrictedClaim},
        {"no-organization-parameter", 35, true, noOrganizationParameter},
        {"stale-token", 30, true, staleToken},
        {"org-name-missing", 20, true, orgNameMissing},
    };
    return rules;
}

} // namespace orglens::explain::rules
