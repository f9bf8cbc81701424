#include "ActionPresets.h"
#include "AppContext.h"
#include "DemoProfile.h"
#include "DemoTenantHost.h"
#include "DemoTenantWiring.h"
#include "ExplainView.h"
#include "ExplainWiring.h"
#include "Language.h"
#include "LazyIconStyle.h"
#include "LoginView.h"
#include "MainWindow.h"
#include "ManagementConnection.h"
#include "ManagementWiring.h"
#include "ScreenshotTour.h"
#include "SingleInstance.h"
#include "ThemeMenu.h"
#include "common/BuildInfo.h"
#include "common/CountingNetworkAccessManager.h"
#include "common/OperationTracker.h"
#include "jwt/TokenDecoder.h"
#include "oauth/OAuthClient.h"
#include "oauth/SessionHistory.h"
#include "profiles/ProfileDirectory.h"
#include "profiles/ProfileStore.h"
#include "secrets/CoreDumps.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QUrl>

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

// The command-line argument as token text: "-" reads standard input; a file (a path or a file: URL, as the
// desktop file's %u passes it) is read, so that .jwt files open in OrgLens; anything else is the token itself.
QString tokenFromArgument(const QString &argument)
{
    if (argument == QLatin1String("-"))
        return readTokenFromStdin();
    const QUrl url(argument);
    const QString path = url.isLocalFile() ? url.toLocalFile() : argument;
    if (!QFileInfo(path).isFile())
        return argument;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return argument; // the inspector then reports why this is not a token
    return QString::fromUtf8(file.read(orglens::jwt::MaxTokenLength + 1)).trimmed();
}

} // namespace

int main(int argc, char *argv[])
{
    orglens::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrgLens"));
    QApplication::setApplicationName(QStringLiteral("orglens"));
    QApplication::setApplicationVersion(orglens::versionLine());
    QApplication::setDesktopFileName(QStringLiteral("io.github.orglens.OrgLens"));
    // The platform's style, with Qt's standard icons read when first drawn rather than while the window is built.
    QApplication::setStyle(new orglens::widgets::LazyIconStyle);
    if (const auto theme = orglens::widgets::savedTheme(); theme != orglens::widgets::Theme::System)
        orglens::widgets::applyTheme(theme);
    // Before the parser is built, so that --help is translated too.
    orglens::i18n::installTranslations(orglens::i18n::chooseLanguage(
        orglens::i18n::languageFromArguments(app.arguments()), QProcessEnvironment::systemEnvironment()));

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
    const QCommandLineOption demoActionsOption(
        QStringLiteral("demo-actions"),
        QApplication::translate("main", "Start the demo tenant with these Actions (implies --demo): %1. File > Demo "
                                        "tenant switches while it runs.")
            .arg(orglens::demo::actionPresetNames().join(QStringLiteral(", "))),
        QStringLiteral("preset"), orglens::demo::actionPresetName(orglens::demo::InteractiveDemoPreset));
    parser.addOption(demoActionsOption);
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Use this language (de, en, fr) instead of the system's or the saved one."),
        QStringLiteral("code"));
    parser.addOption(languageOption);
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
    const auto demoPreset = orglens::demo::actionPresetFromName(parser.value(demoActionsOption));
    if (!demoPreset) {
        QTextStream(stderr) << QApplication::translate("main", "--demo-actions must be one of %1, not '%2'.\n")
                                   .arg(orglens::demo::actionPresetNames().join(QStringLiteral(", ")),
                                        parser.value(demoActionsOption));
        return 2;
    }
    const bool runDemo = parser.isSet(demoOption) || parser.isSet(demoActionsOption);

    const QStringList arguments = parser.positionalArguments();
    const QString token = arguments.isEmpty() ? QString() : tokenFromArgument(arguments.constFirst());
    // A demo run owns its demo tenant, so it neither hands off to nor serves other launches.
    orglens::widgets::SingleInstance instance;
    if (!runDemo) {
        if (instance.handOff(token))
            return 0;
        if (!instance.listen())
            QTextStream(stderr) << QApplication::translate("main", "Other launches will open their own window: %1\n")
                                       .arg(instance.errorString());
    }

    orglens::profiles::ProfileStore profiles;
    orglens::KeychainSecretStore secrets;
    orglens::CountingNetworkAccessManager network; // the status bar shows its requests in flight
    orglens::oauth::SessionHistory history;
    orglens::oauth::OAuthClient oauth(&network);
    oauth.setHistory(&history);
    orglens::OperationTracker operations; // long operations: busy indicators and Cancel in the views and status bar
    orglens::profiles::ProfileDirectory directory(&profiles, &secrets); // saved and session profiles, their secrets
    const orglens::widgets::AppContext context{&profiles, &secrets, &oauth, &history, &operations, &directory};

    // Declared before the window: the management views share it (one Management API client per profile).
    orglens::widgets::ManagementConnection management(context);
    orglens::widgets::MainWindow window;
    window.addApplicationViews(context);
    // Views not needed for the first paint are built when first shown.
    using Slot = orglens::widgets::MainWindow::ViewSlot;
    orglens::widgets::addManagementViews(&window, &management);
    window.addView(QApplication::translate("main", "Explain"), Slot::Explain, [&] {
        auto *explainView = new orglens::widgets::ExplainView(&management, &window);
        orglens::widgets::wireExplainView(explainView, &window);
        return explainView;
    });
    orglens::widgets::wireManagementConnection(&window, &management);

    // Started by --demo, or later from File > Demo tenant.
    orglens::demo::DemoTenantHost demo;
    orglens::wireDemoTenant(&window, &demo, &directory);
    std::optional<orglens::profiles::SessionProfile> demoSession;
    if (runDemo) {
        if (const auto started = demo.start(*demoPreset); !started) {
            QTextStream(stderr)
                << QApplication::translate("main", "The demo tenant did not start: %1\n").arg(started.error().message);
            return 1;
        }
        demoSession = orglens::demo::demoSessionProfile(demo.issuer());
        window.showView(window.loginView());
    } else {
        window.restoreLastView();
    }
    // Leaves without closing the window: a timing run neither writes the window layout to the settings (a file
    // write and fsync that belong to quitting, not to starting) nor changes the user's saved layout.
    if (parser.isSet(quitAfterStartupOption))
        QObject::connect(
            &window, &orglens::widgets::MainWindow::firstPainted, &app, [] { QCoreApplication::exit(0); },
            Qt::QueuedConnection);
    if (parser.isSet(screenshotOption)) {
        auto *tour =
            new ScreenshotTour(&window, context, demoSession ? &*demoSession : nullptr, parser.value(screenshotOption));
        QObject::connect(&window, &orglens::widgets::MainWindow::firstPainted, tour, &ScreenshotTour::start,
                         Qt::QueuedConnection);
    }
    QObject::connect(&instance, &orglens::widgets::SingleInstance::tokenReceived, &window,
                     [&window](const QString &handedOver) {
                         if (!handedOver.isEmpty())
                             window.openToken(handedOver);
                         window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
                         window.raise();
                         window.activateWindow();
                     });
    window.show();
    if (!arguments.isEmpty())
        window.openToken(token);
    return app.exec();
}
