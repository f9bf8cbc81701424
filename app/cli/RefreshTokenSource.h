#pragma once

#include "Command.h"
#include "profiles/Profile.h"
#include "secrets/Secret.h"

#include <QCommandLineOption>

namespace orglens::cli {

// Where 'refresh' and 'revoke' take the refresh token from: --stdin, or the keychain entry of the saved profile
// (stored by 'login'). Never the command line.
const QCommandLineOption &refreshTokenStdinOption();
Secret refreshTokenFor(const QCommandLineParser &parser, const profiles::Profile &profile, CommandIo &io);

} // namespace orglens::cli
