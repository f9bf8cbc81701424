#include "RuleSupport.h"
#include "Rules.h"

#include "jwt/TokenDecoder.h"

namespace orglens::explain::rules {

std::optional<Finding> opaqueToken(const ExplainFacts &facts)
{
    Finding finding;
    if (facts.decodeErrorCode() == QLatin1String(jwt::DecodeError::Opaque)) {
        finding =
            makeFinding(Confidence::Certain,
                        Rules::tr("The access token is opaque (no audience was requested): it carries no claims"));
        supports(finding, Evidence::Source::Token,
                 Rules::tr("the token is not a JWT (no dots): Auth0 issues opaque access tokens, good only for "
                           "/userinfo, when the login names no API audience"));
    } else if (facts.isJwt() && !facts.hasOrgId()) {
        // A JWT whose only audience is /userinfo is the same mistake in another form.
        const QStringList aud = facts.audiences();
        if (aud.size() != 1 || !aud.first().endsWith(QLatin1String("/userinfo")))
            return std::nullopt;
        finding =
            makeFinding(Confidence::Likely, Rules::tr("The access token is only for /userinfo (no API audience)"));
        supports(finding, Evidence::Source::Token, Rules::tr("aud is only \"%1\"").arg(aud.first()));
    } else {
        return std::nullopt;
    }
    if (const auto &session = facts.input().session) {
        const QString audience = session->parameters.value(QLatin1String("audience")).toString();
        if (audience.isEmpty())
            supports(finding, Evidence::Source::Session, Rules::tr("the login sent no audience parameter"));
        else
            rulesOut(finding, Evidence::Source::Session, Rules::tr("the login sent audience=%1").arg(audience));
    }
    if (facts.input().profile && !facts.input().profile->audience.isEmpty())
        supports(finding, Evidence::Source::Profile,
                 Rules::tr("the profile's API audience is %1").arg(facts.input().profile->audience));
    finding.fixSteps
        << Rules::tr("Request the API's identifier as audience=<API identifier> in the login (or set a Default "
                     "Audience in the tenant settings).")
        << Rules::tr("Send the resulting JWT access token to the API: it can carry org_id, an opaque one cannot.");
    finding.actions << openSettingsAction(Rules::tr("Open tenant settings (Default Audience)"),
                                          facts.dashboardUrl(QStringLiteral("tenant/general")));
    return finding;
}

} // namespace orglens::explain::rules
