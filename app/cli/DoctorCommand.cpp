#include "DoctorCommand.h"

#include "ManagementSession.h"
#include "ProfileOptions.h"
#include "doctor/Doctor.h"
#include "doctor/DoctorTexts.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace orglens::cli {

namespace {

const QCommandLineOption UserOption(QStringLiteral("user"),
                                    DoctorCommand::tr("Also check this user (user_id): default organization, "
                                                      "membership, recent logs."),
                                    QStringLiteral("USER_ID"));
const QCommandLineOption ProbeOption(
    QStringLiteral("probe"),
    DoctorCommand::tr("Run probes: 'actions' runs the tenant's Actions through its test endpoint with test events "
                      "(needs create:actions); 'exchange' sends the tenant's token endpoint a forged subject token "
                      "(needs the exchange application's secret); 'all' runs both."),
    QStringLiteral("PROBE"));

} // namespace

QString DoctorCommand::summary() const
{
    return tr("Check the tenant's org_id pipeline: Actions, exchange profile, application, user, logs.");
}

void DoctorCommand::configure(QCommandLineParser &parser)
{
    addTranslatedOptions(parser, {UserOption}, tr);
    addProbeOption(parser);
    ManagementSession::addOptions(parser);
}

void DoctorCommand::addProbeOption(QCommandLineParser &parser)
{
    addTranslatedOptions(parser, {ProbeOption}, tr);
}

Result<QString> DoctorCommand::probeChoice(const QCommandLineParser &parser)
{
    const QString probe = parser.isSet(ProbeOption) ? parser.value(ProbeOption) : QString();
    if (!probe.isEmpty() && probe != QLatin1String("actions") && probe != QLatin1String("exchange") &&
        probe != QLatin1String("all"))
        return Error{QStringLiteral("bad-probe"), tr("--probe must be actions, exchange or all, not '%1'.").arg(probe)};
    return probe;
}

Result<doctor::DoctorRequest> DoctorCommand::request(const ManagementSession &session, const QString &userId,
                                                     const QString &probe, CommandIo &io)
{
    const profiles::Profile &profile = session.profile();
    doctor::DoctorRequest request{
        profile, userId, probe == QLatin1String("actions") || probe == QLatin1String("all"), false, {}};
    if (request.probeActions) {
        io.err << tr("Probe: %1").arg(doctor::DoctorTexts::actionProbeNotice()) << '\n';
    }
    if (probe == QLatin1String("exchange") || probe == QLatin1String("all")) {
        if (profile.exchangeClientId.isEmpty() || profile.subjectTokenType.isEmpty())
            return Error{QStringLiteral("exchange-profile-incomplete"),
                         tr("the exchange probe needs --exchange-client-id and --subject-token-type (or a "
                            "profile with them).")};
        request.exchangeClientSecret = profileSecret(profile, profiles::SecretKind::ExchangeClientSecret,
                                                     QStringLiteral("ORGLENS_EXCHANGE_CLIENT_SECRET"), io);
        if (request.exchangeClientSecret.isEmpty())
            return Error{QStringLiteral("no-exchange-secret"),
                         tr("the exchange probe needs the exchange application's secret: set "
                            "ORGLENS_EXCHANGE_CLIENT_SECRET, or store it with 'profile set NAME "
                            "--exchange-client-secret-stdin'.")};
        request.probeExchange = true;
        io.err << tr("Probe: %1").arg(doctor::DoctorTexts::exchangeProbeNotice(profile.issuer, request.userId)) << '\n';
    }
    io.err.flush();
    return request;
}

doctor::DoctorReport DoctorCommand::run(ManagementSession &session, const doctor::DoctorRequest &request)
{
    QNetworkAccessManager network;
    doctor::Doctor doctor(&session.client(), &network);
    return ManagementSession::wait<doctor::DoctorReport>([&](auto done) {
        QObject::connect(&doctor, &doctor::Doctor::finished, &doctor, done);
        doctor.run(request);
    });
}

void DoctorCommand::printReport(const doctor::DoctorReport &report, CommandIo &io)
{
    io.out << DoctorCommand::tr("Tenant: %1").arg(report.tenant);
    if (!report.userId.isEmpty())
        io.out << ' ' << DoctorCommand::tr("(user %1)").arg(report.userId);
    io.out << "\n\n";
    for (const doctor::DoctorStep &step : report.steps) {
        io.out << '[' << doctor::stepStatusName(step.status) << "] " << step.id << ": " << step.title << '\n';
        for (const QString &line : step.evidence)
            io.out << "    " << line << '\n';
        if (!step.fix.isEmpty() && step.status != doctor::StepStatus::Pass)
            io.out << "    " << DoctorCommand::tr("Fix: %1").arg(step.fix) << '\n';
    }
    for (const doctor::ProbeOutcome &probe : report.probes) {
        io.out << '\n' << DoctorCommand::tr("Probe %1: %2").arg(probe.id, probe.result) << '\n';
        for (const QString &line : probe.evidence)
            io.out << "    " << line << '\n';
    }
    if (report.critical())
        io.out << '\n' << DoctorCommand::tr("CRITICAL: %1.").arg(doctor::DoctorTexts::criticalFinding(report)) << '\n';
    io.out.flush();
}

int DoctorCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("expected no arguments; the tenant comes from the profile options."));
    const Result<QString> probe = probeChoice(parser);
    if (!probe)
        return usageError(io, probe.error().message);
    auto session = ManagementSession::open(parser, *this, io);
    if (!session)
        return ExitUsage;
    const Result<doctor::DoctorRequest> request =
        DoctorCommand::request(*session, parser.value(UserOption), *probe, io);
    if (!request)
        return usageError(io, request.error().message);
    const doctor::DoctorReport report = run(*session, *request);
    if (ManagementSession::json(parser))
        printJson(io, report.toJson());
    else
        printReport(report, io);
    return report.anyFailed() ? ExitFailure : ExitSuccess;
}

} // namespace orglens::cli
