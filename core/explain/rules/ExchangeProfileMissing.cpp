#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> exchangeProfileMissing(const ExplainFacts &facts)
{
    if (facts.hasOrgId())
        return std::nullopt;
    return doctorFinding(facts, QStringLiteral("exchange-profile"),
                         Rules::tr("The token exchange is not set up: no token exchange profile for the subject "
                                   "token type names a deployed Action"),
                         {Rules::tr("The exchange Action sets the organization from the device token's org claim: "
                                    "generate it with orglens-cli actions generate --which token-exchange."),
                          Rules::tr("Exchange the device token again and check the new token.")},
                         {openActionsAction(facts)});
}

} // namespace orglens::explain::rules
