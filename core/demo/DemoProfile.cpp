#include "DemoProfile.h"

#include <QCoreApplication>

namespace orglens::demo {

profiles::SessionProfile demoSessionProfile(const QUrl &issuer)
{
    profiles::Profile profile;
    profile.name = QStringLiteral("demo-tenant");
    profile.issuer = issuer;
    profile.clientId = QStringLiteral("demo-native");
    profile.audience = QStringLiteral("https://api.orglens.example/");
    profile.scope = QStringLiteral("openid profile email offline_access");
    profile.claimNamespace = QStringLiteral("https://orglens.example/");
    profile.managementClientId = QStringLiteral("demo-m2m");
    profile.exchangeClientId = QStringLiteral("demo-exchange");
    profile.subjectTokenType = QStringLiteral("urn:orglens:device-access-token");
    return {QCoreApplication::translate("orglens::demo", "Demo tenant"), profile, Secret("demo-m2m-secret"),
            Secret("demo-exchange-secret")};
}

} // namespace orglens::demo
