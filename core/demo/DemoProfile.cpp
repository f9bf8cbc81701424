#include "DemoProfile.h"

#include "TenantStore.h"

#include <QCoreApplication>

namespace orglens::demo {

profiles::SessionProfile demoSessionProfile(const QUrl &issuer)
{
    // The seed clients of TenantStore; their secrets stay in memory.
    return {.label = QCoreApplication::translate("orglens::demo", "Demo tenant"),
            .profile = {.name = QStringLiteral("demo-tenant"),
                        .issuer = issuer,
                        .clientId = QStringLiteral("demo-native"),
                        .audience = QLatin1String(OrdersApiAudience),
                        .scope = QStringLiteral("openid profile email offline_access"),
                        .claimNamespace = QStringLiteral("https://orglens.example/"),
                        .managementClientId = QStringLiteral("demo-m2m"),
                        .exchangeClientId = QStringLiteral("demo-exchange"),
                        .subjectTokenType = QLatin1String(DeviceTokenSubjectType),
                        .useOrganizationNames = false},
            .managementClientSecret = Secret("demo-m2m-secret"),
            .exchangeClientSecret = Secret("demo-exchange-secret")};
}

} // namespace orglens::demo
