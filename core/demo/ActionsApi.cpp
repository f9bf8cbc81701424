#include "ActionsApi.h"

#include "ActionRunner.h"
#include "DemoTenant.h"
#include "ManagementApi.h"
#include "Paging.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace orglens::demo {

namespace {

using Method = QHttpServerRequest::Method;

const QString ReadActions = QStringLiteral("read:actions");
const QString CreateActions = QStringLiteral("create:actions");
const QString UpdateActions = QStringLiteral("update:actions");
const QString DeleteActions = QStringLiteral("delete:actions");
const QString ReadProfiles = QStringLiteral("read:token_exchange_profiles");
const QString CreateProfiles = QStringLiteral("create:token_exchange_profiles");
const QString UpdateProfiles = QStringLiteral("update:token_exchange_profiles");
const QString DeleteProfiles = QStringLiteral("delete:token_exchange_profiles");

// Every trigger's version, as GET /actions/triggers lists them.
const QList<std::pair<QString, QString>> TriggerVersions{
    {QStringLiteral("post-login"), QStringLiteral("v3")},
    {QStringLiteral("credentials-exchange"), QStringLiteral("v2")},
    {QStringLiteral("pre-user-registration"), QStringLiteral("v2")},
    {QStringLiteral("post-user-registration"), QStringLiteral("v2")},
    {QStringLiteral("post-change-password"), QStringLiteral("v2")},
    {QStringLiteral("send-phone-message"), QStringLiteral("v2")},
    {QStringLiteral("password-reset-post-challenge"), QStringLiteral("v1")},
    {QStringLiteral("custom-token-exchange"), QStringLiteral("v1")}};

template <typename T>
QHttpServerResponse errorOr(const ActionStore::Answer<T> &answer,
                            const std::function<QHttpServerResponse(const T &)> &ok)
{
    if (const auto *error = std::get_if<ManagementError>(&answer))
        return error->toResponse();
    return ok(std::get<T>(answer));
}

std::optional<QJsonObject> jsonBody(const DemoRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QHttpServerResponse invalidJson()
{
    return ManagementError::badRequest(QStringLiteral("Payload validation error: 'Invalid JSON'."),
                                       QStringLiteral("invalid_body"))
        .toResponse();
}

// Offset paging as the Actions endpoints answer it: always {<key>: [...], total, page, per_page}.
QHttpServerResponse pageOf(const DemoRequest &request, const QJsonArray &all, const QString &key)
{
    const QUrlQuery query(request.url);
    const int page = qMax(0, query.queryItemValue(QStringLiteral("page")).toInt());
    const int perPage = query.hasQueryItem(QStringLiteral("per_page"))
                            ? qBound(1, query.queryItemValue(QStringLiteral("per_page")).toInt(), 100)
                            : 50;
    QJsonArray slice;
    for (qsizetype index = qsizetype(page) * perPage; index < all.size() && slice.size() < perPage; ++index)
        slice.append(all.at(index));
    return QHttpServerResponse(QJsonObject{{key, slice},
                                           {QStringLiteral("total"), all.size()},
                                           {QStringLiteral("page"), page},
                                           {QStringLiteral("per_page"), perPage}});
}

QJsonArray bindingsJson(const ActionStore &store, const QList<Binding> &bindings)
{
    QJsonArray items;
    for (const Binding &binding : bindings)
        items.append(store.bindingJson(binding));
    return items;
}

QHttpServerResponse withStatus(const QJsonObject &body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(body, status);
}

// What POST /actions/actions/{id}/test answers in `payload`: the api calls in order, the console output, the error.
QJsonObject testResult(const ActionOutcome &outcome)
{
    QJsonArray commands;
    for (const QJsonValue &call : outcome.calls) {
        QJsonArray args = call.toArray();
        const QString name = args.takeAt(0).toString();
        commands.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("args"), args}});
    }
    const QJsonValue error = outcome.ok ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(QJsonObject{{QStringLiteral("name"), outcome.errorName},
                                                                 {QStringLiteral("message"), outcome.errorMessage}});
    return {{QStringLiteral("commands"), commands},
            {QStringLiteral("logs"), outcome.logs.join(QLatin1Char('\n'))},
            {QStringLiteral("error"), error},
            {QStringLiteral("stats"), QJsonObject{{QStringLiteral("total_runtime_ms"), outcome.durationMs}}}};
}

} // namespace

void ActionsApi::registerRoutes(DemoRouter &router, ManagementApi &management)
{
    const auto route = [&](const char *path, Method method, const QString &scope, ManagementApi::RouteHandler handler) {
        router.route(QLatin1String(path), method, management.guarded({scope}, std::move(handler)));
    };
    using Arguments = QStringList;
    route("/api/v2/actions/actions", Method::Get, ReadActions,
          [this](const DemoRequest &r, const Arguments &) { return listActions(r); });
    route("/api/v2/actions/actions", Method::Post, CreateActions,
          [this](const DemoRequest &r, const Arguments &) { return createAction(r); });
    route("/api/v2/actions/actions/<arg>", Method::Get, ReadActions,
          [this](const DemoRequest &, const Arguments &a) { return getAction(a.at(0)); });
    route("/api/v2/actions/actions/<arg>", Method::Patch, UpdateActions,
          [this](const DemoRequest &r, const Arguments &a) { return updateAction(a.at(0), r); });
    route("/api/v2/actions/actions/<arg>", Method::Delete, DeleteActions,
          [this](const DemoRequest &r, const Arguments &a) { return deleteAction(a.at(0), r); });
    route("/api/v2/actions/actions/<arg>/deploy", Method::Post, CreateActions,
          [this](const DemoRequest &, const Arguments &a) { return deployAction(a.at(0)); });
    route("/api/v2/actions/actions/<arg>/test", Method::Post, CreateActions,
          [this](const DemoRequest &r, const Arguments &a) { return testAction(a.at(0), r); });
    route("/api/v2/actions/actions/<arg>/versions", Method::Get, ReadActions,
          [this](const DemoRequest &r, const Arguments &a) { return listVersions(a.at(0), r); });
    route("/api/v2/actions/actions/<arg>/versions/<arg>", Method::Get, ReadActions,
          [this](const DemoRequest &, const Arguments &a) { return getVersion(a.at(0), a.at(1)); });
    route("/api/v2/actions/actions/<arg>/versions/<arg>/deploy", Method::Post, CreateActions,
          [this](const DemoRequest &, const Arguments &a) { return rollBack(a.at(0), a.at(1)); });
    route("/api/v2/actions/triggers", Method::Get, ReadActions,
          [this](const DemoRequest &, const Arguments &) { return listTriggers(); });
    route("/api/v2/actions/triggers/<arg>/bindings", Method::Get, ReadActions,
          [this](const DemoRequest &r, const Arguments &a) { return getBindings(a.at(0), r); });
    route("/api/v2/actions/triggers/<arg>/bindings", Method::Patch, UpdateActions,
          [this](const DemoRequest &r, const Arguments &a) { return replaceBindings(a.at(0), r); });
    route("/api/v2/actions/executions/<arg>", Method::Get, ReadActions,
          [this](const DemoRequest &, const Arguments &a) { return getExecution(a.at(0)); });
    route("/api/v2/token-exchange-profiles", Method::Get, ReadProfiles,
          [this](const DemoRequest &r, const Arguments &) { return listProfiles(r); });
    route("/api/v2/token-exchange-profiles", Method::Post, CreateProfiles,
          [this](const DemoRequest &r, const Arguments &) { return createProfile(r); });
    route("/api/v2/token-exchange-profiles/<arg>", Method::Get, ReadProfiles,
          [this](const DemoRequest &, const Arguments &a) { return getProfile(a.at(0)); });
    route("/api/v2/token-exchange-profiles/<arg>", Method::Patch, UpdateProfiles,
          [this](const DemoRequest &r, const Arguments &a) { return updateProfile(a.at(0), r); });
    route("/api/v2/token-exchange-profiles/<arg>", Method::Delete, DeleteProfiles,
          [this](const DemoRequest &, const Arguments &a) { return deleteProfile(a.at(0)); });
}

DemoReply ActionsApi::testAction(const QString &id, const DemoRequest &request)
{
    const Action *action = m_tenant.store().actions().find(id);
    if (!action)
        return ActionStore::actionNotFound().toResponse();
    const auto body = jsonBody(request);
    if (!body)
        return invalidJson();
    if (!body->value(QLatin1String("payload")).isObject()) {
        return ManagementError::badRequest(
                   QStringLiteral(
                       "Payload validation error: 'Missing required property: payload' on property payload."),
                   QStringLiteral("invalid_body"))
            .toResponse();
    }
    if (const QString reason = ActionRunner::unavailableReason(); !reason.isEmpty())
        return ManagementError::fromError(503, Error{QStringLiteral("temporarily_unavailable"), reason}).toResponse();
    // The event is the caller's payload; the Action's secrets are added as Auth0 adds them to every execution.
    QJsonObject event = body->value(QLatin1String("payload")).toObject();
    event.insert(QStringLiteral("secrets"), action->secretValues());
    const QString handler = action->supportsTrigger(TokenExchangeTrigger)
                                ? QStringLiteral("onExecuteCustomTokenExchange")
                                : QStringLiteral("onExecutePostLogin");
    auto deferred = std::make_shared<DeferredReply>();
    m_tenant.actionRunner().run(
        {action->code, handler, event, action->dependencies, m_tenant.options().actionTimeoutMs}, &m_tenant,
        [deferred](const ActionOutcome &outcome) {
            deferred->resolve(QHttpServerResponse(QJsonObject{{QStringLiteral("payload"), testResult(outcome)}}));
        });
    return DemoReply::later(deferred);
}

QHttpServerResponse ActionsApi::listActions(const DemoRequest &request) const
{
    const ActionStore &store = m_tenant.store().actions();
    const QUrlQuery query(request.url);
    const QString triggerId = query.queryItemValue(QStringLiteral("triggerId"), QUrl::FullyDecoded);
    const QString name = query.queryItemValue(QStringLiteral("actionName"), QUrl::FullyDecoded);
    const QString deployed = query.queryItemValue(QStringLiteral("deployed"));
    QJsonArray matching;
    for (const Action &action : store.actions()) {
        if ((!triggerId.isEmpty() && !action.supportsTrigger(triggerId)) || (!name.isEmpty() && action.name != name) ||
            (!deployed.isEmpty() && (deployed == QLatin1String("true")) != (action.deployedVersion() != nullptr)))
            continue;
        matching.append(store.actionJson(action));
    }
    return pageOf(request, matching, QStringLiteral("actions"));
}

QHttpServerResponse ActionsApi::createAction(const DemoRequest &request)
{
    const auto body = jsonBody(request);
    if (!body)
        return invalidJson();
    ActionStore &store = m_tenant.store().actions();
    return errorOr<Action>(store.create(*body), [&](const Action &action) {
        return withStatus(store.actionJson(action), QHttpServerResponse::StatusCode::Created);
    });
}

QHttpServerResponse ActionsApi::getAction(const QString &id) const
{
    const ActionStore &store = m_tenant.store().actions();
    const Action *action = store.find(id);
    if (!action)
        return ActionStore::actionNotFound().toResponse();
    return QHttpServerResponse(store.actionJson(*action));
}

QHttpServerResponse ActionsApi::updateAction(const QString &id, const DemoRequest &request)
{
    const auto body = jsonBody(request);
    if (!body)
        return invalidJson();
    ActionStore &store = m_tenant.store().actions();
    return errorOr<Action>(store.update(id, *body),
                           [&](const Action &action) { return QHttpServerResponse(store.actionJson(action)); });
}

QHttpServerResponse ActionsApi::deleteAction(const QString &id, const DemoRequest &request)
{
    const bool force = QUrlQuery(request.url).queryItemValue(QStringLiteral("force")) == QLatin1String("true");
    if (const auto error = m_tenant.store().actions().remove(id, force))
        return error->toResponse();
    return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
}

QHttpServerResponse ActionsApi::deployAction(const QString &id)
{
    ActionStore &store = m_tenant.store().actions();
    return errorOr<ActionVersion>(store.deploy(id), [&](const ActionVersion &version) {
        return withStatus(store.versionJson(*store.find(id), version), QHttpServerResponse::StatusCode::Accepted);
    });
}

QHttpServerResponse ActionsApi::listVersions(const QString &id, const DemoRequest &request) const
{
    const ActionStore &store = m_tenant.store().actions();
    const Action *action = store.find(id);
    if (!action)
        return ActionStore::actionNotFound().toResponse();
    QJsonArray versions;
    for (auto version = action->versions.crbegin(); version != action->versions.crend(); ++version)
        versions.append(store.versionJson(*action, *version)); // newest first, as Auth0 lists them
    return pageOf(request, versions, QStringLiteral("versions"));
}

QHttpServerResponse ActionsApi::getVersion(const QString &actionId, const QString &versionId) const
{
    const ActionStore &store = m_tenant.store().actions();
    if (const Action *action = store.find(actionId)) {
        for (const ActionVersion &version : action->versions) {
            if (version.id == versionId)
                return QHttpServerResponse(store.versionJson(*action, version));
        }
    }
    return ActionStore::versionNotFound().toResponse();
}

QHttpServerResponse ActionsApi::rollBack(const QString &actionId, const QString &versionId)
{
    ActionStore &store = m_tenant.store().actions();
    return errorOr<ActionVersion>(store.rollBack(actionId, versionId), [&](const ActionVersion &version) {
        return withStatus(store.versionJson(*store.find(actionId), version), QHttpServerResponse::StatusCode::Accepted);
    });
}

QHttpServerResponse ActionsApi::listTriggers() const
{
    QJsonArray triggers;
    for (const auto &[id, version] : TriggerVersions)
        triggers.append(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("version"), version},
                        {QStringLiteral("status"), QStringLiteral("CURRENT")},
                        {QStringLiteral("runtimes"), QJsonArray{QStringLiteral("node18"), QStringLiteral("node22")}},
                        {QStringLiteral("default_runtime"), QStringLiteral("node22")}});
    return QHttpServerResponse(QJsonObject{{QStringLiteral("triggers"), triggers}});
}

QHttpServerResponse ActionsApi::getBindings(const QString &triggerId, const DemoRequest &request) const
{
    const ActionStore &store = m_tenant.store().actions();
    return errorOr<QList<Binding>>(store.bindings(triggerId), [&](const QList<Binding> &bindings) {
        return pageOf(request, bindingsJson(store, bindings), QStringLiteral("bindings"));
    });
}

QHttpServerResponse ActionsApi::replaceBindings(const QString &triggerId, const DemoRequest &request)
{
    const auto body = jsonBody(request);
    if (!body)
        return invalidJson();
    if (!body->value(QLatin1String("bindings")).isArray())
        return ManagementError::badRequest(QStringLiteral("Payload validation error: 'Missing required property: "
                                                          "bindings'."),
                                           QStringLiteral("invalid_body"))
            .toResponse();
    ActionStore &store = m_tenant.store().actions();
    return errorOr<QList<Binding>>(store.replaceBindings(triggerId, body->value(QLatin1String("bindings")).toArray()),
                                   [&](const QList<Binding> &bindings) {
                                       QJsonArray items;
                                       for (const Binding &binding : bindings)
                                           items.append(store.bindingJson(binding));
                                       return QHttpServerResponse(QJsonObject{{QStringLiteral("bindings"), items}});
                                   });
}

QHttpServerResponse ActionsApi::getExecution(const QString &id) const
{
    if (const auto execution = m_tenant.store().actions().execution(id))
        return QHttpServerResponse(*execution);
    return ManagementError::notFound(QStringLiteral("That execution does not exist."), QStringLiteral("not_found"))
        .toResponse();
}

QHttpServerResponse ActionsApi::listProfiles(const DemoRequest &request) const
{
    QJsonArray profiles;
    for (const TokenExchangeProfile &profile : m_tenant.store().exchangeProfiles().profiles())
        profiles.append(profile.toJson());
    // Auth0 pages this list with checkpoints only (from, take).
    const auto paging = Paging::fromQuery(QUrlQuery(request.url), true);
    if (const auto *error = std::get_if<ManagementError>(&paging))
        return error->toResponse();
    const Paging &pages = std::get<Paging>(paging);
    if (!pages.isCheckpoint())
        return QHttpServerResponse(QJsonObject{{QStringLiteral("token_exchange_profiles"), profiles}});
    return QHttpServerResponse(pages.apply(profiles, QStringLiteral("token_exchange_profiles")).toObject());
}

QHttpServerResponse ActionsApi::createProfile(const DemoRequest &request)
{
    const auto body = jsonBody(request);
    if (!body)
        return invalidJson();
    TenantStore &store = m_tenant.store();
    return errorOr<TokenExchangeProfile>(
        store.exchangeProfiles().create(*body, store.actions()), [](const TokenExchangeProfile &profile) {
            return withStatus(profile.toJson(), QHttpServerResponse::StatusCode::Created);
        });
}

QHttpServerResponse ActionsApi::getProfile(const QString &id) const
{
    const TokenExchangeProfile *profile = m_tenant.store().exchangeProfiles().find(id);
    return profile ? QHttpServerResponse(profile->toJson()) : ExchangeProfileStore::notFound().toResponse();
}

QHttpServerResponse ActionsApi::updateProfile(const QString &id, const DemoRequest &request)
{
    const auto body = jsonBody(request);
    if (!body)
        return invalidJson();
    TenantStore &store = m_tenant.store();
    return errorOr<TokenExchangeProfile>(
        store.exchangeProfiles().update(id, *body, store.actions()),
        [](const TokenExchangeProfile &profile) { return QHttpServerResponse(profile.toJson()); });
}

QHttpServerResponse ActionsApi::deleteProfile(const QString &id)
{
    if (const auto error = m_tenant.store().exchangeProfiles().remove(id))
        return error->toResponse();
    return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
}

} // namespace orglens::demo
