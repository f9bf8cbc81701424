#include "LoginCommand.h"

#include "ProfileOptions.h"
#include "explain/Preflight.h"
#include "jwt/TimeText.h"
#include "jwt/TokenDecoder.h"
#include "oauth/DeviceFlow.h"
#include "oauth/PkceFlow.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QProcess>

namespace orglens::cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"),
                                    LoginCommand::tr("Print the raw token response and the decoded tokens."));
const QCommandLineOption OrganizationOption(QStringLiteral("organization"),
                                            LoginCommand::tr("Organization id (or name)."), QStringLiteral("ORG"));
const QCommandLineOption NoBrowserOption(QStringLiteral("no-browser"),
                                         LoginCommand::tr("pkce: print the login URL instead of opening a browser."));
const QCommandLineOption PortOption(QStringLiteral("port"),
                                    LoginCommand::tr("pkce: loopback port (default: any free port)."),
                                    QStringLiteral("N"));
const QCommandLineOption ConnectionOption(QStringLiteral("connection"), LoginCommand::tr("pkce: connection name."),
                                          QStringLiteral("C"));
const QCommandLineOption PromptOption(QStringLiteral("prompt"),
                                      LoginCommand::tr("pkce: prompt (login, consent, none)."), QStringLiteral("P"));
const QCommandLineOption LoginHintOption(QStringLiteral("login-hint"), LoginCommand::tr("pkce: login_hint (email)."),
                                         QStringLiteral("EMAIL"));
const QCommandLineOption TimeoutOption(QStringLiteral("timeout"),
                                       LoginCommand::tr("pkce: seconds to wait for the login (300)."),
                                       QStringLiteral("S"));

// Keeps the refresh token of a saved profile in the keychain for 'refresh' and 'revoke'.
void keepRefreshToken(const profiles::Profile &profile, const oauth::TokenResult &result, CommandIo &io)
{
    if (profile.name.isEmpty() || result.response.refreshToken.isEmpty())
        return;
    const SecretResult stored = writeSecret(
        profiles::profileSecretKey(profile.name, profiles::SecretKind::RefreshToken), result.response.refreshToken, io);
    if (!stored.ok())
        io.err << LoginCommand::tr("Warning: could not store the refresh token: %1").arg(stored.error) << '\n';
    io.err.flush();
}

// One line when the tokens disagree with what the pre-flight check predicted for this login (no tenant data: the
// flow and the organization parameter only). Compares the access token, or the ID token when that is not a JWT.
void reportPreflightMismatch(const profiles::Profile &profile, bool device, const QString &organization,
                             const oauth::TokenResult &result, CommandIo &io)
{
    explain::PreflightInput input;
    input.profile = profile;
    input.flow = device ? oauth::Flow::Device : oauth::Flow::Pkce;
    input.organization = organization;
    QByteArray token = result.response.accessToken.bytes();
    if (!jwt::decodeToken(QString::fromUtf8(token)))
        token = result.response.idToken.bytes();
    if (token.isEmpty() || !jwt::decodeToken(QString::fromUtf8(token)))
        return;
    QStringList texts;
    for (const explain::PredictionMismatch &mismatch : explain::comparePrediction(explain::predict(input), token))
        texts << mismatch.text();
    if (!texts.isEmpty())
        io.err << texts.join(QStringLiteral("; ")) << '\n';
}

} // namespace

QString LoginCommand::summary() const
{
    return tr("Log in with the device flow or authorization code + PKCE.");
}

void LoginCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("flow"), tr("device or pkce."), QStringLiteral("device|pkce"));
    ProfileOptions::addTo(parser);
    addTranslatedOptions(parser,
                         {JsonOption, OrganizationOption, NoBrowserOption, PortOption, ConnectionOption, PromptOption,
                          LoginHintOption, TimeoutOption},
                         tr);
}

int LoginCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    const QStringList positional = parser.positionalArguments();
    const QString flow = positional.value(0);
    if (positional.size() != 1 || (flow != QLatin1String("device") && flow != QLatin1String("pkce")))
        return usageError(io, tr("expected 'login device' or 'login pkce'."));
    const auto profile = ProfileOptions::resolve(parser, *this, io);
    if (!profile)
        return ExitUsage;
    if (profile->clientId.isEmpty())
        return usageError(io, tr("no native application: give --client-id or set it in the profile."));

    QNetworkAccessManager network;
    oauth::OAuthClient client(&network);
    oauth::TokenOperation *operation = nullptr;
    if (flow == QLatin1String("device")) {
        auto *device = client.startDeviceFlow(
            {profile->issuer, profile->clientId, profile->audience, profile->scope, parser.value(OrganizationOption)});
        QObject::connect(
            device, &oauth::DeviceFlow::authorizationReceived, device,
            [&io](const oauth::DeviceAuthorization &authorization) {
                io.err << tr("To log in, open %1 and enter the code %2")
                              .arg(authorization.verificationUri.toString(), authorization.userCode)
                       << '\n';
                if (!authorization.verificationUriComplete.isEmpty())
                    io.err << tr("or open %1").arg(authorization.verificationUriComplete.toString()) << '\n';
                io.err << tr("The code expires in %1. Waiting...").arg(jwt::formatDuration(authorization.expiresIn))
                       << '\n';
                io.err.flush();
            });
        if (parser.isSet(OrganizationOption))
            io.err << tr("Note: the device flow does not support Organizations; tokens will have no org_id.") << '\n';
        operation = device;
    } else {
        oauth::PkceFlowRequest request{profile->issuer,
                                       profile->clientId,
                                       profile->audience,
                                       profile->scope,
                                       parser.value(OrganizationOption),
                                       parser.value(ConnectionOption),
                                       parser.value(PromptOption),
                                       parser.value(LoginHintOption)};
        if (parser.isSet(PortOption)) {
            bool ok = false;
            const uint port = parser.value(PortOption).toUInt(&ok);
            if (!ok || port > 65535)
                return usageError(io, tr("--port must be a number from 0 to 65535."));
            request.port = quint16(port);
        }
        if (parser.isSet(TimeoutOption)) {
            bool ok = false;
            const int seconds = parser.value(TimeoutOption).toInt(&ok);
            if (!ok || seconds <= 0)
                return usageError(io, tr("--timeout must be a positive number of seconds."));
            request.timeout = std::chrono::seconds(seconds);
        }
        auto *pkce = oauth::PkceFlow::start(client, request);
        const bool noBrowser = parser.isSet(NoBrowserOption);
        QObject::connect(pkce, &oauth::PkceFlow::authorizationUrlReady, pkce, [&io, noBrowser](const QUrl &url) {
            if (noBrowser || !QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)}))
                io.err << tr("Open this URL in a browser to log in:") << '\n';
            else
                io.err << tr("Opened the browser. If it did not open, visit:") << '\n';
            io.err << url.toString(QUrl::FullyEncoded) << '\n' << tr("Waiting for the login...") << '\n';
            io.err.flush();
        });
        operation = pkce;
    }
    io.err.flush();
    const oauth::TokenResult result = waitFor(operation);
    if (!result.ok())
        return reportFailure(*this, result, io);
    keepRefreshToken(*profile, result, io);
    reportPreflightMismatch(*profile, flow == QLatin1String("device"), parser.value(OrganizationOption), result, io);
    printTokenResponse(result, parser.isSet(JsonOption), io);
    return ExitSuccess;
}

} // namespace orglens::cli
