#pragma once

#include "common/Result.h"
#include "explain/Diagnosis.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// The hand-off report a support engineer attaches to a ticket: verdict and findings, the decoded claims, the
// request parameters, the tenant evidence (with the tenant doctor's checklist when it ran) and the reproduction as curl
// commands. Secrets never appear: no signatures, no refresh tokens, no client secrets or codes (placeholders such as
// $CLIENT_SECRET instead); access and ID token values only when includeTokens is set.

namespace orglens::explain {

struct SupportReportInput {
    Diagnosis diagnosis;
    QByteArray token;                            // the token that was diagnosed
    std::optional<oauth::SessionRecord> session; // the login that produced it, when OrgLens ran it
    std::optional<oauth::Flow> flow;             // the flow when there is no session record
    std::optional<profiles::Profile> profile;
    TenantEvidence tenant;
    bool includeTokens = false; // add the access/ID token values (never the refresh token)
    QDateTime generatedAt;      // null = now
};

// The report input for `input` as diagnosed (`diagnosis = diagnose(input)`): its token, session, declared flow,
// profile and tenant evidence. The one place that maps an explain input to a report (CLI and GUI).
SupportReportInput supportReportInput(const ExplainInput &input, const Diagnosis &diagnosis, bool includeTokens);

// {"generated_at", "verdict": {"has_org_id"}, "diagnosis": Diagnosis::toJson(), "tokens": [{"kind", "header",
//  "payload", "value"?}], "request": {"flow", "issuer", "client_id", "parameters"}, "tenant": {...},
//  "reproduction": ["curl ...", ...], "tokens_included": bool, "doctor"?: doctor::DoctorReport::toJson()}
QJsonObject supportReportJson(const SupportReportInput &input);
QString supportReportMarkdown(const SupportReportInput &input);

// The reproduction alone: shell commands (comments start with '#'), secrets as $PLACEHOLDERS.
QStringList reproductionCommands(const SupportReportInput &input);

// Writes the report to `path`: JSON when it ends with ".json", Markdown otherwise. Atomic (QSaveFile).
Result<QString> writeSupportReport(const SupportReportInput &input, const QString &path);

} // namespace orglens::explain
