#include "RevokeCommand.h"

#include "ProfileOptions.h"
#include "RefreshTokenSource.h"
#include "oauth/OAuthClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace orglens::cli {

QString RevokeCommand::summary() const
{
    return tr("Revoke the stored refresh token and forget it.");
}

void RevokeCommand::configure(QCommandLineParser &parser)
{
    addRefreshTokenOptions(parser);
}

int RevokeCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    const auto target = resolveRefreshTarget(parser, io);
    if (!target)
        return ExitUsage;

    QNetworkAccessManager network;
    oauth::OAuthClient client(&network);
    const oauth::TokenResult result =
        waitFor(client.revoke({target->profile.issuer, target->client(), target->refreshToken}));
    if (!result.ok())
        return reportFailure(*this, result, io);
    if (!target->profile.name.isEmpty() && !parser.isSet(refreshTokenStdinOption()))
        removeSecret(profiles::profileSecretKey(target->profile.name, profiles::SecretKind::RefreshToken));
    io.err << tr("The refresh token was revoked.") << '\n';
    io.err.flush();
    return ExitSuccess;
}

} // namespace orglens::cli
