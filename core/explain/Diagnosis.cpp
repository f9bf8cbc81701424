#include "Diagnosis.h"

namespace orglens::explain {

QString confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Certain:
        return QStringLiteral("certain");
    case Confidence::Likely:
        return QStringLiteral("likely");
    case Confidence::Possible:
        break;
    }
    return QStringLiteral("possible");
}

QString sourceName(Evidence::Source source)
{
    switch (source) {
    case Evidence::Source::Token:
        return QStringLiteral("token");
    case Evidence::Source::Session:
        return QStringLiteral("session");
    case Evidence::Source::Profile:
        return QStringLiteral("profile");
    case Evidence::Source::Tenant:
        break;
    }
    return QStringLiteral("tenant");
}

QString roleName(Evidence::Role role)
{
    switch (role) {
    case Evidence::Role::Supports:
        return QStringLiteral("supports");
    case Evidence::Role::RulesOut:
        return QStringLiteral("rules_out");
    case Evidence::Role::Missing:
        break;
    }
    return QStringLiteral("missing");
}

QString actionKindName(FixAction::Kind kind)
{
    switch (kind) {
    case FixAction::Kind::SetDefaultOrg:
        return QStringLiteral("set_default_org");
    case FixAction::Kind::RunExchange:
        return QStringLiteral("run_exchange");
    case FixAction::Kind::LoginWithOrganization:
        return QStringLiteral("login_with_organization");
    case FixAction::Kind::OpenTenantSettings:
        return QStringLiteral("open_tenant_settings");
    case FixAction::Kind::FetchTenantEvidence:
        break;
    }
    return QStringLiteral("fetch_tenant_evidence");
}

QJsonObject FixAction::arguments() const
{
    struct ToJson {
        QJsonObject operator()(const SetDefaultOrgFix &fix) const
        {
            return {{QStringLiteral("user_id"), fix.userId}, {QStringLiteral("org_id"), fix.orgId}};
        }
        QJsonObject operator()(const RunExchangeFix &fix) const
        {
            return fix.organization.isEmpty() ? QJsonObject()
                                              : QJsonObject{{QStringLiteral("organization"), fix.organization}};
        }
        QJsonObject operator()(const LoginWithOrganizationFix &fix) const
        {
            return {{QStringLiteral("flow"), oauth::flowOptionName(fix.flow)},
                    {QStringLiteral("organization"), fix.organization}};
        }
        QJsonObject operator()(const OpenTenantSettingsFix &fix) const
        {
            return {{QStringLiteral("url"), fix.url.toString()}};
        }
        QJsonObject operator()(const TenantEvidenceRequest &fix) const
        {
            QJsonObject json{{QStringLiteral("user_id"), fix.userId},
                             {QStringLiteral("client_id"), fix.clientId},
                             {QStringLiteral("org_ids"), QJsonArray::fromStringList(fix.orgIds)}};
            if (!fix.grantAudience.isEmpty())
                json.insert(QStringLiteral("grant_audience"), fix.grantAudience);
            return json;
        }
    };
    return std::visit(ToJson{}, payload);
}

QJsonObject Diagnosis::toJson() const
{
    QJsonArray findingsJson;
    for (const Finding &finding : findings) {
        QJsonArray evidence;
        for (const Evidence &each : finding.evidence) {
            evidence.append(QJsonObject{{QStringLiteral("source"), sourceName(each.source)},
                                        {QStringLiteral("role"), roleName(each.role)},
                                        {QStringLiteral("text"), each.text}});
        }
        QStringList numbered;
        for (qsizetype i = 0; i < finding.fixSteps.size(); ++i)
            numbered << QStringLiteral("%1. %2").arg(i + 1).arg(finding.fixSteps.at(i));
        QJsonArray actions;
        for (const FixAction &action : finding.actions) {
            actions.append(QJsonObject{{QStringLiteral("kind"), actionKindName(action.kind())},
                                       {QStringLiteral("label"), action.label},
                                       {QStringLiteral("arguments"), action.arguments()}});
        }
        findingsJson.append(QJsonObject{{QStringLiteral("id"), finding.id},
                                        {QStringLiteral("confidence"), confidenceName(finding.confidence)},
                                        {QStringLiteral("title"), finding.title},
                                        {QStringLiteral("evidence"), evidence},
                                        {QStringLiteral("fix"), numbered.join(QLatin1Char('\n'))},
                                        {QStringLiteral("fix_steps"), QJsonArray::fromStringList(finding.fixSteps)},
                                        {QStringLiteral("actions"), actions}});
    }
    return {{QStringLiteral("has_org_id"), hasOrgId}, {QStringLiteral("findings"), findingsJson}};
}

} // namespace orglens::explain
