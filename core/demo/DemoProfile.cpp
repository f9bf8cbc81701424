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

QString demoSignInHint()
{
    QStringList users;
    for (const char *email : SignInUsers)
        users << QLatin1String(email);
    return QCoreApplication::translate("orglens::demo",
                                       "This is the built-in demo tenant: log in as %1 with the password %2.")
        .arg(users.join(QStringLiteral(", ")), QLatin1String(DemoPassword));
}

} // namespace orglens::demo
