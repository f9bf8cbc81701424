#pragma once

// Small helpers the rules share to build findings: evidence lines, fix actions, common wording.
#include "explain/Diagnosis.h"
#include "explain/ExplainFacts.h"

#include <QCoreApplication>

#include <optional>

namespace orglens::explain::rules {

// The translation context of the rules' messages.
struct Rules {
    Q_DECLARE_TR_FUNCTIONS(orglens::explain::Rules)
};

Finding makeFinding(Confidence confidence, const QString &title);
void supports(Finding &finding, Evidence::Source source, const QString &text);
void rulesOut(Finding &finding, Evidence::Source source, const QString &text);
void missing(Finding &finding, Evidence::Source source, const QString &text);

// Adds "<what> would settle it" as missing tenant evidence (with the reason it could not be read, when known) and
// the action that fetches the tenant evidence (once per finding).
void missingTenantEvidence(Finding &finding, const ExplainFacts &facts, const QString &part, const QString &what);

// A finding for the tenant doctor's step `stepId` when the doctor ran and the step failed (nullopt otherwise):
// certain, with the doctor's evidence quoted, its fix as the first fix step, then `moreFixSteps` and `actions`.
std::optional<Finding> doctorFinding(const ExplainFacts &facts, const QString &stepId, const QString &title,
                                     const QStringList &moreFixSteps, const QList<FixAction> &actions);
// The doctor's evidence lines of `step`, quoted as tenant evidence that supports the finding.
void doctorEvidence(Finding &finding, const doctor::DoctorStep &step);

// The evidence line for where the flow is known from (session record, declared, gty).
void flowEvidence(Finding &finding, const ExplainFacts &facts);

// The organization to suggest for a fix: the user's default when they are a member of it, else their first
// organization, else the org claim the token carries; empty when nothing is known.
QString suggestedOrganization(const ExplainFacts &facts);

FixAction setDefaultOrgAction(const QString &userId, const QString &orgId);
FixAction runExchangeAction(const QString &organization = {});
FixAction loginWithOrganizationAction(oauth::Flow flow, const QString &organization);
FixAction openSettingsAction(const QString &label, const QUrl &url);
FixAction openActionsAction(const ExplainFacts &facts); // the tenant's Actions library

} // namespace orglens::explain::rules
