#include "PreflightCommand.h"

#include "ManagementSession.h"
#include "ProfileOptions.h"
#include "explain/Preflight.h"
#include "explain/TenantEvidenceFetcher.h"

#include <QCoreApplication>

namespace orglens::cli {

namespace {

const QCommandLineOption
    FlowOption(QStringLiteral("flow"),
               PreflightCommand::tr("device, pkce, client-credentials, refresh, exchange or password."),
               QStringLiteral("FLOW"));
const QCommandLineOption
    OrganizationOption(QStringLiteral("organization"),
                       PreflightCommand::tr("The organization parameter the login will send (id or name)."),
                       QStringLiteral("ORG"));
const QCommandLineOption
    UserOption(QStringLiteral("user"),
               PreflightCommand::tr("The user who will log in (user_id): read with the Management API."),
               QStringLiteral("USER_ID"));

// The application whose organization settings matter for the flow.
QString clientOf(const profiles::Profile &profile, oauth::Flow flow)
{
    switch (flow) {
    case oauth::Flow::ClientCredentials:
        return profile.managementClientId;
    case oauth::Flow::Exchange:
        return profile.exchangeClientId;
    default:
        return profile.clientId;
    }
}

// Reads the user, the user's organizations, the application and (client credentials) its client grant for the
// audience. What cannot be read is left out and reported on stderr: the prediction then says what it could not check.
// Unqualified: lupdate reads a qualified return type as the function's class and misfiles the tr() context.
using explain::TenantEvidence;

TenantEvidence fetchEvidence(ManagementSession &session, const explain::TenantEvidenceRequest &request, CommandIo &io)
{
    explain::TenantEvidenceFetcher fetcher(&session.client());
    const auto evidence = ManagementSession::wait<explain::TenantEvidence>([&](auto done) {
        QObject::connect(&fetcher, &explain::TenantEvidenceFetcher::finished, &fetcher, done);
        fetcher.fetch(request);
    });
    for (auto it = evidence.unavailable.begin(); it != evidence.unavailable.end(); ++it)
        io.err << PreflightCommand::tr("Note: could not read %1: %2").arg(it.key(), it.value()) << '\n';
    io.err.flush();
    return evidence;
}

QString outlookText(explain::ClaimOutlook outlook, const QString &expected)
{
    const QString name = explain::claimOutlookName(outlook);
    return expected.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, expected);
}

void printPrediction(const explain::Prediction &prediction, CommandIo &io)
{
    io.out << PreflightCommand::tr("Flow: %1").arg(oauth::flowOptionName(prediction.flow)) << '\n'
           << PreflightCommand::tr("org_id: %1").arg(outlookText(prediction.orgId, prediction.expectedOrgId)) << '\n';
    if (!prediction.claimName.isEmpty())
        io.out << PreflightCommand::tr("%1: %2").arg(
                      prediction.claimName, outlookText(prediction.namespacedClaim, prediction.expectedClaimValue))
               << '\n';
    if (prediction.loginRefused())
        io.out << PreflightCommand::tr("Auth0 will refuse this login.") << '\n';
    if (!prediction.reasons.isEmpty())
        io.out << '\n' << PreflightCommand::tr("Blocking reasons:") << '\n';
    for (const explain::BlockingReason &reason : prediction.reasons)
        io.out << "  [" << explain::confidenceName(reason.confidence) << "] " << reason.id << ": " << reason.text
               << '\n'
               << "      " << PreflightCommand::tr("Fix: %1").arg(reason.fix) << '\n';
    if (!prediction.assumptions.isEmpty())
        io.out << '\n' << PreflightCommand::tr("Assumptions:") << '\n';
    for (const QString &assumption : prediction.assumptions)
        io.out << "  - " << assumption << '\n';
}

} // namespace

QString PreflightCommand::summary() const
{
    return tr("Predict whether a login will produce org_id, and why not.");
}

void PreflightCommand::configure(QCommandLineParser &parser)
{
    ManagementSession::addOptions(parser);
    addTranslatedOptions(parser, {FlowOption, OrganizationOption, UserOption}, tr);
}

int PreflightCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(FlowOption))
        return usageError(io, tr("give --flow device|pkce|client-credentials|refresh|exchange|password."));
    const auto flow = explain::parsePreflightFlow(parser.value(FlowOption));
    if (!flow)
        return usageError(io, flow.error().message);

    explain::PreflightInput input;
    input.flow = *flow;
    input.organization = parser.value(OrganizationOption).trimmed();
    input.userId = parser.value(UserOption).trimmed();
    const auto profile = ProfileOptions::resolve(parser, *this, io, false);
    if (!profile)
        return ExitUsage;
    input.profile = *profile;
    input.audience = input.profile.audience;
    // The tenant is read for a user, and for client credentials (the client grant decides the organization).
    const bool m2m = input.flow == oauth::Flow::ClientCredentials;
    if (!input.userId.isEmpty() || (m2m && !input.profile.managementClientId.isEmpty())) {
        auto session = ManagementSession::open(parser, *this, io);
        if (!session)
            return ExitUsage;
        input.profile = session->profile();
        explain::TenantEvidenceRequest request{input.userId, clientOf(input.profile, input.flow), {}, {}};
        if (m2m)
            request.grantAudience = input.audience;
        input.tenant = fetchEvidence(*session, request, io);
    }

    const explain::Prediction prediction = explain::predict(input);
    if (ManagementSession::json(parser))
        printJson(io, prediction.toJson());
    else
        printPrediction(prediction, io);
    io.out.flush();
    return ExitSuccess;
}

} // namespace orglens::cli
