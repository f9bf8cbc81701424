#include "RepairSteps.h"

#include "management/DefaultOrg.h"
#include "management/ManagementClient.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace orglens::repair::steps {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString actionsPath(const QString &id, const QString &rest = {})
{
    return QStringLiteral("actions/actions/") + management::ManagementClient::encodeSegment(id) + rest;
}

const QString BindingsPath = QStringLiteral("actions/triggers/post-login/bindings");
const QString ProfilesPath = QStringLiteral("token-exchange-profiles");

QJsonObject bindingsBody(const QJsonArray &bindings)
{
    QJsonArray refs;
    for (const QJsonValue &binding : bindings) {
        const QJsonObject object = binding.toObject();
        refs.append(QJsonObject{
            {QStringLiteral("ref"), QJsonObject{{QStringLiteral("type"), QStringLiteral("action_id")},
                                                {QStringLiteral("value"), object.value(QLatin1String("action_id"))}}},
            {QStringLiteral("display_name"), object.value(QLatin1String("display_name"))}});
    }
    return {{QStringLiteral("bindings"), refs}};
}

// The first non-null of the step's states: what names the thing the step is about.
QJsonObject known(const RepairStep &step)
{
    return step.after.isObject() ? step.after.toObject() : step.before.toObject();
}

} // namespace

QString newIdPlaceholder(StepKind kind)
{
    return QStringLiteral("{new:%1}").arg(stepKindId(kind));
}

QJsonValue actionState(const QJsonObject &action, const QString &trigger)
{
    if (action.isEmpty())
        return QJsonValue::Null;
    const QJsonObject deployed = action.value(QLatin1String("deployed_version")).toObject();
    return QJsonObject{{QStringLiteral("id"), action.value(QLatin1String("id"))},
                       {QStringLiteral("name"), action.value(QLatin1String("name"))},
                       {QStringLiteral("trigger"), trigger},
                       {QStringLiteral("version_id"), deployed.value(QLatin1String("id")).toString()},
                       {QStringLiteral("version"), deployed.value(QLatin1String("number")).toInt()},
                       {QStringLiteral("code"), deployed.value(QLatin1String("code")).toString()},
                       {QStringLiteral("dependencies"), deployed.value(QLatin1String("dependencies")).toArray()},
                       {QStringLiteral("draft_code"), action.value(QLatin1String("code"))},
                       {QStringLiteral("draft_dependencies"), action.value(QLatin1String("dependencies"))}};
}

QJsonArray bindingsState(const QJsonArray &bindings)
{
    QJsonArray state;
    for (const QJsonValue &binding : bindings) {
        const QJsonObject object = binding.toObject();
        const QJsonObject action = object.value(QLatin1String("action")).toObject();
        state.append(QJsonObject{{QStringLiteral("action_id"), action.value(QLatin1String("id"))},
                                 {QStringLiteral("action_name"), action.value(QLatin1String("name"))},
                                 {QStringLiteral("display_name"), object.value(QLatin1String("display_name"))}});
    }
    return state;
}

QJsonValue profileState(const QJsonObject &profile)
{
    if (profile.isEmpty())
        return QJsonValue::Null;
    QJsonObject state;
    for (const char *key : {"id", "name", "subject_token_type", "action_id", "type"})
        state.insert(QLatin1String(key), profile.value(QLatin1String(key)));
    return state;
}

QJsonObject clientState(const QJsonObject &client)
{
    return {{QStringLiteral("client_id"), client.value(QLatin1String("client_id"))},
            {QStringLiteral("allow_any_profile_of_type"), client.value(QLatin1String("token_exchange"))
                                                              .toObject()
                                                              .value(QLatin1String("allow_any_profile_of_type"))
                                                              .toArray()}};
}

QJsonObject userState(const QJsonObject &user)
{
    const QJsonValue value = management::defaultOrgOf(user);
    return {{QStringLiteral("user_id"), user.value(QLatin1String("user_id"))},
            {QStringLiteral("default_org_id"), value.isUndefined() ? QJsonValue::Null : value}};
}

QJsonValue fingerprint(StepKind kind, const QJsonValue &state)
{
    const QJsonObject object = state.toObject();
    switch (kind) {
    case StepKind::PostLoginAction:
    case StepKind::ExchangeAction:
        return state.isObject()
                   ? QJsonValue(QJsonObject{{QStringLiteral("id"), object.value(QLatin1String("id"))},
                                            {QStringLiteral("version_id"), object.value(QLatin1String("version_id"))},
                                            {QStringLiteral("draft_code"), object.value(QLatin1String("draft_code"))}})
                   : QJsonValue::Null;
    case StepKind::PostLoginBindings: {
        QJsonArray ids;
        for (const QJsonValue &binding : state.toArray())
            ids.append(binding.toObject().value(QLatin1String("action_id")));
        return ids;
    }
    case StepKind::ExchangeProfile:
        return state.isObject()
                   ? QJsonValue(QJsonObject{{QStringLiteral("id"), object.value(QLatin1String("id"))},
                                            {QStringLiteral("action_id"), object.value(QLatin1String("action_id"))}})
                   : QJsonValue::Null;
    case StepKind::ExchangeClient:
        return object.value(QLatin1String("allow_any_profile_of_type"));
    case StepKind::UserDefaultOrg:
        return object.value(QLatin1String("default_org_id"));
    }
    return state;
}

QString describeState(StepKind kind, const QJsonValue &state)
{
    const QJsonObject object = state.toObject();
    if (state.isNull() || state.isUndefined())
        return RepairPlan::tr("absent");
    switch (kind) {
    case StepKind::PostLoginAction:
    case StepKind::ExchangeAction:
        return object.value(QLatin1String("version")).toInt() > 0
                   ? RepairPlan::tr("\"%1\" version %2")
                         .arg(text(object, "name"))
                         .arg(object.value(QLatin1String("version")).toInt())
                   : RepairPlan::tr("\"%1\", never deployed").arg(text(object, "name"));
    case StepKind::PostLoginBindings: {
        QStringList names;
        for (const QJsonValue &binding : state.toArray())
            names << text(binding.toObject(), "action_name");
        return names.isEmpty() ? RepairPlan::tr("no binding")
                               : QStringLiteral("[%1]").arg(names.join(QStringLiteral(", ")));
    }
    case StepKind::ExchangeProfile:
        return RepairPlan::tr("\"%1\" runs Action %2").arg(text(object, "name"), text(object, "action_id"));
    case StepKind::ExchangeClient:
        return QStringLiteral("allow_any_profile_of_type %1")
            .arg(QString::fromUtf8(QJsonDocument(object.value(QLatin1String("allow_any_profile_of_type")).toArray())
                                       .toJson(QJsonDocument::Compact)));
    case StepKind::UserDefaultOrg: {
        const QJsonValue value = object.value(QLatin1String("default_org_id"));
        return QStringLiteral("default_org_id %1").arg(value.isString() ? value.toString() : RepairPlan::tr("(none)"));
    }
    }
    return {};
}

void readState(management::ManagementClient &client, QObject *context, const RepairStep &step,
               std::function<void(const Result<QJsonValue> &)> done)
{
    const QJsonObject subject = known(step);
    const auto failed = [done](const management::ApiResult &result) {
        done(Error{result.error->errorCode, result.error->text()});
    };
    switch (step.kind) {
    case StepKind::PostLoginAction:
    case StepKind::ExchangeAction: {
        const QString trigger = text(subject, "trigger");
        QUrlQuery query{{QStringLiteral("actionName"), text(subject, "name")}, {QStringLiteral("triggerId"), trigger}};
        client.request("GET", QStringLiteral("actions/actions"), query, {}, context,
                       [done, failed, trigger](const management::ApiResult &result) {
                           if (!result.ok())
                               return failed(result);
                           const QJsonArray actions = result.object().value(QLatin1String("actions")).toArray();
                           done(actionState(actions.first().toObject(), trigger));
                       });
        return;
    }
    case StepKind::PostLoginBindings:
        // One page: a trigger has few bindings (as the doctor reads them).
        client.request("GET", BindingsPath, {}, {}, context, [done, failed](const management::ApiResult &result) {
            if (!result.ok())
                return failed(result);
            done(QJsonValue(bindingsState(result.object().value(QLatin1String("bindings")).toArray())));
        });
        return;
    case StepKind::ExchangeProfile: {
        const QString type = text(subject, "subject_token_type");
        client.request("GET", ProfilesPath, {}, {}, context, [done, failed, type](const management::ApiResult &result) {
            if (!result.ok())
                return failed(result);
            for (const QJsonValue &profile :
                 result.object().value(QLatin1String("token_exchange_profiles")).toArray()) {
                if (text(profile.toObject(), "subject_token_type") == type)
                    return done(profileState(profile.toObject()));
            }
            done(QJsonValue(QJsonValue::Null));
        });
        return;
    }
    case StepKind::ExchangeClient:
        client.getClient(text(subject, "client_id"), context, [done, failed](const management::ApiResult &result) {
            if (!result.ok())
                return failed(result);
            done(QJsonValue(clientState(result.object())));
        });
        return;
    case StepKind::UserDefaultOrg:
        client.getUser(text(subject, "user_id"), context, [done, failed](const management::ApiResult &result) {
            if (!result.ok())
                return failed(result);
            done(QJsonValue(userState(result.object())));
        });
        return;
    }
}

QJsonArray otherBindings(const QJsonArray &current, const QString &actionRef, const QStringList &unbind)
{
    QJsonArray others;
    for (const QJsonValue &binding : current) {
        const QString id = text(binding.toObject(), "action_id");
        if (id != actionRef && !unbind.contains(id))
            others.append(binding);
    }
    return others;
}

RepairStep bindingsStep(const QJsonArray &current, const QString &actionRef, const QString &actionName, int position,
                        const QStringList &unbind)
{
    const QJsonArray others = otherBindings(current, actionRef, unbind);
    int currentIndex = -1; // of OrgLens's binding among the others
    bool unbinding = false;
    int kept = 0;
    for (const QJsonValue &binding : current) {
        const QString id = text(binding.toObject(), "action_id");
        if (id == actionRef)
            currentIndex = kept;
        else if (unbind.contains(id))
            unbinding = true;
        else
            ++kept;
    }
    const int at = position < 0 || position > others.size() ? int(others.size()) : position;
    QJsonArray wanted = others;
    wanted.insert(at, QJsonObject{{QStringLiteral("action_id"), actionRef},
                                  {QStringLiteral("action_name"), actionName},
                                  {QStringLiteral("display_name"), actionName}});
    RepairStep step;
    step.kind = StepKind::PostLoginBindings;
    step.title = RepairPlan::tr("Bind the Post-Login Action");
    step.before = current;
    step.scopes = {QStringLiteral("update:actions")};
    // Already bound and nothing to unbind: where it runs is the user's business unless a position was chosen.
    step.needed = currentIndex < 0 || unbinding || (position >= 0 && currentIndex != at);
    if (!step.needed) {
        step.summary = RepairPlan::tr("\"%1\" is bound to post-login: nothing to do.").arg(actionName);
        return step;
    }
    step.summary = RepairPlan::tr("Post-login bindings %1 → %2 (the whole list is written back; every other binding "
                                  "keeps its order).")
                       .arg(describeState(StepKind::PostLoginBindings, current),
                            describeState(StepKind::PostLoginBindings, wanted));
    step.requests = {{"PATCH", BindingsPath, bindingsBody(wanted)}};
    return step;
}

QList<PlannedRequest> undoRequests(const RepairStep &step)
{
    const QJsonObject before = step.before.toObject();
    const QJsonObject after = step.after.toObject();
    switch (step.kind) {
    case StepKind::PostLoginAction:
    case StepKind::ExchangeAction:
        if (!step.before.isObject()) // OrgLens created it: delete it
            return {{"DELETE", actionsPath(text(after, "id")), {}}};
        // Roll the deployed version back, then the draft.
        return {{"POST",
                 actionsPath(text(before, "id"),
                             QStringLiteral("/versions/%1/deploy")
                                 .arg(management::ManagementClient::encodeSegment(text(before, "version_id")))),
                 QJsonObject()},
                {"PATCH", actionsPath(text(before, "id")),
                 QJsonObject{{QStringLiteral("code"), before.value(QLatin1String("draft_code"))},
                             {QStringLiteral("dependencies"), before.value(QLatin1String("draft_dependencies"))}}}};
    case StepKind::PostLoginBindings:
        return {{"PATCH", BindingsPath, bindingsBody(step.before.toArray())}};
    case StepKind::ExchangeProfile: {
        QList<PlannedRequest> requests;
        if (step.after.isObject()) // absent when the repair stopped between deleting and creating
            requests.append(
                {"DELETE", ProfilesPath + u'/' + management::ManagementClient::encodeSegment(text(after, "id")), {}});
        if (step.before.isObject()) { // the profile it replaced, recreated (under a new id)
            QJsonObject recreated = before;
            recreated.remove(QStringLiteral("id"));
            requests.append({"POST", ProfilesPath, recreated});
        }
        return requests;
    }
    case StepKind::ExchangeClient:
        return {{"PATCH",
                 QStringLiteral("clients/") + management::ManagementClient::encodeSegment(text(before, "client_id")),
                 QJsonObject{{QStringLiteral("token_exchange"),
                              QJsonObject{{QStringLiteral("allow_any_profile_of_type"),
                                           before.value(QLatin1String("allow_any_profile_of_type"))}}}}}};
    case StepKind::UserDefaultOrg:
        return {
            {"PATCH", QStringLiteral("users/") + management::ManagementClient::encodeSegment(text(before, "user_id")),
             QJsonObject{
                 {QStringLiteral("app_metadata"),
                  QJsonObject{{QStringLiteral("default_org_id"), before.value(QLatin1String("default_org_id"))}}}}}};
    }
    return {};
}

QStringList undoScopes(const RepairStep &step)
{
    switch (step.kind) {
    case StepKind::PostLoginAction:
    case StepKind::ExchangeAction:
        return step.before.isObject() ? QStringList{QStringLiteral("create:actions"), QStringLiteral("update:actions")}
                                      : QStringList{QStringLiteral("delete:actions")};
    case StepKind::PostLoginBindings:
        return {QStringLiteral("update:actions")};
    case StepKind::ExchangeProfile:
        if (step.before.isObject())
            return {QStringLiteral("delete:token_exchange_profiles"), QStringLiteral("create:token_exchange_profiles")};
        return {QStringLiteral("delete:token_exchange_profiles")};
    case StepKind::ExchangeClient:
        return {QStringLiteral("update:clients")};
    case StepKind::UserDefaultOrg:
        return {QStringLiteral("update:users_app_metadata")};
    }
    return {};
}

bool grants(const QStringList &granted, const QString &scope)
{
    return granted.contains(scope) ||
           (scope == QLatin1String("update:users_app_metadata") && granted.contains(QStringLiteral("update:users")));
}

} // namespace orglens::repair::steps
