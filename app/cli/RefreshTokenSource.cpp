#include "RefreshTokenSource.h"

#include "ProfileOptions.h"

#include <QCoreApplication>

namespace orglens::cli {

const QCommandLineOption &refreshTokenStdinOption()
{
    static const QCommandLineOption option(
        QStringLiteral("stdin"),
        QCoreApplication::translate("orglens::cli", "Read the refresh token from standard input instead of the "
                                                    "keychain entry of the profile."));
    return option;
}

Secret refreshTokenFor(const QCommandLineParser &parser, const profiles::Profile &profile, CommandIo &io)
{
    if (parser.isSet(refreshTokenStdinOption()) || profile.name.isEmpty())
        return secretFromStdin(io);
    const SecretResult result =
        readSecret(profiles::profileSecretKey(profile.name, profiles::SecretKind::RefreshToken));
    if (!result.ok())
        io.err << QCoreApplication::translate("orglens::cli", "No refresh token is stored for profile '%1'%2: run "
                                                              "'login' with --scope 'openid offline_access' first, "
                                                              "or pass one with --stdin.")
                      .arg(profile.name, result.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(result.error))
               << '\n';
    io.err.flush();
    return result.secret;
}

} // namespace orglens::cli
