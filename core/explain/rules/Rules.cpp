#include "Rules.h"

namespace orglens::explain::rules {

const QList<Rule> &allRules()
{
    // Weights: a cause that makes every other one moot comes first (wrong tenant, unreadable token), then the
    // grant types that cannot carry an organization, then the device-flow chain from its most specific link
    // (not a member, wrong namespace, lost on refresh, no default, no exchange profile, exchange not allowed) to the
    // general one, then the rest.
    // A forged subject token the exchange accepts is a security hole whatever the token: it comes first.
    // The last field: the fix is (or needs) the generated Actions.
    static const QList<Rule> rules{
        {"exchange-accepts-forged-tokens", 105, false, exchangeAcceptsForgedTokens, false},
        {"wrong-tenant", 100, true, wrongTenant, false},
        {"opaque-token", 95, false, opaqueToken, false},
        {"encrypted-token", 95, false, encryptedToken, false},
        {"id-token-only", 90, true, idTokenOnly, false},
        {"m2m-without-organization", 85, true, m2mWithoutOrganization, false},
        {"password-grant", 85, true, passwordGrant, false},
        {"has-org-id", 80, true, hasOrgId, false},
        {"default-org-not-member", 75, true, defaultOrgNotMember, false},
        {"namespace-mismatch", 72, true, namespaceMismatch, true},
        {"lost-on-refresh", 70, true, lostOnRefresh, true},
        {"no-default-org", 65, true, noDefaultOrg, true},
        {"exchange-profile-missing", 62, false, exchangeProfileMissing, true},
        {"exchange-app-not-enabled", 61, false, exchangeAppNotEnabled, false},
        {"device-flow", 60, true, deviceFlow, true},
        {"not-exchanged", 55, true, notExchanged, true},
        {"exchange-without-organization", 50, true, exchangeWithoutOrganization, false},
        {"restricted-claim", 40, true, restrictedClaim, false},
        {"no-organization-parameter", 35, true, noOrganizationParameter, false},
        {"stale-token", 30, true, staleToken, false},
        {"org-name-missing", 20, true, orgNameMissing, false},
    };
    return rules;
}

} // namespace orglens::explain::rules
