#include "ExchangeProfiles.h"

#include "ActionStore.h"
#include "oauth/SubjectTokenType.h"

#include <QUuid>

#include <algorithm>

namespace orglens::demo {

namespace {

// Auth0's limit per tenant.
constexpr size_t MaxProfiles = 100;

ManagementError invalidBody(const QString &what)
{
    return ManagementError::badRequest(QStringLiteral("Payload validation error: %1").arg(what),
                                       QStringLiteral("invalid_body"));
}

} // namespace

QJsonObject TokenExchangeProfile::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("subject_token_type"), subjectTokenType},
            {QStringLiteral("action_id"), actionId},
            {QStringLiteral("type"), type},
            {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated_at"), updatedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

ManagementError ExchangeProfileStore::notFound()
{
    return ManagementError::notFound(QStringLiteral("The token exchange profile does not exist."),
                                     QStringLiteral("not_found"));
}

const TokenExchangeProfile *ExchangeProfileStore::find(const QString &id) const
{
    const auto found = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                    [&](const TokenExchangeProfile &profile) { return profile.id == id; });
    return found == m_profiles.cend() ? nullptr : &*found;
}

const TokenExchangeProfile *ExchangeProfileStore::forSubjectTokenType(const QString &type) const
{
    const auto found = std::find_if(m_profiles.cbegin(), m_profiles.cend(), [&](const TokenExchangeProfile &profile) {
        return profile.subjectTokenType == type;
    });
    return found == m_profiles.cend() ? nullptr : &*found;
}

std::optional<ManagementError> ExchangeProfileStore::apply(TokenExchangeProfile &profile, const QJsonObject &body,
                                                           const ActionStore &actions) const
{
    for (const char *property : {"name", "subject_token_type", "action_id", "type"}) {
        const QJsonValue value = body.value(QLatin1String(property));
        if (!value.isUndefined() && !value.isString())
            return invalidBody(QStringLiteral("'Expected type string' on property %1.").arg(QLatin1String(property)));
    }
    TokenExchangeProfile changed = profile;
    changed.name = body.value(QLatin1String("name")).toString(profile.name);
    changed.subjectTokenType = body.value(QLatin1String("subject_token_type")).toString(profile.subjectTokenType);
    changed.actionId = body.value(QLatin1String("action_id")).toString(profile.actionId);
    changed.type = body.value(QLatin1String("type")).toString(profile.type);
    if (changed.type != QLatin1String("custom_authentication"))
        return invalidBody(QStringLiteral("'No enum match for: \"%1\"' on property type.").arg(changed.type));
    if (!oauth::isUsableSubjectTokenType(changed.subjectTokenType))
        return invalidBody(QStringLiteral("subject_token_type '%1' must be a URI you own (https://… or urn:…), not "
                                          "under auth0.com, okta.com, urn:ietf, urn:auth0 or urn:okta.")
                               .arg(changed.subjectTokenType));
    const TokenExchangeProfile *sameType = forSubjectTokenType(changed.subjectTokenType);
    if (sameType && sameType->id != profile.id)
        return ManagementError{409,
                               QStringLiteral("A token exchange profile for subject_token_type '%1' already exists.")
                                   .arg(changed.subjectTokenType),
                               QStringLiteral("conflict")};
    const Action *action = actions.find(changed.actionId);
    if (!action)
        return ManagementError::badRequest(QStringLiteral("The action '%1' does not exist.").arg(changed.actionId),
                                           QStringLiteral("invalid_body"));
    if (!action->supportsTrigger(TokenExchangeTrigger))
        return ManagementError::badRequest(
            QStringLiteral("The action '%1' does not support the custom-token-exchange trigger.").arg(action->name),
            QStringLiteral("invalid_body"));
    changed.updatedAt = m_clock->now();
    profile = changed;
    return std::nullopt;
}

ExchangeProfileStore::Answer<TokenExchangeProfile> ExchangeProfileStore::create(const QJsonObject &body,
                                                                                const ActionStore &actions)
{
    for (const char *property : {"name", "subject_token_type", "action_id", "type"}) {
        if (!body.contains(QLatin1String(property)))
            return invalidBody(QStringLiteral("'Missing required property: %1'.").arg(QLatin1String(property)));
    }
    if (m_profiles.size() >= MaxProfiles)
        return ManagementError::badRequest(QStringLiteral("A tenant can have at most 100 token exchange profiles."),
                                           QStringLiteral("too_many_entities"));
    TokenExchangeProfile profile;
    profile.id = QStringLiteral("tep_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    profile.createdAt = m_clock->now();
    if (auto error = apply(profile, body, actions))
        return *error;
    m_profiles.push_back(profile);
    return profile;
}

ExchangeProfileStore::Answer<TokenExchangeProfile>
ExchangeProfileStore::update(const QString &id, const QJsonObject &body, const ActionStore &actions)
{
    const auto found = std::find_if(m_profiles.begin(), m_profiles.end(),
                                    [&](const TokenExchangeProfile &profile) { return profile.id == id; });
    if (found == m_profiles.end())
        return notFound();
    if (body.contains(QLatin1String("action_id")) || body.contains(QLatin1String("type")))
        return invalidBody(QStringLiteral("only name and subject_token_type can be changed."));
    if (auto error = apply(*found, body, actions))
        return *error;
    return *found;
}

std::optional<ManagementError> ExchangeProfileStore::remove(const QString &id)
{
    if (!find(id))
        return notFound();
    std::erase_if(m_profiles, [&](const TokenExchangeProfile &profile) { return profile.id == id; });
    return std::nullopt;
}

} // namespace orglens::demo
