#pragma once

#include "Command.h"
#include "oauth/TokenOperation.h"
#include "profiles/Profile.h"
#include "secrets/Secret.h"

#include <QCommandLineOption>

#include <optional>

namespace orglens::cli {

// Where 'refresh' and 'revoke' take the refresh token from: --stdin, or the keychain entry of the saved profile
// (stored by 'login'). Never the command line.
const QCommandLineOption &refreshTokenStdinOption();
Secret refreshTokenFor(const QCommandLineParser &parser, const profiles::Profile &profile, CommandIo &io);

struct RefreshTarget {
    profiles::Profile profile;
    Secret refreshToken;

    // The profile's native application, a public client (no secret): refresh tokens are issued to it.
    oauth::ClientAuth client() const { return {profile.clientId, {}, oauth::ClientAuth::Method::Post}; }
};

// Base of the commands that act on a refresh token ('refresh', 'revoke').
class RefreshTokenCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::RefreshTokenCommand)

protected:
    // The profile options and --stdin.
    static void addRefreshTokenOptions(QCommandLineParser &parser);
    // The profile (with a native client id) and its refresh token; on bad usage prints why and returns nothing.
    std::optional<RefreshTarget> resolveRefreshTarget(const QCommandLineParser &parser, CommandIo &io) const;
};

} // namespace orglens::cli
