#include "RevokeCommand.h"

#include "ProfileOptions.h"
#include "RefreshTokenSource.h"
#include "oauth/OAuthClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace orglens::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("orglens::cli::RevokeCommand", text);
}

} // namespace

QString RevokeCommand::summary() const
{
    return tr("Revoke the stored refresh token and forget it.");
}

void RevokeCommand::configure(QCommandLineParser &parser)
{
    ProfileOptions::addTo(parser);
    parser.addOption(refreshTokenStdinOption());
}

int RevokeCommand::execute(const QCommandLineParser &parser, CommandIo &io)
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
    const oauth::TokenResult result = waitFor(
        client.revoke({profile->issuer, {profile->clientId, {}, oauth::ClientAuth::Method::Post}, refreshToken}));
    if (!result.ok())
        return reportFailure(*this, result, io);
    if (!profile->name.isEmpty() && !parser.isSet(refreshTokenStdinOption()))
        removeSecret(profiles::profileSecretKey(profile->name, profiles::SecretKind::RefreshToken));
    io.err << tr("The refresh token was revoked.") << '\n';
    io.err.flush();
    return ExitSuccess;
}

} // namespace orglens::cli
