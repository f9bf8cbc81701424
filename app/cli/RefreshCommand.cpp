#include "RefreshCommand.h"

#include "ProfileOptions.h"
#include "RefreshTokenSource.h"
#include "oauth/OAuthClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace orglens::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("orglens::cli::RefreshCommand", text);
}

const QCommandLineOption JsonOption(QStringLiteral("json"), tr("Print the raw token response and the decoded tokens."));

} // namespace

QString RefreshCommand::summary() const
{
    return tr("Use the stored refresh token (rotation replaces it).");
}

void RefreshCommand::configure(QCommandLineParser &parser)
{
    ProfileOptions::addTo(parser);
    parser.addOption(refreshTokenStdinOption());
    parser.addOption(JsonOption);
}

int RefreshCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("tokens are never taken from the command line: use --stdin or a profile."));
    const auto profile = ProfileOptions::resolve(parser, *this, io);
    if (!profile)
        return ExitUsage;
    if (profile->clientId.isEmpty())
        return usageError(io, tr("no native application: give --client-id or set it in the profile."));
    const Secret refreshToken = refreshTokenFor(parser, *profile, io);
    if (refreshToken.isEmpty())
        return ExitUsage;

    QNetworkAccessManager network;
    oauth::OAuthClient client(&network);
    // Only a scope given on the command line narrows the refresh; the profile's scope is for logins.
    const oauth::TokenResult result =
        waitFor(client.refresh({profile->issuer,
                                {profile->clientId, {}, oauth::ClientAuth::Method::Post},
                                refreshToken,
                                parser.isSet(QStringLiteral("scope")) ? profile->scope : QString(),
                                {}}));
    if (!result.ok())
        return reportFailure(*this, result, io);
    // Rotation: the new refresh token replaces the old one, which the tenant no longer accepts.
    if (!profile->name.isEmpty() && !result.response.refreshToken.isEmpty() &&
        !(result.response.refreshToken == refreshToken)) {
        const SecretResult stored =
            writeSecret(profiles::profileSecretKey(profile->name, profiles::SecretKind::RefreshToken),
                        result.response.refreshToken, io);
        io.err << (stored.ok() ? tr("The refresh token was rotated; the new one replaces the stored one.")
                               : tr("Warning: could not store the rotated refresh token: %1").arg(stored.error))
               << '\n';
        io.err.flush();
    }
    printTokenResponse(result, parser.isSet(JsonOption), io);
    return ExitSuccess;
}

} // namespace orglens::cli
