#include "ActionPresets.h"

#include "TenantStore.h"
#include "explain/ActionTemplates.h"

#include <QFile>
#include <QJsonArray>

#include <array>

namespace orglens::demo {

namespace {

struct PresetName {
    ActionPreset preset;
    const char *name;
};
constexpr std::array PresetNames{PresetName{ActionPreset::Builtin, "builtin"},
                                 PresetName{ActionPreset::Article, "article"},
                                 PresetName{ActionPreset::Decoded, "decoded"}, PresetName{ActionPreset::Fixed, "fixed"},
                                 PresetName{ActionPreset::None, "none"}};

QString bundledAction(const char *fileName)
{
    QFile file(QStringLiteral(":/orglens/demo/") + QLatin1String(fileName));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the demo tenant's resource %s is missing", fileName);
    return QString::fromUtf8(file.readAll());
}

// The store accepts what a preset gives it, or the preset is wrong: stop loudly rather than start half-configured.
template <typename T> const T &accepted(const std::variant<T, ManagementError> &answer)
{
    if (const auto *error = std::get_if<ManagementError>(&answer))
        qFatal("the demo tenant refused its own Action preset: %s", qPrintable(error->message));
    return std::get<T>(answer);
}

struct PresetAction {
    QString name;
    QString code;
    QJsonArray dependencies{};
};

// Creates and deploys the Action; returns its id.
QString deploy(TenantStore &store, const QString &trigger, const PresetAction &action)
{
    const QString triggerVersion = trigger == PostLoginTrigger ? QStringLiteral("v3") : QStringLiteral("v1");
    const auto created = store.actions().create(
        {{QStringLiteral("name"), action.name},
         {QStringLiteral("supported_triggers"),
          QJsonArray{QJsonObject{{QStringLiteral("id"), trigger}, {QStringLiteral("version"), triggerVersion}}}},
         {QStringLiteral("code"), action.code},
         {QStringLiteral("dependencies"), action.dependencies}});
    const QString id = accepted(created).id;
    accepted(store.actions().deploy(id));
    return id;
}

void bindPostLogin(TenantStore &store, const QString &actionId)
{
    accepted(store.actions().replaceBindings(
        PostLoginTrigger, QJsonArray{QJsonObject{
                              {QStringLiteral("ref"), QJsonObject{{QStringLiteral("type"), QStringLiteral("action_id")},
                                                                  {QStringLiteral("value"), actionId}}}}}));
}

void addExchangeProfile(TenantStore &store, const QString &name, const QString &actionId)
{
    accepted(
        store.exchangeProfiles().create({{QStringLiteral("name"), name},
                                         {QStringLiteral("subject_token_type"), QLatin1String(DeviceTokenSubjectType)},
                                         {QStringLiteral("action_id"), actionId},
                                         {QStringLiteral("type"), QStringLiteral("custom_authentication")}},
                                        store.actions()));
}

void allowExchangeProfiles(TenantStore &store, bool allowed)
{
    const QJsonArray types = allowed ? QJsonArray{QStringLiteral("custom_authentication")} : QJsonArray{};
    const auto patched = store.patchClient(
        QStringLiteral("demo-exchange"),
        {{QStringLiteral("token_exchange"), QJsonObject{{QStringLiteral("allow_any_profile_of_type"), types}}}});
    if (!patched)
        qFatal("the demo tenant refused its own Action preset: %s", qPrintable(patched.error().message));
}

} // namespace

QString actionPresetName(ActionPreset preset)
{
    for (const PresetName &entry : PresetNames) {
        if (entry.preset == preset)
            return QLatin1String(entry.name);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ActionPreset> actionPresetFromName(const QString &name)
{
    for (const PresetName &entry : PresetNames) {
        if (name == QLatin1String(entry.name))
            return entry.preset;
    }
    return std::nullopt;
}

QStringList actionPresetNames()
{
    QStringList names;
    for (const PresetName &entry : PresetNames)
        names << QLatin1String(entry.name);
    return names;
}

QString ActionPresets::title(ActionPreset preset)
{
    switch (preset) {
    case ActionPreset::Builtin:
        return tr("Built-in simulation");
    case ActionPreset::Article:
        return tr("Support article's Actions");
    case ActionPreset::Decoded:
        return tr("Unverified token exchange");
    case ActionPreset::Fixed:
        return tr("OrgLens' fixed Actions");
    case ActionPreset::None:
        return tr("No Actions");
    }
    Q_UNREACHABLE();
    return {};
}

QString ActionPresets::describe(ActionPreset preset)
{
    switch (preset) {
    case ActionPreset::Builtin:
        return tr("No Actions deployed: the tenant itself adds the namespaced org claim on device logins and "
                  "verifies subject tokens before an exchange.");
    case ActionPreset::Article:
        return tr("The support article's Actions as published: the org claim only on device logins, and an exchange "
                  "whose placeholder validateToken accepts any subject token.");
    case ActionPreset::Decoded:
        return tr("The article's Post-Login Action and an exchange that decodes the subject token without verifying "
                  "it: forged tokens are accepted for any user.");
    case ActionPreset::Fixed:
        return tr("OrgLens' Actions: the org claim on every login including refresh, and an exchange that verifies "
                  "the subject token against the tenant's keys.");
    case ActionPreset::None:
        return tr("No Actions, no token exchange profile: tokens carry no organization claim and exchanges fail.");
    }
    Q_UNREACHABLE();
    return {};
}

void installActionPreset(TenantStore &store, ActionPreset preset, const PresetTenant &tenant)
{
    switch (preset) {
    case ActionPreset::Builtin:
        return;
    case ActionPreset::None:
        allowExchangeProfiles(store, false);
        return;
    case ActionPreset::Article:
    case ActionPreset::Decoded: {
        bindPostLogin(store, deploy(store, PostLoginTrigger,
                                    {QStringLiteral("Add org_id claim (support article)"),
                                     bundledAction("article-post-login.js")}));
        const bool article = preset == ActionPreset::Article;
        const QString exchange =
            deploy(store, TokenExchangeTrigger,
                   {article ? QStringLiteral("Token exchange (support article)")
                            : QStringLiteral("Token exchange (decodes the subject token)"),
                    bundledAction(article ? "article-token-exchange.js" : "decoded-token-exchange.js")});
        addExchangeProfile(store, QStringLiteral("Device access tokens"), exchange);
        break;
    }
    case ActionPreset::Fixed: {
        using explain::ActionKind;
        const explain::ActionSettings settings{tenant.claimNamespace, tenant.issuer, tenant.audience,
                                               QLatin1String(DeviceTokenSubjectType)};
        bindPostLogin(store, deploy(store, PostLoginTrigger,
                                    {explain::deployedActionName(ActionKind::PostLogin),
                                     explain::postLoginAction(tenant.claimNamespace)}));
        const QString exchange =
            deploy(store, TokenExchangeTrigger,
                   {explain::deployedActionName(ActionKind::TokenExchange), explain::tokenExchangeAction(settings),
                    explain::actionDependencies(ActionKind::TokenExchange)});
        addExchangeProfile(store, QStringLiteral("Device access tokens"), exchange);
        break;
    }
    }
    allowExchangeProfiles(store, true);
}

} // namespace orglens::demo
