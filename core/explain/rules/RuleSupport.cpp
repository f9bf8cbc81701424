#include "RuleSupport.h"

#include "explain/Explain.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace orglens::explain::rules {

Finding makeFinding(Confidence confidence, const QString &title)
{
    Finding finding;
    finding.confidence = confidence;
    finding.title = title;
    return finding;
}

void supports(Finding &finding, Evidence::Source source, const QString &text)
{
    finding.evidence.append({source, Evidence::Role::Supports, text});
}

void rulesOut(Finding &finding, Evidence::Source source, const QString &text)
{
    finding.evidence.append({source, Evidence::Role::RulesOut, text});
}

void missing(Finding &finding, Evidence::Source source, const QString &text)
{
    finding.evidence.append({source, Evidence::Role::Missing, text});
}

void missingTenantEvidence(Finding &finding, const ExplainFacts &facts, const QString &part, const QString &what)
{
    const QString why = facts.unavailable(part);
    missing(
        finding, Evidence::Source::Tenant,
        why.isEmpty()
            ? Rules::tr("%1 would settle it (not fetched)").arg(what)
            : Rules::tr("%1 would settle it (could not be read: %2)").arg(what, why.section(QLatin1Char('\n'), 0, 0)));
    for (const FixAction &action : std::as_const(finding.actions)) {
        if (action.kind() == FixAction::Kind::FetchTenantEvidence)
            return;
    }
    // The same request as tenantEvidenceRequest(), so the button reads what the rules need.
    finding.actions.append({Rules::tr("Fetch tenant evidence"), tenantEvidenceRequest(facts.input())});
}

std::optional<Finding> doctorFinding(const ExplainFacts &facts, const QString &stepId, const QString &title,
                                     const QStringList &moreFixSteps, const QList<FixAction> &actions)
{
    const doctor::DoctorStep *step = facts.failedDoctorStep(stepId);
    if (!step)
        return std::nullopt;
    Finding finding = makeFinding(Confidence::Certain, title);
    doctorEvidence(finding, *step);
    if (!step->fix.isEmpty())
        finding.fixSteps << step->fix;
    finding.fixSteps << moreFixSteps;
    finding.actions << actions;
    return finding;
}

void doctorEvidence(Finding &finding, const doctor::DoctorStep &step)
{
    for (const QString &line : step.evidence)
        supports(finding, Evidence::Source::Tenant, Rules::tr("tenant doctor, %1: %2").arg(step.id, line));
}

void flowEvidence(Finding &finding, const ExplainFacts &facts)
{
    if (!facts.flowKnown()) {
        missing(finding, Evidence::Source::Session,
                Rules::tr("the flow that produced the token would settle it (OrgLens's session record, or --flow)"));
        return;
    }
    const QString flow = oauth::flowDescription(*facts.flow());
    if (facts.flowFromSession())
        supports(finding, Evidence::Source::Session,
                 Rules::tr("OrgLens's session record: the token came from the %1").arg(flow));
    else if (facts.input().declaredFlow)
        supports(finding, Evidence::Source::Session, Rules::tr("declared flow: %1").arg(flow));
    else
        supports(finding, Evidence::Source::Token, Rules::tr("the claims say the token came from the %1").arg(flow));
    const auto origin = facts.originFlow();
    if (origin && origin != facts.flow())
        supports(finding, Evidence::Source::Session,
                 Rules::tr("the chain started with the %1").arg(oauth::flowDescription(*origin)));
}

QString suggestedOrganization(const ExplainFacts &facts)
{
    const QString defaultOrg = facts.defaultOrgId().value_or(QString());
    if (!defaultOrg.isEmpty() && facts.isMember(defaultOrg).value_or(true))
        return defaultOrg;
    const QStringList members = facts.memberOrgIds();
    if (!members.isEmpty())
        return members.first();
    return facts.namespacedOrgId();
}

FixAction setDefaultOrgAction(const QString &userId, const QString &orgId)
{
    return {Rules::tr("Set default_org_id"), SetDefaultOrgFix{userId, orgId}};
}

FixAction runExchangeAction(const QString &organization)
{
    return {Rules::tr("Run the token exchange"), RunExchangeFix{organization}};
}

FixAction loginWithOrganizationAction(oauth::Flow flow, const QString &organization)
{
    return {Rules::tr("Log in with organization"), LoginWithOrganizationFix{flow, organization}};
}

FixAction openSettingsAction(const QString &label, const QUrl &url)
{
    return {label, OpenTenantSettingsFix{url}};
}

FixAction openActionsAction(const ExplainFacts &facts)
{
    return openSettingsAction(Rules::tr("Open Actions"), facts.dashboardUrl(QStringLiteral("actions/library")));
}

} // namespace orglens::explain::rules
