#include "RepairPlanner.h"

#include "RepairSteps.h"
#include "doctor/Doctor.h"
#include "doctor/PipelineChecks.h"
#include "explain/ActionTemplates.h"
#include "management/ManagementClient.h"

#include <QJsonArray>
#include <QTimer>

namespace orglens::repair {

using explain::ActionKind;

namespace {

QJsonObject seed(std::initializer_list<std::pair<const char *, QString>> fields)
{
    QJsonObject object;
    for (const auto &[key, value] : fields)
        object.insert(QLatin1String(key), value);
    return object;
}

// What names OrgLens's Action of `kind` for reading it back: its name and trigger.
QJsonObject actionSubject(ActionKind kind)
{
    return seed({{"name", explain::deployedActionName(kind)},
                 {"trigger", explain::actionTrigger(kind).value(QLatin1String("id")).toString()}});
}

// The read scope a step's state needs.
QString readScope(StepKind kind)
{
    switch (kind) {
    case StepKind::PostLoginAction:
    case StepKind::ExchangeAction:
    case StepKind::PostLoginBindings:
        return QStringLiteral("read:actions");
    case StepKind::ExchangeProfile:
        return QStringLiteral("read:token_exchange_profiles");
    case StepKind::ExchangeClient:
        return QStringLiteral("read:clients");
    case StepKind::UserDefaultOrg:
        return QStringLiteral("read:users");
    }
    return {};
}

RepairStep actionStep(StepKind kind, ActionKind action, const QJsonValue &current, const QString &code)
{
    const QString name = explain::deployedActionName(action);
    const QJsonArray dependencies = explain::actionDependencies(action);
    RepairStep step;
    step.kind = kind;
    step.title = action == ActionKind::PostLogin ? RepairPlan::tr("Deploy OrgLens's Post-Login Action")
                                                 : RepairPlan::tr("Deploy OrgLens's Custom Token Exchange Action");
    step.before = current;
    step.after = actionSubject(action);
    const QJsonObject existing = current.toObject();
    const bool deployedAsGenerated = existing.value(QLatin1String("code")).toString() == code &&
                                     existing.value(QLatin1String("dependencies")).toArray() == dependencies &&
                                     existing.value(QLatin1String("draft_code")).toString() == code;
    if (!existing.isEmpty() && deployedAsGenerated) {
        step.summary = RepairPlan::tr("\"%1\" version %2 is deployed with the generated code: nothing to do.")
                           .arg(name)
                           .arg(existing.value(QLatin1String("version")).toInt());
        return step;
    }
    step.needed = true;
    // A placeholder stays readable: the runner puts the created id there, encoded.
    const QString path =
        QStringLiteral("actions/actions/") +
        (existing.isEmpty()
             ? steps::newIdPlaceholder(kind)
             : management::ManagementClient::encodeSegment(existing.value(QLatin1String("id")).toString()));
    if (existing.isEmpty()) {
        step.summary = RepairPlan::tr("Create \"%1\", wait until Auth0 has built it, and deploy it.").arg(name);
        step.scopes = {QStringLiteral("create:actions")};
        step.requests.append(
            {"POST", QStringLiteral("actions/actions"),
             QJsonObject{{QStringLiteral("name"), name},
                         {QStringLiteral("supported_triggers"), QJsonArray{explain::actionTrigger(action)}},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("dependencies"), dependencies},
                         {QStringLiteral("runtime"), QStringLiteral("node22")}}});
    } else {
        step.summary =
            RepairPlan::tr("Update \"%1\" (version %2, created by OrgLens earlier) to the generated code, wait "
                           "until Auth0 has built it, and deploy it; undo rolls back to version %2.")
                .arg(name)
                .arg(existing.value(QLatin1String("version")).toInt());
        step.scopes = {QStringLiteral("update:actions"), QStringLiteral("create:actions")};
        step.requests.append(
            {"PATCH", path,
             QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("dependencies"), dependencies}}});
    }
    step.requests.append({"POST", path + QStringLiteral("/deploy"), QJsonObject()});
    return step;
}

} // namespace

struct RepairPlanner::Reading {
    RepairOptions options;
    Done done;
    QHash<StepKind, QJsonValue> states;
    std::optional<Error> failure;
    QStringList granted;
    std::optional<doctor::DoctorReport> report;
    doctor::TenantPipeline pipeline;
    QString postLoginCode;
    QString exchangeCode;
    int pending = 0;
};

RepairPlanner::RepairPlanner(management::ManagementClient *client, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_client(client), m_network(network)
{
}

void RepairPlanner::plan(const RepairOptions &options, Done done)
{
    const profiles::Profile &profile = options.profile;
    const auto refuse = [this, &done](const QString &message) {
        QTimer::singleShot(0, this, [done, message] {
            done(Error{QStringLiteral("repair_profile_incomplete"), message});
        });
    };
    if (profile.exchangeClientId.isEmpty() || profile.subjectTokenType.isEmpty())
        return refuse(RepairPlan::tr("The repair deploys the token exchange too: the profile needs the exchange "
                                     "application (--exchange-client-id) and the subject_token_type "
                                     "(--subject-token-type)."));
    const auto generated =
        explain::generateActions(explain::actionSettings(profile), {ActionKind::PostLogin, ActionKind::TokenExchange});
    if (!generated)
        return refuse(generated.error().message);

    auto reading = std::make_shared<Reading>();
    reading->options = options;
    reading->done = std::move(done);
    reading->postLoginCode = generated->at(0).code;
    reading->exchangeCode = generated->at(1).code;
    auto *context = new QObject(this); // the requests of this plan; gone with it
    const auto finishOne = [this, reading, context] {
        if (--reading->pending > 0)
            return;
        context->deleteLater();
        if (reading->failure)
            return reading->done(*reading->failure);
        RepairPlan plan;
        plan.options = reading->options;
        plan.grantedScopes = reading->granted;
        plan.doctorBefore = *reading->report;
        plan.userEmail = reading->pipeline.user.value_or(QJsonObject()).value(QLatin1String("email")).toString();
        const auto built = build(plan, *reading);
        if (!built)
            return reading->done(built.error());
        reading->done(plan);
    };

    // What each step would replace, read the way apply will re-read it.
    const auto read = [&](StepKind kind, const QJsonObject &subject) {
        ++reading->pending;
        RepairStep probe;
        probe.kind = kind;
        probe.after = subject;
        steps::readState(*m_client, context, probe, [reading, kind, finishOne](const Result<QJsonValue> &state) {
            if (state)
                reading->states.insert(kind, state.value());
            else if (!reading->failure)
                reading->failure = Error{state.error().code,
                                         state.error().code == QLatin1String("insufficient_scope")
                                             ? RepairPlan::tr("Cannot plan the repair: grant %1 to the Management API "
                                                              "application.")
                                                   .arg(readScope(kind))
                                             : RepairPlan::tr("Cannot plan the repair: %1").arg(state.error().message)};
            finishOne();
        });
    };
    read(StepKind::PostLoginAction, actionSubject(ActionKind::PostLogin));
    read(StepKind::ExchangeAction, actionSubject(ActionKind::TokenExchange));
    read(StepKind::PostLoginBindings, {});
    read(StepKind::ExchangeProfile, seed({{"subject_token_type", profile.subjectTokenType}}));
    read(StepKind::ExchangeClient, seed({{"client_id", profile.exchangeClientId}}));
    if (!options.userId.isEmpty())
        read(StepKind::UserDefaultOrg, seed({{"user_id", options.userId}}));

    ++reading->pending;
    m_client->grantedScopes(context, [reading, finishOne](const Result<QStringList> &scopes) {
        if (scopes)
            reading->granted = scopes.value();
        else if (!reading->failure)
            reading->failure = scopes.error();
        finishOne();
    });

    ++reading->pending;
    auto *doctor = new doctor::Doctor(m_client, m_network, context);
    connect(doctor, &doctor::Doctor::finished, context,
            [reading, doctor, finishOne](const doctor::DoctorReport &report) {
                reading->report = report;
                reading->pipeline = doctor->pipeline();
                finishOne();
            });
    doctor->run({profile, options.userId, options.probeActions, false, {}});
}

Result<bool> RepairPlanner::build(RepairPlan &plan, const Reading &reading)
{
    const RepairOptions &options = reading.options;
    const auto state = [&reading](StepKind kind) { return reading.states.value(kind, QJsonValue::Null); };

    const RepairStep postLogin = actionStep(StepKind::PostLoginAction, ActionKind::PostLogin,
                                            state(StepKind::PostLoginAction), reading.postLoginCode);
    const RepairStep exchange = actionStep(StepKind::ExchangeAction, ActionKind::TokenExchange,
                                           state(StepKind::ExchangeAction), reading.exchangeCode);
    plan.steps = {postLogin, exchange};

    // Someone else's bound Actions that set an org claim too: listed, unbound only when ticked.
    const QString postLoginId = postLogin.before.toObject().value(QLatin1String("id")).toString();
    for (const doctor::DeployedAction &bound : reading.pipeline.postLogin.value_or(QList<doctor::DeployedAction>())) {
        if (bound.id != postLoginId && doctor::setsOrgClaim(bound))
            plan.conflicts.append({bound.id, bound.name,
                                   RepairPlan::tr("\"%1\" (version %2) sets an org claim too. While it stays bound "
                                                  "it runs next to OrgLens's Action, and the doctor checks it first.")
                                       .arg(bound.name)
                                       .arg(bound.version)});
    }
    QStringList unbind;
    const QJsonArray bindings = state(StepKind::PostLoginBindings).toArray();
    for (const QString &wanted : options.unbind) {
        const auto match = std::find_if(bindings.begin(), bindings.end(), [&wanted](const QJsonValue &binding) {
            const QJsonObject object = binding.toObject();
            return object.value(QLatin1String("action_id")).toString() == wanted ||
                   object.value(QLatin1String("action_name")).toString() == wanted;
        });
        if (match == bindings.end())
            return Error{QStringLiteral("unknown_binding"),
                         RepairPlan::tr("No Action named or with the id \"%1\" is bound to post-login.").arg(wanted)};
        unbind << match->toObject().value(QLatin1String("action_id")).toString();
    }
    RepairStep bindingsStep;
    bindingsStep.kind = StepKind::PostLoginBindings;
    bindingsStep.before = bindings;
    plan.steps.append(bindingsStep);
    plan.choose(options.bindingPosition, unbind);

    const auto &profileAction = reading.pipeline.exchangeAction;
    plan.steps.append(profileStep(options.profile, state(StepKind::ExchangeProfile), exchange,
                                  profileAction ? profileAction->name : QString()));
    plan.steps.append(clientStep(state(StepKind::ExchangeClient).toObject()));
    if (!options.userId.isEmpty()) {
        if (options.setDefaultOrg && !reading.pipeline.userOrganizations)
            return Error{
                QStringLiteral("membership_unread"),
                RepairPlan::tr("Cannot check %1's organizations before setting the default: %2.")
                    .arg(options.userId, reading.pipeline.unread.value(QStringLiteral("user's organizations")))};
        const auto user = userStep(options, state(StepKind::UserDefaultOrg).toObject(),
                                   reading.pipeline.userOrganizations.value_or(QJsonArray()));
        if (!user)
            return user.error();
        plan.steps.append(user.value());
    }
    return true;
}

RepairStep RepairPlanner::profileStep(const profiles::Profile &profile, const QJsonValue &current,
                                      const RepairStep &exchangeAction, const QString &currentActionName)
{
    const QJsonObject existing = current.toObject();
    const QJsonObject action = exchangeAction.before.toObject();
    const QString actionRef = action.isEmpty() ? steps::newIdPlaceholder(StepKind::ExchangeAction)
                                               : action.value(QLatin1String("id")).toString();
    RepairStep step;
    step.kind = StepKind::ExchangeProfile;
    step.title = RepairPlan::tr("Point the token exchange profile at OrgLens's Action");
    step.before = current;
    step.after = seed({{"subject_token_type", profile.subjectTokenType}});
    if (existing.value(QLatin1String("action_id")).toString() == actionRef) {
        step.summary =
            RepairPlan::tr("The profile for %1 runs OrgLens's Action: nothing to do.").arg(profile.subjectTokenType);
        return step;
    }
    step.needed = true;
    const PlannedRequest create{"POST", QStringLiteral("token-exchange-profiles"),
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("OrgLens: device access tokens")},
                                            {QStringLiteral("subject_token_type"), profile.subjectTokenType},
                                            {QStringLiteral("action_id"), actionRef},
                                            {QStringLiteral("type"), QStringLiteral("custom_authentication")}}};
    if (existing.isEmpty()) {
        step.summary = RepairPlan::tr("Create a token exchange profile for %1 that runs OrgLens's Action.")
                           .arg(profile.subjectTokenType);
        step.scopes = {QStringLiteral("create:token_exchange_profiles")};
        step.requests = {create};
        return step;
    }
    // Auth0 cannot change the Action of a profile (PATCH takes only name and subject_token_type), and a type has one
    // profile: replace it. Parking the old one under another type would keep its Action reachable.
    step.summary = RepairPlan::tr("Replace the profile \"%1\" for %2, which runs \"%3\", with one that runs OrgLens's "
                                  "Action (Auth0 cannot change a profile's Action; undo recreates the profile).")
                       .arg(existing.value(QLatin1String("name")).toString(), profile.subjectTokenType,
                            currentActionName.isEmpty() ? existing.value(QLatin1String("action_id")).toString()
                                                        : currentActionName);
    step.scopes = {QStringLiteral("delete:token_exchange_profiles"), QStringLiteral("create:token_exchange_profiles")};
    step.requests = {{"DELETE",
                      QStringLiteral("token-exchange-profiles/") +
                          management::ManagementClient::encodeSegment(existing.value(QLatin1String("id")).toString()),
                      {}},
                     create};
    return step;
}

RepairStep RepairPlanner::clientStep(const QJsonObject &current)
{
    const QString clientId = current.value(QLatin1String("client_id")).toString();
    QJsonArray allowed = current.value(QLatin1String("allow_any_profile_of_type")).toArray();
    RepairStep step;
    step.kind = StepKind::ExchangeClient;
    step.title = RepairPlan::tr("Let the exchange application use custom_authentication profiles");
    step.before = current;
    step.after = seed({{"client_id", clientId}});
    if (allowed.contains(QStringLiteral("custom_authentication"))) {
        step.summary =
            RepairPlan::tr("%1 may already use custom_authentication profiles: nothing to do.").arg(clientId);
        return step;
    }
    allowed.append(QStringLiteral("custom_authentication"));
    step.needed = true;
    step.summary =
        RepairPlan::tr("Add custom_authentication to token_exchange.allow_any_profile_of_type of %1.").arg(clientId);
    step.scopes = {QStringLiteral("update:clients")};
    step.requests = {{"PATCH", QStringLiteral("clients/") + management::ManagementClient::encodeSegment(clientId),
                      QJsonObject{{QStringLiteral("token_exchange"),
                                   QJsonObject{{QStringLiteral("allow_any_profile_of_type"), allowed}}}}}};
    return step;
}

Result<RepairStep> RepairPlanner::userStep(const RepairOptions &options, const QJsonObject &current,
                                           const QJsonArray &organizations)
{
    RepairStep step;
    step.kind = StepKind::UserDefaultOrg;
    step.title = RepairPlan::tr("Set the user's default organization");
    step.before = current;
    step.after = seed({{"user_id", options.userId}});
    QStringList memberOf;
    for (const QJsonValue &organization : organizations)
        memberOf << organization.toObject().value(QLatin1String("id")).toString();
    const QJsonValue existing = current.value(QLatin1String("default_org_id"));
    QString target = options.defaultOrg;
    if (target.isEmpty() && memberOf.size() == 1)
        target = memberOf.first();
    if (!options.setDefaultOrg) {
        step.summary =
            existing.isString()
                ? RepairPlan::tr("%1's default_org_id is %2: not changed.").arg(options.userId, existing.toString())
                : RepairPlan::tr("%1 has no default_org_id: the Post-Login Action adds no claim for them. "
                                 "Ask the repair to set it.")
                      .arg(options.userId);
        return step;
    }
    if (target.isEmpty())
        return Error{QStringLiteral("no_default_org"),
                     RepairPlan::tr("%1 belongs to %2 organizations: say which one becomes the default.")
                         .arg(options.userId)
                         .arg(memberOf.size())};
    // A default the user is not a member of could not appear on the user's tokens.
    if (!memberOf.contains(target))
        return Error{QStringLiteral("not_a_member"),
                     RepairPlan::tr("%1 is not a member of %2: add the membership first, or choose one of: %3.")
                         .arg(options.userId, target, memberOf.join(QStringLiteral(", ")))};
    if (existing.toString() == target) {
        step.summary = RepairPlan::tr("%1's default_org_id is %2: nothing to do.").arg(options.userId, target);
        return step;
    }
    step.needed = true;
    step.summary =
        RepairPlan::tr("app_metadata.default_org_id of %1: %2 → %3 (only this key).")
            .arg(options.userId, existing.isString() ? existing.toString() : RepairPlan::tr("(none)"), target);
    step.scopes = {QStringLiteral("update:users_app_metadata")};
    step.requests = {
        {"PATCH", QStringLiteral("users/") + management::ManagementClient::encodeSegment(options.userId),
         QJsonObject{{QStringLiteral("app_metadata"), QJsonObject{{QStringLiteral("default_org_id"), target}}}}}};
    return step;
}

} // namespace orglens::repair
