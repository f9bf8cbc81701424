#include "RuleSupport.h"
#include "Rules.h"

#include "jwt/TokenDecoder.h"

namespace orglens::explain::rules {

std::optional<Finding> encryptedToken(const ExplainFacts &facts)
{
    if (facts.decodeErrorCode() != QLatin1String(jwt::DecodeError::Encrypted))
        return std::nullopt;
    Finding finding = makeFinding(
        Confidence::Certain, Rules::tr("The access token is encrypted (JWE): its claims, org_id included, are hidden"));
    supports(finding, Evidence::Source::Token,
             Rules::tr("the token has five parts: a JWE, which only the API's private key decrypts"));
    finding.fixSteps << Rules::tr("Look for org_id after decryption, in the API (the API's Token Encryption setting).")
                     << Rules::tr("To read the claims here, turn Token Encryption off for a test API.");
    finding.actions << openSettingsAction(Rules::tr("Open APIs"), facts.dashboardUrl(QStringLiteral("apis")));
    return finding;
}

} // namespace orglens::explain::rules
