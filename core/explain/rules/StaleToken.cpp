#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> staleToken(const ExplainFacts &facts)
{
    if (facts.hasOrgId() || facts.userId().isEmpty())
        return std::nullopt;
    const QDateTime issued = facts.issuedAt();
    const QDateTime expires = facts.expiresAt();
    const bool expired = expires.isValid() && expires <= facts.now();
    const QDateTime updated =
        facts.input().tenant.user
            ? QDateTime::fromString(facts.input().tenant.user->value(QLatin1String("updated_at")).toString(),
                                    Qt::ISODateWithMs)
            : QDateTime();
    const bool userChangedSince = issued.isValid() && updated.isValid() && updated > issued;
    // A refresh keeps the organization of the first login: none, if that login had none.
    const auto origin = facts.originParameters();
    const bool refreshOfNonOrgLogin = facts.flow() == oauth::Flow::Refresh && origin &&
                                      origin->value(QLatin1String("organization")).toString().isEmpty() &&
                                      !facts.memberOrgIds().isEmpty();
    if (!expired && !userChangedSince && !refreshOfNonOrgLogin)
        return std::nullopt;

    Finding finding = makeFinding(refreshOfNonOrgLogin ? Confidence::Likely : Confidence::Possible,
                                  Rules::tr("The token predates a change: a fresh login may carry the organization"));
    if (expired)
        supports(finding, Evidence::Source::Token,
                 Rules::tr("the token expired at %1").arg(expires.toString(Qt::ISODate)));
    if (userChangedSince)
        supports(finding, Evidence::Source::Tenant,
                 Rules::tr("the user was updated at %1, after the token was issued (%2)")
                     .arg(updated.toString(Qt::ISODate), issued.toString(Qt::ISODate)));
    if (refreshOfNonOrgLogin)
        supports(finding, Evidence::Source::Session,
                 Rules::tr("refreshed from a login without organization; the user now belongs to %1")
                     .arg(facts.memberOrgIds().join(QLatin1String(", "))));
    finding.fixSteps << Rules::tr("Log in again with organization=<org id>; a refresh token keeps the organization (or "
                                  "none) of the login that issued it.")
                     << Rules::tr("Revoke old refresh tokens after membership changes.");
    finding.actions << loginWithOrganizationAction(oauth::Flow::Pkce, suggestedOrganization(facts));
    return finding;
}

} // namespace orglens::explain::rules
