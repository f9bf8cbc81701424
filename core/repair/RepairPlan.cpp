#include "RepairPlan.h"

#include "RepairSteps.h"

#include <QJsonArray>

#include <array>

namespace orglens::repair {

namespace {

struct KindName {
    StepKind kind;
    const char *id;
};
constexpr std::array KindNames{KindName{StepKind::PostLoginAction, "post-login-action"},
                               KindName{StepKind::ExchangeAction, "exchange-action"},
                               KindName{StepKind::PostLoginBindings, "post-login-bindings"},
                               KindName{StepKind::ExchangeProfile, "exchange-profile"},
                               KindName{StepKind::ExchangeClient, "exchange-client"},
                               KindName{StepKind::UserDefaultOrg, "user-default-org"}};

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString stepKindId(StepKind kind)
{
    for (const KindName &entry : KindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.id);
    }
    return {};
}

std::optional<StepKind> stepKindFromId(const QString &id)
{
    for (const KindName &entry : KindNames) {
        if (id == QLatin1String(entry.id))
            return entry.kind;
    }
    return std::nullopt;
}

QJsonObject PlannedRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("method"), QString::fromLatin1(method)},
                     {QStringLiteral("path"), QStringLiteral("/api/v2/") + path}};
    if (hasBody())
        json.insert(QStringLiteral("body"), body);
    return json;
}

QJsonObject RepairStep::toJson() const
{
    QJsonArray sent;
    for (const PlannedRequest &request : requests)
        sent.append(request.toJson());
    return {{QStringLiteral("id"), stepKindId(kind)},
            {QStringLiteral("title"), title},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("status"), needed ? QStringLiteral("todo") : QStringLiteral("nothing_to_do")},
            {QStringLiteral("scopes"), strings(scopes)},
            {QStringLiteral("requests"), sent},
            {QStringLiteral("before"), before.isUndefined() ? QJsonValue() : before},
            {QStringLiteral("after"), after.isUndefined() ? QJsonValue() : after},
            {QStringLiteral("done"), done}};
}

std::optional<RepairStep> RepairStep::fromJson(const QJsonObject &json)
{
    const auto kind = stepKindFromId(json.value(QLatin1String("id")).toString());
    if (!kind)
        return std::nullopt;
    RepairStep step;
    step.kind = *kind;
    step.title = json.value(QLatin1String("title")).toString();
    step.summary = json.value(QLatin1String("summary")).toString();
    step.needed = json.value(QLatin1String("status")).toString() == QLatin1String("todo");
    for (const QJsonValue &scope : json.value(QLatin1String("scopes")).toArray())
        step.scopes << scope.toString();
    for (const QJsonValue &value : json.value(QLatin1String("requests")).toArray()) {
        const QJsonObject request = value.toObject();
        step.requests.append({request.value(QLatin1String("method")).toString().toLatin1(),
                              request.value(QLatin1String("path")).toString().mid(int(qstrlen("/api/v2/"))),
                              request.value(QLatin1String("body"))});
    }
    step.before = json.value(QLatin1String("before"));
    step.after = json.value(QLatin1String("after"));
    step.done = json.value(QLatin1String("done")).toBool();
    return step;
}

bool RepairPlan::anythingToDo() const
{
    return std::any_of(steps.cbegin(), steps.cend(), [](const RepairStep &step) { return step.needed; });
}

QStringList RepairPlan::missingScopes() const
{
    QStringList missing;
    for (const RepairStep &step : steps) {
        for (const QString &scope : step.scopes) {
            if (step.needed && !steps::grants(grantedScopes, scope) && !missing.contains(scope))
                missing << scope;
        }
    }
    return missing;
}

QString RepairPlan::missingScopesText() const
{
    const QStringList missing = missingScopes();
    if (missing.isEmpty())
        return {};
    return tr("Grant %1 to the Management API application (client %2): the repair writes nothing without it.")
        .arg(missing.join(QStringLiteral(", ")), options.profile.managementClientId);
}

QList<PlannedRequest> RepairPlan::requests() const
{
    QList<PlannedRequest> all;
    for (const RepairStep &step : steps) {
        if (step.needed)
            all += step.requests;
    }
    return all;
}

const RepairStep *RepairPlan::step(StepKind kind) const
{
    const auto found =
        std::find_if(steps.cbegin(), steps.cend(), [kind](const RepairStep &each) { return each.kind == kind; });
    return found == steps.cend() ? nullptr : &*found;
}

namespace {

// OrgLens's Post-Login Action: its id, or the placeholder of the one the repair creates.
QString postLoginActionRef(const RepairPlan &plan)
{
    const RepairStep *action = plan.step(StepKind::PostLoginAction);
    const QString id = action ? action->before.toObject().value(QLatin1String("id")).toString() : QString();
    return id.isEmpty() ? steps::newIdPlaceholder(StepKind::PostLoginAction) : id;
}

} // namespace

void RepairPlan::choose(int bindingPosition, const QStringList &unbind)
{
    const RepairStep *action = step(StepKind::PostLoginAction);
    RepairStep *bindings = step(StepKind::PostLoginBindings);
    if (!action || !bindings)
        return;
    options.bindingPosition = bindingPosition;
    options.unbind = unbind;
    for (BindingConflict &conflict : conflicts)
        conflict.unbind = unbind.contains(conflict.actionId);
    const QString name = action->after.toObject().value(QLatin1String("name")).toString();
    *bindings =
        steps::bindingsStep(bindings->before.toArray(), postLoginActionRef(*this), name, bindingPosition, unbind);
}

QStringList RepairPlan::otherBindings() const
{
    QStringList names;
    const RepairStep *bindings = step(StepKind::PostLoginBindings);
    if (!bindings)
        return names;
    for (const QJsonValue &binding :
         steps::otherBindings(bindings->before.toArray(), postLoginActionRef(*this), options.unbind)) {
        const QJsonObject object = binding.toObject();
        const QString name = object.value(QLatin1String("display_name")).toString();
        names << (name.isEmpty() ? object.value(QLatin1String("action_name")).toString() : name);
    }
    return names;
}

QJsonObject RepairPlan::toJson() const
{
    QJsonArray stepList;
    for (const RepairStep &step : steps)
        stepList.append(step.toJson());
    QJsonArray conflictList;
    for (const BindingConflict &conflict : conflicts)
        conflictList.append(QJsonObject{{QStringLiteral("action_id"), conflict.actionId},
                                        {QStringLiteral("name"), conflict.name},
                                        {QStringLiteral("reason"), conflict.reason},
                                        {QStringLiteral("unbind"), conflict.unbind}});
    return {{QStringLiteral("tenant"), options.profile.issuer.toString()},
            {QStringLiteral("profile"), options.profile.name},
            {QStringLiteral("user"), options.userId},
            {QStringLiteral("steps"), stepList},
            {QStringLiteral("conflicts"), conflictList},
            {QStringLiteral("missing_scopes"), strings(missingScopes())},
            {QStringLiteral("doctor"), doctorBefore.toJson()}};
}

QList<StepChange> compareReports(const doctor::DoctorReport &before, const doctor::DoctorReport &after)
{
    QList<StepChange> rows;
    for (const doctor::DoctorStep &step : after.steps) {
        const doctor::DoctorStep *earlier = before.step(step.id);
        rows.append({step.id, step.title, earlier ? earlier->status : doctor::StepStatus::NotChecked, step.status});
    }
    return rows;
}

} // namespace orglens::repair
