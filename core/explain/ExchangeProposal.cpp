#include "ExchangeProposal.h"

#include "explain/ExplainFacts.h"

namespace orglens::explain {

ExchangeParameters proposeExchange(const profiles::Profile &profile, const QString &subjectToken)
{
    ExplainInput input;
    input.token = subjectToken.toUtf8();
    input.profile = profile;
    const ExplainFacts token(input);
    return {profile.audience, profile.scope, token.hasOrgId() ? token.orgId() : token.namespacedOrgId()};
}

} // namespace orglens::explain
