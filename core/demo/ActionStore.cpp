#include "ActionStore.h"

#include <QUuid>

#include <algorithm>

namespace orglens::demo {

namespace {

const QString InvalidBody = QStringLiteral("invalid_body");

// Auth0's trigger ids; the demo tenant runs post-login and custom-token-exchange, stores the others.
const QStringList KnownTriggers{QStringLiteral("post-login"),
                                QStringLiteral("credentials-exchange"),
                                QStringLiteral("pre-user-registration"),
                                QStringLiteral("post-user-registration"),
                                QStringLiteral("post-change-password"),
                                QStringLiteral("send-phone-message"),
                                QStringLiteral("password-reset-post-challenge"),
                                QStringLiteral("custom-token-exchange")};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

ManagementError invalidBody(const QString &what)
{
    return ManagementError::badRequest(QStringLiteral("Payload validation error: %1").arg(what), InvalidBody);
}

// "Payload validation error" texts for a property that must be an array of objects each with string `keys`.
std::optional<ManagementError> checkObjectArray(const QJsonObject &body, const QString &property,
                                                const QStringList &keys)
{
    if (!body.contains(property))
        return std::nullopt;
    if (!body.value(property).isArray())
        return invalidBody(
            QStringLiteral("'Expected type array but found type %1' on property %2.")
                .arg(body.value(property).isObject() ? QStringLiteral("object") : QStringLiteral("string"), property));
    const QJsonArray items = body.value(property).toArray();
    for (qsizetype index = 0; index < items.size(); ++index) {
        for (const QString &key : keys) {
            if (!items.at(index).toObject().value(key).isString())
                return invalidBody(QStringLiteral("'Missing required property: %1' on property %2[%3].")
                                       .arg(key, property)
                                       .arg(index));
        }
    }
    return std::nullopt;
}

} // namespace

bool Action::supportsTrigger(const QString &triggerId) const
{
    return std::any_of(supportedTriggers.cbegin(), supportedTriggers.cend(), [&](const QJsonValue &trigger) {
        return trigger.toObject().value(QLatin1String("id")).toString() == triggerId;
    });
}

const ActionVersion *Action::deployedVersion() const
{
    const auto found = std::find_if(versions.cbegin(), versions.cend(),
                                    [this](const ActionVersion &version) { return version.number == deployedNumber; });
    return found == versions.cend() ? nullptr : &*found;
}

bool Action::allChangesDeployed() const
{
    const ActionVersion *deployed = deployedVersion();
    return deployed && deployed->code == code && deployed->dependencies == dependencies && deployed->runtime == runtime;
}

QJsonObject Action::secretValues() const
{
    QJsonObject values;
    for (const ActionSecret &secret : secrets)
        values.insert(secret.name, secret.value);
    return values;
}

ManagementError ActionStore::actionNotFound()
{
    return ManagementError::notFound(QStringLiteral("That action does not exist."), QStringLiteral("not_found"));
}

ManagementError ActionStore::versionNotFound()
{
    return ManagementError::notFound(QStringLiteral("That action version does not exist."),
                                     QStringLiteral("not_found"));
}

bool ActionStore::isKnownTrigger(const QString &triggerId)
{
    return KnownTriggers.contains(triggerId);
}

const Action *ActionStore::find(const QString &id) const
{
    const auto found =
        std::find_if(m_actions.cbegin(), m_actions.cend(), [&](const Action &action) { return action.id == id; });
    return found == m_actions.cend() ? nullptr : &*found;
}

Action *ActionStore::findMutable(const QString &id)
{
    return const_cast<Action *>(std::as_const(*this).find(id));
}

std::optional<ManagementError> ActionStore::applyBody(Action &action, const QJsonObject &body, bool creating)
{
    if (creating && !body.value(QLatin1String("name")).isString())
        return invalidBody(QStringLiteral("'Missing required property: name'."));
    if (creating && !body.value(QLatin1String("supported_triggers")).isArray())
        return invalidBody(QStringLiteral("'Missing required property: supported_triggers'."));
    if (body.contains(QLatin1String("code")) && !body.value(QLatin1String("code")).isString())
        return invalidBody(QStringLiteral("'Expected type string' on property code."));
    for (const auto &[property, keys] :
         {std::pair{QStringLiteral("supported_triggers"), QStringList{QStringLiteral("id")}},
          std::pair{QStringLiteral("dependencies"), QStringList{QStringLiteral("name"), QStringLiteral("version")}},
          std::pair{QStringLiteral("secrets"), QStringList{QStringLiteral("name")}}}) {
        if (auto error = checkObjectArray(body, property, keys))
            return error;
    }
    const QJsonArray triggers = body.value(QLatin1String("supported_triggers")).toArray();
    for (const QJsonValue &trigger : triggers) {
        const QString id = trigger.toObject().value(QLatin1String("id")).toString();
        if (!isKnownTrigger(id))
            return invalidBody(
                QStringLiteral("'No enum match for: \"%1\"' on property supported_triggers[0].id.").arg(id));
    }
    const QString name = body.value(QLatin1String("name")).toString(action.name);
    const bool nameTaken = std::any_of(m_actions.cbegin(), m_actions.cend(), [&](const Action &other) {
        return other.name == name && other.id != action.id;
    });
    if (nameTaken)
        return ManagementError{409, QStringLiteral("An action with the name '%1' already exists.").arg(name),
                               QStringLiteral("conflict")};

    const QDateTime now = m_clock->now();
    action.name = name;
    if (body.contains(QLatin1String("supported_triggers")))
        action.supportedTriggers = triggers;
    action.code = body.value(QLatin1String("code")).toString(action.code);
    if (body.contains(QLatin1String("dependencies")))
        action.dependencies = body.value(QLatin1String("dependencies")).toArray();
    action.runtime = body.value(QLatin1String("runtime")).toString(action.runtime);
    if (body.contains(QLatin1String("secrets"))) {
        // Auth0 replaces the list; a secret sent without a value keeps the value it had.
        QList<ActionSecret> secrets;
        for (const QJsonValue &item : body.value(QLatin1String("secrets")).toArray()) {
            const QJsonObject secret = item.toObject();
            const QString secretName = secret.value(QLatin1String("name")).toString();
            QString value = secret.value(QLatin1String("value")).toString();
            if (!secret.contains(QLatin1String("value"))) {
                for (const ActionSecret &old : std::as_const(action.secrets))
                    value = old.name == secretName ? old.value : value;
            }
            secrets.append({secretName, value, now});
        }
        action.secrets = secrets;
    }
    action.updatedAt = now;
    action.builtAt = now.addMSecs(m_buildMs);
    return std::nullopt;
}

ActionStore::Answer<Action> ActionStore::create(const QJsonObject &body)
{
    Action action;
    action.id = newId();
    action.createdAt = m_clock->now();
    if (auto error = applyBody(action, body, true))
        return *error;
    m_actions.push_back(action);
    return action;
}

ActionStore::Answer<Action> ActionStore::update(const QString &id, const QJsonObject &body)
{
    Action *action = findMutable(id);
    if (!action)
        return actionNotFound();
    Action changed = *action;
    if (auto error = applyBody(changed, body, false))
        return *error;
    *action = changed;
    return *action;
}

std::optional<ManagementError> ActionStore::remove(const QString &id, bool force)
{
    if (!find(id))
        return actionNotFound();
    const bool bound = std::any_of(m_bindings.cbegin(), m_bindings.cend(),
                                   [&](const Binding &binding) { return binding.actionId == id; });
    if (bound && !force)
        return ManagementError::badRequest(
            QStringLiteral("The action is bound to a trigger: remove the binding first, or delete with force=true."),
            QStringLiteral("action_bound"));
    std::erase_if(m_bindings, [&](const Binding &binding) { return binding.actionId == id; });
    std::erase_if(m_actions, [&](const Action &action) { return action.id == id; });
    return std::nullopt;
}

ActionStore::Answer<ActionVersion> ActionStore::addVersion(Action &action, const QString &code,
                                                           const QJsonArray &dependencies, const QString &runtime)
{
    ActionVersion version;
    version.id = newId();
    version.number = action.versions.empty() ? 1 : action.versions.back().number + 1;
    version.code = code;
    version.dependencies = dependencies;
    version.runtime = runtime;
    version.createdAt = m_clock->now();
    action.versions.push_back(version);
    action.deployedNumber = version.number;
    return version;
}

ActionStore::Answer<ActionVersion> ActionStore::deploy(const QString &id)
{
    Action *action = findMutable(id);
    if (!action)
        return actionNotFound();
    if (m_clock->now() < action->builtAt)
        return ManagementError::badRequest(
            QStringLiteral("A draft must be in the 'built' state before it can be deployed."),
            QStringLiteral("invalid_body"));
    return addVersion(*action, action->code, action->dependencies, action->runtime);
}

ActionStore::Answer<ActionVersion> ActionStore::rollBack(const QString &actionId, const QString &versionId)
{
    Action *action = findMutable(actionId);
    if (!action)
        return actionNotFound();
    const auto old = std::find_if(action->versions.cbegin(), action->versions.cend(),
                                  [&](const ActionVersion &version) { return version.id == versionId; });
    if (old == action->versions.cend())
        return versionNotFound();
    const ActionVersion source = *old; // addVersion() may reallocate the list
    return addVersion(*action, source.code, source.dependencies, source.runtime);
}

ActionStore::Answer<QList<Binding>> ActionStore::bindings(const QString &triggerId) const
{
    if (!isKnownTrigger(triggerId))
        return ManagementError::notFound(QStringLiteral("That trigger does not exist."), QStringLiteral("not_found"));
    QList<Binding> list;
    for (const Binding &binding : m_bindings) {
        if (binding.triggerId == triggerId)
            list.append(binding);
    }
    return list;
}

ActionStore::Answer<QList<Binding>> ActionStore::replaceBindings(const QString &triggerId, const QJsonArray &refs)
{
    const auto current = bindings(triggerId);
    if (const auto *error = std::get_if<ManagementError>(&current))
        return *error;
    QList<Binding> replacement;
    for (qsizetype index = 0; index < refs.size(); ++index) {
        const QJsonObject entry = refs.at(index).toObject();
        const QJsonObject ref = entry.value(QLatin1String("ref")).toObject();
        const QString type = ref.value(QLatin1String("type")).toString();
        const QString value = ref.value(QLatin1String("value")).toString();
        const Action *action = nullptr;
        if (type == QLatin1String("action_id")) {
            action = find(value);
        } else if (type == QLatin1String("action_name")) {
            const auto named = std::find_if(m_actions.cbegin(), m_actions.cend(),
                                            [&](const Action &candidate) { return candidate.name == value; });
            action = named == m_actions.cend() ? nullptr : &*named;
        } else if (type == QLatin1String("binding_id")) {
            for (const Binding &binding : std::get<QList<Binding>>(current))
                action = binding.id == value ? find(binding.actionId) : action;
        } else {
            return invalidBody(
                QStringLiteral("'No enum match for: \"%1\"' on property bindings[%2].ref.type.").arg(type).arg(index));
        }
        if (!action)
            return ManagementError::notFound(
                QStringLiteral("Action with %1 '%2' does not exist (bindings[%3]).").arg(type, value).arg(index),
                QStringLiteral("not_found"));
        if (!action->deployedVersion())
            return ManagementError::badRequest(
                QStringLiteral("Action '%1' must be deployed before it can be bound.").arg(action->name),
                QStringLiteral("invalid_body"));
        if (!action->supportsTrigger(triggerId))
            return ManagementError::badRequest(
                QStringLiteral("Action '%1' does not support the trigger '%2'.").arg(action->name, triggerId),
                QStringLiteral("invalid_body"));
        // A binding that stays keeps its id; a new one gets a fresh id.
        Binding binding;
        for (const Binding &old : std::get<QList<Binding>>(current))
            binding = old.actionId == action->id ? old : binding;
        if (binding.id.isEmpty()) {
            binding.id = newId();
            binding.createdAt = m_clock->now();
        }
        binding.triggerId = triggerId;
        binding.actionId = action->id;
        binding.displayName = entry.value(QLatin1String("display_name")).toString(action->name);
        replacement.append(binding);
    }
    std::erase_if(m_bindings, [&](const Binding &binding) { return binding.triggerId == triggerId; });
    m_bindings.insert(m_bindings.end(), replacement.cbegin(), replacement.cend());
    return replacement;
}

QList<const Action *> ActionStore::boundActions(const QString &triggerId) const
{
    QList<const Action *> bound;
    for (const Binding &binding : m_bindings) {
        if (binding.triggerId == triggerId)
            bound.append(find(binding.actionId));
    }
    return bound;
}

QString ActionStore::recordExecution(const QString &triggerId, const QList<ActionResult> &results)
{
    const QString id = newId();
    const QDateTime now = m_clock->now();
    QJsonArray items;
    bool failed = false;
    for (const ActionResult &result : results) {
        QJsonObject item{{QStringLiteral("action_name"), result.actionName},
                         {QStringLiteral("started_at"), isoTime(result.startedAt)},
                         {QStringLiteral("ended_at"), isoTime(result.endedAt)},
                         {QStringLiteral("logs"), QJsonArray::fromStringList(result.logs)}};
        if (!result.errorMessage.isEmpty()) {
            item.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("id"), QStringLiteral("execution_error")},
                                                             {QStringLiteral("msg"), result.errorMessage}});
            failed = true;
        }
        items.append(item);
    }
    m_executions.insert(id, {{QStringLiteral("id"), id},
                             {QStringLiteral("trigger_id"), triggerId},
                             {QStringLiteral("status"), failed ? QStringLiteral("failed") : QStringLiteral("final")},
                             {QStringLiteral("results"), items},
                             {QStringLiteral("created_at"), isoTime(now)},
                             {QStringLiteral("updated_at"), isoTime(now)}});
    return id;
}

std::optional<QJsonObject> ActionStore::execution(const QString &id) const
{
    const auto found = m_executions.constFind(id);
    return found == m_executions.cend() ? std::nullopt : std::optional(*found);
}

QJsonObject ActionStore::versionJson(const Action &action, const ActionVersion &version) const
{
    return {{QStringLiteral("id"), version.id},
            {QStringLiteral("action_id"), action.id},
            {QStringLiteral("number"), version.number},
            {QStringLiteral("code"), version.code},
            {QStringLiteral("dependencies"), version.dependencies},
            {QStringLiteral("runtime"), version.runtime},
            {QStringLiteral("supported_triggers"), action.supportedTriggers},
            {QStringLiteral("deployed"), version.number == action.deployedNumber},
            {QStringLiteral("status"), QStringLiteral("built")},
            {QStringLiteral("errors"), QJsonArray()},
            {QStringLiteral("built_at"), isoTime(version.createdAt)},
            {QStringLiteral("created_at"), isoTime(version.createdAt)},
            {QStringLiteral("updated_at"), isoTime(version.createdAt)}};
}

QJsonObject ActionStore::actionJson(const Action &action) const
{
    QJsonArray secrets;
    for (const ActionSecret &secret : action.secrets)
        secrets.append(QJsonObject{{QStringLiteral("name"), secret.name},
                                   {QStringLiteral("updated_at"), isoTime(secret.updatedAt)}});
    QJsonObject json{{QStringLiteral("id"), action.id},
                     {QStringLiteral("name"), action.name},
                     {QStringLiteral("supported_triggers"), action.supportedTriggers},
                     {QStringLiteral("code"), action.code},
                     {QStringLiteral("dependencies"), action.dependencies},
                     {QStringLiteral("runtime"), action.runtime},
                     {QStringLiteral("secrets"), secrets},
                     {QStringLiteral("status"),
                      m_clock->now() < action.builtAt ? QStringLiteral("pending") : QStringLiteral("built")},
                     {QStringLiteral("all_changes_deployed"), action.allChangesDeployed()},
                     {QStringLiteral("created_at"), isoTime(action.createdAt)},
                     {QStringLiteral("updated_at"), isoTime(action.updatedAt)}};
    if (const ActionVersion *deployed = action.deployedVersion())
        json.insert(QStringLiteral("deployed_version"), versionJson(action, *deployed));
    return json;
}

QJsonObject ActionStore::bindingJson(const Binding &binding) const
{
    QJsonObject json{{QStringLiteral("id"), binding.id},
                     {QStringLiteral("trigger_id"), binding.triggerId},
                     {QStringLiteral("display_name"), binding.displayName},
                     {QStringLiteral("created_at"), isoTime(binding.createdAt)},
                     {QStringLiteral("updated_at"), isoTime(binding.createdAt)}};
    if (const Action *action = find(binding.actionId))
        json.insert(QStringLiteral("action"), actionJson(*action));
    return json;
}

} // namespace orglens::demo
