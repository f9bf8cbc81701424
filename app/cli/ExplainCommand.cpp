#include "ExplainCommand.h"

#include "DoctorCommand.h"
#include "ManagementSession.h"
#include "ProfileOptions.h"
#include "TokenInput.h"
#include "explain/Explain.h"
#include "explain/SupportReport.h"
#include "jwt/TokenKind.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QRegularExpression>

namespace orglens::cli {

namespace {

const QCommandLineOption FlowOption(
    QStringLiteral("flow"),
    ExplainCommand::tr(
        "The flow that produced the token: device, pkce, refresh, exchange, password or client-credentials."),
    QStringLiteral("FLOW"));
const QCommandLineOption
    CheckUserOption(QStringLiteral("check-user"),
                    ExplainCommand::tr("Read the user, their organizations, the organizations the token names and the "
                                       "client with the profile's machine-to-machine application."));
const QCommandLineOption CheckTenantOption(
    QStringLiteral("check-tenant"),
    ExplainCommand::tr("Run the tenant doctor (read-only; with --probe also its probes) and use its checklist as "
                       "evidence."));
const QCommandLineOption
    ReportOption(QStringLiteral("report"),
                 ExplainCommand::tr("Also write a hand-off report: JSON if FILE ends with .json, else Markdown."),
                 QStringLiteral("FILE"));
const QCommandLineOption
    IncludeTokensOption(QStringLiteral("include-tokens"),
                        ExplainCommand::tr("Put the token value into the report (never refresh tokens)."));

QString shellQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// How the user named the tenant, so that printed commands can be pasted as they are.
QString profileArguments(const QCommandLineParser &parser)
{
    QStringList words;
    for (const char *option : {"profile", "issuer", "domain"}) {
        if (parser.isSet(QLatin1String(option)))
            words << QLatin1String("--") + QLatin1String(option) << shellQuote(parser.value(QLatin1String(option)));
    }
    return words.isEmpty() ? QString() : QLatin1Char(' ') + words.join(QLatin1Char(' '));
}

QString orPlaceholder(const QString &value, const char *placeholder)
{
    return shellQuote(value.isEmpty() ? QLatin1String(placeholder) : value);
}

// The command line (or URL) that carries out an action.
QString actionCommand(const explain::FixAction &action, const QString &profile)
{
    struct Command {
        const QString &profile;
        QString operator()(const explain::SetDefaultOrgFix &fix) const
        {
            return QStringLiteral("orglens-cli users set-default-org %1 %2%3")
                .arg(orPlaceholder(fix.userId, "USER"), orPlaceholder(fix.orgId, "ORG"), profile);
        }
        QString operator()(const explain::RunExchangeFix &fix) const
        {
            return QStringLiteral("orglens-cli exchange --subject-token -%1%2  (token on standard input)")
                .arg(fix.organization.isEmpty() ? QString()
                                                : QStringLiteral(" --organization ") + shellQuote(fix.organization),
                     profile);
        }
        QString operator()(const explain::LoginWithOrganizationFix &fix) const
        {
            if (fix.flow == oauth::Flow::ClientCredentials)
                return QStringLiteral("orglens-cli token client-credentials --audience API --organization %1%2")
                    .arg(orPlaceholder(fix.organization, "ORG"), profile);
            return QStringLiteral("orglens-cli login pkce --organization %1%2")
                .arg(orPlaceholder(fix.organization, "ORG"), profile);
        }
        QString operator()(const explain::OpenTenantSettingsFix &fix) const { return fix.url.toString(); }
        QString operator()(const explain::TenantEvidenceRequest &) const
        {
            return QStringLiteral("orglens-cli explain - --check-user%1")
                .arg(profile.isEmpty() ? QStringLiteral(" --profile NAME") : profile);
        }
    };
    return std::visit(Command{profile}, action.payload);
}

QChar roleMarker(explain::Evidence::Role role)
{
    switch (role) {
    case explain::Evidence::Role::Supports:
        return QLatin1Char('+');
    case explain::Evidence::Role::RulesOut:
        return QLatin1Char('-');
    case explain::Evidence::Role::Missing:
        break;
    }
    return QLatin1Char('?');
}

void printHuman(const explain::Diagnosis &diagnosis, const QString &profile, CommandIo &io)
{
    if (diagnosis.hasOrgId)
        io.out << ExplainCommand::tr("Verdict: the token has org_id.") << '\n';
    else if (diagnosis.findings.isEmpty())
        io.out << ExplainCommand::tr("Verdict: the token has no org_id, and no rule found why.") << '\n';
    else
        io.out << ExplainCommand::tr("Verdict: the token has no org_id. Most likely: %1 (%2).")
                      .arg(diagnosis.findings.first().title,
                           explain::confidenceName(diagnosis.findings.first().confidence))
               << '\n';
    int number = 0;
    for (const explain::Finding &finding : diagnosis.findings) {
        io.out << '\n'
               << ++number << ". [" << explain::confidenceName(finding.confidence) << "] " << finding.id << ": "
               << finding.title << '\n';
        for (const explain::Evidence &evidence : finding.evidence)
            io.out << "   " << roleMarker(evidence.role) << ' ' << explain::sourceName(evidence.source) << ": "
                   << evidence.text << '\n';
        if (!finding.fixSteps.isEmpty())
            io.out << "   " << ExplainCommand::tr("Fix:") << '\n';
        for (qsizetype i = 0; i < finding.fixSteps.size(); ++i)
            io.out << "     " << (i + 1) << ". " << finding.fixSteps.at(i) << '\n';
        for (const explain::FixAction &action : finding.actions)
            io.out << "   " << action.label << ": " << actionCommand(action, profile) << '\n';
    }
    io.out << '\n'
           << ExplainCommand::tr("Evidence: + supports, - rules out, ? missing (what would settle it).") << '\n';
    io.out.flush();
}

} // namespace

QString ExplainCommand::summary() const
{
    return tr("Why does this token have no org_id? Findings with evidence and fixes.");
}

void ExplainCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("token"), tr("The token, or - (default) for standard input."),
                                 QStringLiteral("[TOKEN|-]"));
    ManagementSession::addOptions(parser); // profile options and --json
    addTranslatedOptions(parser, {FlowOption, CheckUserOption, CheckTenantOption, ReportOption, IncludeTokensOption},
                         tr);
    DoctorCommand::addProbeOption(parser);
}

int ExplainCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(io, tr("expected at most one token."));
    explain::ExplainInput input;
    input.token = argumentOrStdin(positional, 0, io).trimmed().toUtf8();
    if (input.token.isEmpty())
        return usageError(io, tr("no token: give it as an argument or on standard input."));
    if (!positional.isEmpty() && positional.first() != QLatin1String("-")) {
        // Accepted for convenience, but argv is readable by other local users (ps, /proc): say so.
        io.err << tr("Warning: a token on the command line is visible to other users of this machine; prefer - and "
                     "standard input.")
               << '\n';
        io.err.flush();
    }
    const auto decoded = jwt::decodeToken(QString::fromUtf8(input.token));
    if (jwt::tokenForm(decoded) == jwt::TokenForm::NotAToken) {
        io.err << "orglens-cli explain: " << tr("token: %1").arg(decoded.error().message) << '\n';
        io.err.flush();
        return ExitUsage;
    }
    if (decoded)
        printInputNotes(tr("token"), decoded->inputNotes, io);
    if (parser.isSet(FlowOption)) {
        const auto flow = oauth::parseFlow(parser.value(FlowOption));
        if (!flow || flow == oauth::Flow::Pasted)
            return usageError(io, tr("unknown flow '%1': use device, pkce, refresh, exchange, password or "
                                     "client-credentials.")
                                      .arg(parser.value(FlowOption)));
        input.declaredFlow = *flow;
    }
    if (parser.isSet(QStringLiteral("profile")) || ProfileOptions::anyFieldSet(parser)) {
        input.profile = ProfileOptions::resolve(parser, *this, io, false);
        if (!input.profile)
            return ExitUsage;
    }
    const bool checkTenant = parser.isSet(CheckTenantOption);
    const Result<QString> probe = DoctorCommand::probeChoice(parser);
    if (!probe)
        return usageError(io, probe.error().message);
    if (!probe->isEmpty() && !checkTenant)
        return usageError(io, tr("--probe runs with the tenant doctor: add --check-tenant."));
    std::unique_ptr<ManagementSession> session;
    if (parser.isSet(CheckUserOption) || checkTenant) {
        session = ManagementSession::open(parser, *this, io);
        if (!session)
            return ExitUsage;
    }
    if (parser.isSet(CheckUserOption)) {
        explain::TenantEvidenceFetcher fetcher(&session->client());
        QEventLoop loop;
        QObject::connect(&fetcher, &explain::TenantEvidenceFetcher::finished, &loop,
                         [&](const explain::TenantEvidence &evidence) {
                             input.tenant = evidence;
                             loop.quit();
                         });
        fetcher.fetch(explain::tenantEvidenceRequest(input));
        loop.exec();
        for (auto it = input.tenant.unavailable.cbegin(); it != input.tenant.unavailable.cend(); ++it)
            io.err << tr("Note: could not read %1: %2").arg(it.key(), it.value()) << '\n';
        io.err.flush();
    }
    if (checkTenant) {
        const Result<doctor::DoctorRequest> request =
            DoctorCommand::request(*session, explain::tenantEvidenceRequest(input).userId, *probe, io);
        if (!request)
            return usageError(io, request.error().message);
        input.tenant.doctor = DoctorCommand::run(*session, *request);
    }

    const explain::Diagnosis diagnosis = explain::diagnose(input);
    if (parser.isSet(ReportOption)) {
        const auto written = explain::writeSupportReport(
            explain::supportReportInput(input, diagnosis, parser.isSet(IncludeTokensOption)),
            parser.value(ReportOption));
        if (!written) {
            io.err << "orglens-cli explain: " << written.error().message << '\n';
            io.err.flush();
            return ExitFailure;
        }
        io.err << tr("Wrote the report to %1").arg(parser.value(ReportOption)) << '\n';
        io.err.flush();
    }
    if (ManagementSession::json(parser)) {
        QJsonObject json = diagnosis.toJson();
        if (input.tenant.doctor)
            json.insert(QStringLiteral("doctor"), input.tenant.doctor->toJson());
        printJson(io, json);
        return ExitSuccess;
    }
    printHuman(diagnosis, profileArguments(parser), io);
    if (input.tenant.doctor) {
        io.out << '\n' << tr("The tenant doctor's checklist:") << '\n';
        DoctorCommand::printReport(*input.tenant.doctor, io);
    }
    return ExitSuccess;
}

} // namespace orglens::cli
