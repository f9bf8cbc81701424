#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

namespace {

// "https://a/" and "https://a" name one tenant; the slash alone is not another tenant.
QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

} // namespace

std::optional<Finding> wrongTenant(const ExplainFacts &facts)
{
    QUrl expected = facts.profileIssuer();
    Evidence::Source expectedSource = Evidence::Source::Profile;
    if (expected.isEmpty() && facts.input().session) {
        expected = facts.input().session->issuer;
        expectedSource = Evidence::Source::Session;
    }
    const QString iss = facts.claim("iss");
    if (expected.isEmpty() || iss.isEmpty() || withoutTrailingSlash(iss) == withoutTrailingSlash(expected.toString()))
        return std::nullopt;

    Finding finding =
        makeFinding(Confidence::Certain,
                    Rules::tr("The token comes from another tenant (%1), not %2").arg(iss, expected.toString()));
    supports(finding, Evidence::Source::Token, Rules::tr("iss is \"%1\"").arg(iss));
    supports(finding, expectedSource, Rules::tr("the expected issuer is %1").arg(expected.toString()));
    finding.fixSteps << Rules::tr("Get the token from %1: check the domain the application logs in against "
                                  "(development vs production, custom domain vs canonical domain).")
                            .arg(expected.toString())
                     << Rules::tr(
                            "Or explain the token with the profile of %1: organizations and members differ per tenant.")
                            .arg(iss);
    return finding;
}

} // namespace orglens::explain::rules
