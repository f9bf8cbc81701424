#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

// Not a cause of a missing org_id but a hole the tenant doctor proved: reported whatever the token says.
std::optional<Finding> exchangeAcceptsForgedTokens(const ExplainFacts &facts)
{
    return doctorFinding(facts, QStringLiteral("exchange-verifies-subject"),
                         Rules::tr("CRITICAL: the token exchange accepts forged subject tokens (anyone can obtain "
                                   "tokens for any user and organization)"),
                         {Rules::tr("Until the Action verifies the subject token, take the exchange out of service: "
                                    "remove custom_authentication from the exchange application's "
                                    "token_exchange.allow_any_profile_of_type."),
                          Rules::tr("Check the tenant logs for token exchanges you cannot account for.")},
                         {openActionsAction(facts)});
}

} // namespace orglens::explain::rules
