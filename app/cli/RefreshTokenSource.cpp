#include "RefreshTokenSource.h"

#include "ProfileOptions.h"

#include <QCoreApplication>

namespace orglens::cli {

namespace {

const QCommandLineOption
    StdinOption(QStringLiteral("stdin"),
                RefreshTokenCommand::tr(
                    "Read the refresh token from standard input instead of the keychain entry of the profile."));

} // namespace

const QCommandLineOption &refreshTokenStdinOption()
{
    return StdinOption;
}

Secret refreshTokenFor(const QCommandLineParser &parser, const profiles::Profile &profile, CommandIo &io)
{
    if (parser.isSet(refreshTokenStdinOption()) || profile.name.isEmpty())
        return secretFromStdin(io);
    const SecretResult result = readProfileSecret(profile.name, profiles::SecretKind::RefreshToken);
    if (!result.ok())
        io.err << RefreshTokenCommand::tr("No refresh token is stored for profile '%1'%2: run 'login' with --scope "
                                          "'openid offline_access' first, or pass one with --stdin.")
                      .arg(profile.name, result.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(result.error))
               << '\n';
    io.err.flush();
    return result.secret;
}

void RefreshTokenCommand::addRefreshTokenOptions(QCommandLineParser &parser)
{
    ProfileOptions::addTo(parser);
    addTranslatedOptions(parser, {StdinOption}, tr);
}

std::optional<RefreshTarget> RefreshTokenCommand::resolveRefreshTarget(const QCommandLineParser &parser,
                                                                       CommandIo &io) const
{
    if (!parser.positionalArguments().isEmpty()) {
        usageError(io, tr("tokens are never taken from the command line: use --stdin or a profile."));
        return std::nullopt;
    }
    const auto profile = ProfileOptions::resolve(parser, *this, io);
    if (!profile)
        return std::nullopt;
    if (profile->clientId.isEmpty()) {
        usageError(io, tr("no native application: give --client-id or set it in the profile."));
        return std::nullopt;
    }
    Secret refreshToken = refreshTokenFor(parser, *profile, io);
    if (refreshToken.isEmpty())
        return std::nullopt;
    return RefreshTarget{*profile, std::move(refreshToken)};
}

} // namespace orglens::cli
