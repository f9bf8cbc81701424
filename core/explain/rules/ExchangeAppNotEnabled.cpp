#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> exchangeAppNotEnabled(const ExplainFacts &facts)
{
    if (facts.hasOrgId())
        return std::nullopt;
    const QString exchangeClientId = facts.input().profile ? facts.input().profile->exchangeClientId : QString();
    QList<FixAction> actions;
    if (!exchangeClientId.isEmpty())
        actions << openSettingsAction(
            Rules::tr("Open the exchange application"),
            facts.dashboardUrl(QStringLiteral("applications/%1/settings").arg(exchangeClientId)));
    return doctorFinding(facts, QStringLiteral("exchange-app-enabled"),
                         Rules::tr("The exchange application may not use Custom Token Exchange "
                                   "(custom_authentication profiles)"),
                         {Rules::tr("Exchange the device token again and check the new token.")}, actions);
}

} // namespace orglens::explain::rules
