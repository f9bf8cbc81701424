#include "AppContext.h"
#include "AuditView.h"
#include "BulkView.h"
#include "ExplainView.h"
#include "ExplainWiring.h"
#include "DemoProfile.h"
#include "DemoTenant.h"
#include "LoginView.h"
#include "MainWindow.h"
#include "ManagementConnection.h"
#include "UsersView.h"
#include "common/BuildInfo.h"
#include "jwt/TokenDecoder.h"
#include "oauth/OAuthClient.h"
#include "oauth/SessionHistory.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QNetworkAccessManager>
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
    parser.process(app);

    orglens::profiles::ProfileStore profiles;
    orglens::KeychainSecretStore secrets;
    QNetworkAccessManager network;
    orglens::oauth::SessionHistory history;
    orglens::oauth::OAuthClient oauth(&network);
    oauth.setHistory(&history);
    const orglens::widgets::AppContext context{&profiles, &secrets, &oauth, &history};

    // Declared before the window: the management views share it (one Management API client per profile).
    orglens::widgets::ManagementConnection management(context);
    orglens::widgets::MainWindow window;
    window.addApplicationViews(context);
    window.addView(new orglens::widgets::UsersView(&management, &window), QApplication::translate("main", "Users"));
    window.addView(new orglens::widgets::BulkView(&management, &window), QApplication::translate("main", "Bulk"));
    window.addView(new orglens::widgets::AuditView(&management, &window), QApplication::translate("main", "Audit"));
    auto *explainView = new orglens::widgets::ExplainView(&management, &window);
    window.addView(explainView, QApplication::translate("main", "Explain"));
    orglens::widgets::wireExplainView(explainView, &window);

    std::unique_ptr<orglens::demo::DemoTenant> demo;
    if (parser.isSet(demoOption)) {
        demo = std::make_unique<orglens::demo::DemoTenant>(orglens::demo::DemoTenantOptions{});
        if (const auto started = demo->start(); !started) {
            QTextStream(stderr)
                << QApplication::translate("main", "The demo tenant did not start: %1\n").arg(started.error().message);
            return 1;
        }
        const orglens::widgets::SessionProfile demoProfile = orglens::widgets::demoSessionProfile(demo->issuer());
        window.loginView()->addSessionProfile(demoProfile);
        management.addSessionProfile(demoProfile);
        management.setProfileKey(orglens::widgets::SessionProfilePrefix + demoProfile.label);
        window.setTenantStatus(QApplication::translate("main", "Demo tenant: %1").arg(demo->issuer().toString()));
        window.showView(window.loginView());
    }
    window.show();
    if (const QStringList arguments = parser.positionalArguments(); !arguments.isEmpty())
        window.openToken(arguments.constFirst() == QLatin1String("-") ? readTokenFromStdin() : arguments.constFirst());
    return app.exec();
}
