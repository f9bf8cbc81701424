#include "Flow.h"

#include <QCoreApplication>

#include <array>

namespace orglens::oauth {

namespace {
struct FlowNames {
    Flow flow;
    const char *id;
    const char *optionName;
    const char *label;
    const char *description;
};

constexpr std::array<FlowNames, 7> Names{{
    {Flow::Device, "device", "device", QT_TRANSLATE_NOOP("orglens::oauth::Flow", "Device authorization"),
     QT_TRANSLATE_NOOP("orglens::oauth::Flow", "Device Authorization flow")},
    {Flow::Pkce, "pkce", "pkce", QT_TRANSLATE_NOOP("orglens::oauth::Flow", "Authorization code + PKCE"),
     QT_TRANSLATE_NOOP("orglens::oauth::Flow", "authorization code flow with PKCE")},
    {Flow::ClientCredentials, "client_credentials", "client-credentials",
     QT_TRANSLATE_NOOP("orglens::oauth::Flow", "Client credentials"),
     QT_TRANSLATE_NOOP("orglens::oauth::Flow", "client credentials grant")},
    {Flow::Refresh, "refresh", "refresh", QT_TRANSLATE_NOOP("orglens::oauth::Flow", "Refresh"),
     QT_TRANSLATE_NOOP("orglens::oauth::Flow", "refresh token grant")},
    {Flow::Exchange, "token_exchange", "exchange", QT_TRANSLATE_NOOP("orglens::oauth::Flow", "Token exchange"),
     QT_TRANSLATE_NOOP("orglens::oauth::Flow", "Custom Token Exchange")},
    {Flow::Password, "password", "password", QT_TRANSLATE_NOOP("orglens::oauth::Flow", "Password"),
     QT_TRANSLATE_NOOP("orglens::oauth::Flow", "Resource Owner Password grant")},
    {Flow::Pasted, "pasted", "pasted", QT_TRANSLATE_NOOP("orglens::oauth::Flow", "Pasted"),
     QT_TRANSLATE_NOOP("orglens::oauth::Flow", "pasted token")},
}};

const FlowNames &namesOf(Flow flow)
{
    return Names[std::size_t(flow)];
}
} // namespace

QString flowId(Flow flow)
{
    return QLatin1String(namesOf(flow).id);
}

QString flowOptionName(Flow flow)
{
    return QLatin1String(namesOf(flow).optionName);
}

std::optional<Flow> parseFlow(const QString &name)
{
    for (const FlowNames &names : Names) {
        if (name == QLatin1String(names.id) || name == QLatin1String(names.optionName))
            return names.flow;
    }
    return std::nullopt;
}

QString flowLabel(Flow flow)
{
    return QCoreApplication::translate("orglens::oauth::Flow", namesOf(flow).label);
}

QString flowDescription(Flow flow)
{
    return QCoreApplication::translate("orglens::oauth::Flow", namesOf(flow).description);
}

bool flowAcceptsOrganization(Flow flow)
{
    return organizationIgnoredReason(flow).isEmpty();
}

QString organizationIgnoredReason(Flow flow)
{
    switch (flow) {
    case Flow::Pkce:
    case Flow::ClientCredentials:
    case Flow::Exchange:
        return {};
    case Flow::Device:
        return QCoreApplication::translate(
            "orglens::oauth::Flow",
            "Auth0 ignores the organization in the Device Authorization flow: its tokens never carry org_id. Log in "
            "with authorization code + PKCE, or exchange the token with an organization (Custom Token Exchange).");
    case Flow::Password:
        return QCoreApplication::translate("orglens::oauth::Flow",
                                           "Auth0 ignores the organization in the Resource Owner Password grant: its "
                                           "tokens never carry org_id.");
    case Flow::Refresh:
        return QCoreApplication::translate("orglens::oauth::Flow",
                                           "A refreshed token keeps the organization of the login that issued the "
                                           "refresh token.");
    case Flow::Pasted:
        return QCoreApplication::translate("orglens::oauth::Flow", "A pasted token was obtained elsewhere.");
    }
    return {};
}

} // namespace orglens::oauth
