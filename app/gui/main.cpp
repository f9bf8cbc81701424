#include "AppContext.h"
#include "DemoProfile.h"
#include "DemoTenant.h"
#include "LoginView.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "UsersView.h"
#include "common/BuildInfo.h"
#include "common/CountingNetworkAccessManager.h"
#include "jwt/TokenDecoder.h"
#include "management/ManagementClient.h"
#include "oauth/OAuthClient.h"
#include "oauth/SessionHistory.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace {

// Reads a token from standard input ("orglens -"), so it never has to appear on a command line.
QString readTokenFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    // One byte over the decoder's limit, so that an over-long input still gets the decoder's error.
    return QString::fromUtf8(in.read(orglens::jwt::MaxTokenLength + 1));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrgLens"));
    QApplication::setApplicationName(QStringLiteral("orglens"));
    QApplication::setApplicationVersion(orglens::applicationVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Inspect Auth0 tokens and tenants."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("token"),
        QApplication::translate("main", "A token to open, or - to read it from standard input (safer: command "
                                        "lines are visible to other users of this computer)."),
        QStringLiteral("[token|-]"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start the built-in demo tenant on 127.0.0.1 and open the Login view on it."));
    parser.addOption(demoOption);
    // For the startup benchmark: quit as soon as the main window has been painted once.
    QCommandLineOption quitAfterStartupOption(
        QStringLiteral("quit-after-startup"),
        QApplication::translate("main", "Quit right after the main window is first painted (startup timing)."));
    quitAfterStartupOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterStartupOption);
    // For docs/screenshots.sh: write a PNG of every view into DIR, then quit.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot-dir"),
                                        QApplication::translate("main", "Write a screenshot of every view into DIR."),
                                        QStringLiteral("DIR"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    parser.process(app);

    orglens::profiles::ProfileStore profiles;
    orglens::KeychainSecretStore secrets;
    orglens::CountingNetworkAccessManager network; // the status bar shows its requests in flight
    orglens::oauth::SessionHistory history;
    orglens::oauth::OAuthClient oauth(&network);
    oauth.setHistory(&history);
    const orglens::widgets::AppContext context{&profiles, &secrets, &oauth, &history};

    // Declared before the window: the Users view keeps a pointer to it.
    std::unique_ptr<orglens::management::ManagementClient> management;
    orglens::widgets::MainWindow window;
    window.addApplicationViews(context);
    // Management API users; it needs a tenant client (UsersView::setClient) before it can search. Built when first
    // shown, like every view not needed for the first paint.
    QString managementLabel;
    window.addView(QApplication::translate("main", "Users"), orglens::widgets::MainWindow::ViewSlot::Users, [&] {
        auto *usersView = new orglens::widgets::UsersView(&window);
        if (management)
            usersView->setClient(management.get(), managementLabel);
        return usersView;
    });

    std::unique_ptr<orglens::demo::DemoTenant> demo;
    std::optional<orglens::widgets::SessionProfile> demoSession;
    if (parser.isSet(demoOption)) {
        demo = std::make_unique<orglens::demo::DemoTenant>(orglens::demo::DemoTenantOptions{});
        if (const auto started = demo->start(); !started) {
            QTextStream(stderr)
                << QApplication::translate("main", "The demo tenant did not start: %1\n").arg(started.error().message);
            return 1;
        }
        const orglens::widgets::SessionProfile demoProfile = orglens::widgets::demoSessionProfile(demo->issuer());
        demoSession = demoProfile;
        window.addSessionProfile(demoProfile);
        orglens::management::ManagementConfig config;
        config.issuer = demoProfile.profile.issuer;
        config.clientId = demoProfile.profile.managementClientId;
        config.clientSecret = demoProfile.managementClientSecret;
        management = std::make_unique<orglens::management::ManagementClient>(&network, &oauth, config);
        managementLabel = demoProfile.label;
        window.setTenantStatus(QApplication::translate("main", "Demo tenant: %1").arg(demo->issuer().toString()));
        window.showView(window.loginView());
    } else {
        window.restoreLastView();
    }
    if (parser.isSet(quitAfterStartupOption))
        QObject::connect(&window, &orglens::widgets::MainWindow::firstPainted, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
    if (parser.isSet(screenshotOption)) {
        auto *tour =
            new ScreenshotTour(&window, context, demoSession ? &*demoSession : nullptr, parser.value(screenshotOption));
        QObject::connect(&window, &orglens::widgets::MainWindow::firstPainted, tour, &ScreenshotTour::start,
                         Qt::QueuedConnection);
    }
    window.show();
    if (const QStringList arguments = parser.positionalArguments(); !arguments.isEmpty())
        window.openToken(arguments.constFirst() == QLatin1String("-") ? readTokenFromStdin() : arguments.constFirst());
    return app.exec();
}
