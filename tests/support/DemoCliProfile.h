#pragma once

// The demo tenant's profile as orglens-cli options (native, M2M and exchange applications, namespace, subject token
// type), for CLI tests against a DemoTenantFixture.
#include <QString>
#include <QStringList>

namespace orglens::test {

inline QStringList demoProfileArguments(const QString &issuer)
{
    return {QStringLiteral("--issuer"),
            issuer,
            QStringLiteral("--client-id"),
            QStringLiteral("demo-native"),
            QStringLiteral("--audience"),
            QStringLiteral("https://api.orglens.example/"),
            QStringLiteral("--mgmt-client-id"),
            QStringLiteral("demo-m2m"),
            QStringLiteral("--exchange-client-id"),
            QStringLiteral("demo-exchange"),
            QStringLiteral("--namespace"),
            QStringLiteral("https://orglens.example/"),
            QStringLiteral("--subject-token-type"),
            QStringLiteral("urn:orglens:device-access-token")};
}

} // namespace orglens::test
