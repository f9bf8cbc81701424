#include "DemoTenantCommand.h"

#include "ActionPresets.h"
#include "DemoTenant.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace orglens::cli {

namespace {

// Self-pipe: the signal handler only writes one byte; the event loop does the rest.
int signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// Routes SIGINT and SIGTERM to `loop.quit()` for its lifetime and restores the previous handlers after.
class StopSignals {
public:
    explicit StopSignals(QEventLoop &loop)
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, &loop, [&loop] {
            char byte = 0;
            [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
            loop.quit();
        });
        struct sigaction action {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, &m_previousInt);
        sigaction(SIGTERM, &action, &m_previousTerm);
    }
    ~StopSignals()
    {
        sigaction(SIGINT, &m_previousInt, nullptr);
        sigaction(SIGTERM, &m_previousTerm, nullptr);
        m_notifier.reset();
        for (int &fd : signalPipe) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_previousInt {};
    struct sigaction m_previousTerm {};
};

const QCommandLineOption portOption(QStringLiteral("port"), DemoTenantCommand::tr("Port on 127.0.0.1 (0: a free one)."),
                                    QStringLiteral("N"), QStringLiteral("0"));
const QCommandLineOption usersOption(QStringLiteral("users"), DemoTenantCommand::tr("Add N synthetic users."),
                                     QStringLiteral("N"), QStringLiteral("0"));
const QCommandLineOption namespaceOption(QStringLiteral("namespace"),
                                         DemoTenantCommand::tr("Namespace of the Action's custom claim."),
                                         QStringLiteral("URL"));
const QCommandLineOption noActionOption(QStringLiteral("no-action"),
                                        DemoTenantCommand::tr("Turn off the simulated device-flow Post-Login Action."));
const QCommandLineOption
    actionsOption(QStringLiteral("actions"),
                  DemoTenantCommand::tr(
                      "Actions the tenant starts with: builtin, article, decoded, fixed or none (see --help-actions)."),
                  QStringLiteral("PRESET"), QStringLiteral("builtin"));
const QCommandLineOption helpActionsOption(QStringLiteral("help-actions"),
                                           DemoTenantCommand::tr("Describe each preset of --actions and exit."));
const QCommandLineOption
    orgNamesOption(QStringLiteral("org-names"),
                   DemoTenantCommand::tr("Turn on allow_organization_name_in_authentication_api."));
const QCommandLineOption failRateOption(QStringLiteral("fail-rate"),
                                        DemoTenantCommand::tr("Share (0..1) of Management API requests answered 500."),
                                        QStringLiteral("P"), QStringLiteral("0"));
const QCommandLineOption failSeedOption(QStringLiteral("fail-seed"),
                                        DemoTenantCommand::tr("Seed of the fault injection."), QStringLiteral("N"),
                                        QStringLiteral("1"));
const QCommandLineOption slowOption(QStringLiteral("slow-ms"),
                                    DemoTenantCommand::tr("Added latency per Management API request, in ms."),
                                    QStringLiteral("N"), QStringLiteral("0"));
const QCommandLineOption rateLimitOption(QStringLiteral("rate-limit"),
                                         DemoTenantCommand::tr("Management API requests per second."),
                                         QStringLiteral("N"), QStringLiteral("50"));
const QCommandLineOption intervalOption(QStringLiteral("device-interval"),
                                        DemoTenantCommand::tr("Device flow polling interval, in seconds."),
                                        QStringLiteral("S"), QStringLiteral("5"));

} // namespace

QString DemoTenantCommand::summary() const
{
    return tr("Run the built-in Auth0-compatible demo tenant on 127.0.0.1.");
}

void DemoTenantCommand::configure(QCommandLineParser &parser)
{
    addTranslatedOptions(parser,
                         {portOption, usersOption, actionsOption, helpActionsOption, namespaceOption, noActionOption,
                          orgNamesOption, failRateOption, failSeedOption, slowOption, rateLimitOption, intervalOption},
                         tr);
}

int DemoTenantCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    if (parser.isSet(helpActionsOption)) {
        for (const QString &name : demo::actionPresetNames())
            io.out << name << ": " << demo::ActionPresets::describe(*demo::actionPresetFromName(name)) << '\n';
        return ExitSuccess;
    }
    demo::DemoTenantOptions options;
    const auto preset = demo::actionPresetFromName(parser.value(actionsOption));
    if (!preset) {
        return usageError(io,
                          tr("--actions must be one of %1, not '%2'.")
                              .arg(demo::actionPresetNames().join(QStringLiteral(", ")), parser.value(actionsOption)));
    }
    options.actionPreset = *preset;
    // Parses a numeric option within [min, max]; false (and a usage message) otherwise.
    const auto number = [&](const QCommandLineOption &option, double min, double max, double &value) {
        bool ok = false;
        value = parser.value(option).toDouble(&ok);
        if (ok && value >= min && value <= max)
            return true;
        usageError(io, tr("--%1 must be a number from %2 to %3, not '%4'.")
                           .arg(option.names().constFirst())
                           .arg(min)
                           .arg(max)
                           .arg(parser.value(option)));
        return false;
    };
    double port = 0, users = 0, failRate = 0, failSeed = 0, slow = 0, rate = 0, interval = 0;
    if (!number(portOption, 0, 65535, port) || !number(usersOption, 0, 1000000, users) ||
        !number(failRateOption, 0, 1, failRate) || !number(failSeedOption, 0, 4294967295.0, failSeed) ||
        !number(slowOption, 0, 60000, slow) || !number(rateLimitOption, 1, 100000, rate) ||
        !number(intervalOption, 1, 3600, interval))
        return ExitUsage;
    options.port = quint16(port);
    options.syntheticUsers = int(users);
    options.failRate = failRate;
    options.failSeed = quint32(failSeed);
    options.slowMs = int(slow);
    options.managementRateLimit = int(rate);
    options.deviceInterval = int(interval);
    options.postLoginActionEnabled = !parser.isSet(noActionOption);
    options.allowOrganizationNames = parser.isSet(orgNamesOption);
    if (parser.isSet(namespaceOption)) {
        const QUrl url(parser.value(namespaceOption), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            return usageError(io, tr("--namespace must be an http(s) URL such as https://orglens.example/, not '%1'.")
                                      .arg(parser.value(namespaceOption)));
        }
        options.claimNamespace = parser.value(namespaceOption);
    }

    demo::DemoTenant tenant(options);
    QEventLoop loop;
    const StopSignals stopSignals(loop);
    const auto started = tenant.start();
    if (!started) {
        io.err << "orglens-cli demo-tenant: " << started.error().message << '\n';
        io.err.flush();
        return ExitFailure;
    }
    io.out << QJsonDocument(QJsonObject{{QStringLiteral("issuer"), tenant.issuer().toString()},
                                        {QStringLiteral("port"), int(tenant.port())},
                                        {QStringLiteral("actions"), demo::actionPresetName(options.actionPreset)}})
                  .toJson(QJsonDocument::Compact)
           << '\n';
    io.out.flush();
    if (const QString notice = tenant.actionsNotice(); !notice.isEmpty()) {
        io.err << notice << '\n';
        io.err.flush();
    }
    QObject::connect(&tenant, &demo::DemoTenant::activity, &tenant, [&io](const QJsonObject &entry) {
        io.out << QJsonDocument(entry).toJson(QJsonDocument::Compact) << '\n';
        io.out.flush();
    });
    loop.exec();
    return ExitSuccess;
}

} // namespace orglens::cli
