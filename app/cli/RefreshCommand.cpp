#include "RefreshCommand.h"

#include "ProfileOptions.h"
#include "RefreshTokenSource.h"
#include "oauth/OAuthClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace orglens::cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"),
                                    RefreshCommand::tr("Print the raw token response and the decoded tokens."));

} // namespace

QString RefreshCommand::summary() const
{
    return tr("Use the stored refresh token (rotation replaces it).");
}

void RefreshCommand::configure(QCommandLineParser &parser)
{
    addRefreshTokenOptions(parser);
    addTranslatedOptions(parser, {JsonOption}, tr);
}

int RefreshCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    const auto target = resolveRefreshTarget(parser, io);
    if (!target)
        return ExitUsage;

    QNetworkAccessManager network;
    oauth::OAuthClient client(&network);
    // Only a scope given on the command line narrows the refresh; the profile's scope is for logins.
    const oauth::TokenResult result =
        waitFor(client.refresh({target->profile.issuer,
                                target->client(),
                                target->refreshToken,
                                parser.isSet(QStringLiteral("scope")) ? target->profile.scope : QString(),
                                {}}));
    if (!result.ok())
        return reportFailure(*this, result, io);
    // Rotation: the new refresh token replaces the old one, which the tenant no longer accepts.
    const bool rotated =
        !result.response.refreshToken.isEmpty() && !(result.response.refreshToken == target->refreshToken);
    bool kept = false;
    if (rotated && !target->profile.name.isEmpty()) {
        const SecretResult stored =
            writeSecret(profiles::profileSecretKey(target->profile.name, profiles::SecretKind::RefreshToken),
                        result.response.refreshToken, io);
        kept = stored.ok() && secretStore().storage() == SecretStorage::Keychain;
        if (kept)
            io.err << tr("The refresh token was rotated; the new one replaces the stored one.") << '\n';
        else if (!stored.ok())
            io.err << tr("Warning: could not store the rotated refresh token: %1").arg(stored.error) << '\n';
    }
    // A rotated token that is stored nowhere would be lost with this process (the old one no longer works): hand it
    // over. --json output has it anyway.
    if (rotated && !kept && !parser.isSet(JsonOption)) {
        io.err << tr("The refresh token was rotated and the new one is not stored (%1): the old one no longer works. "
                     "Keep the new one, printed below, and give it to the next 'refresh --stdin'.")
                      .arg(target->profile.name.isEmpty() ? tr("it came from standard input")
                                                          : tr("no keychain is running"))
               << '\n';
        io.out << tr("New refresh token: %1").arg(result.response.refreshToken.toString()) << '\n';
    }
    io.err.flush();
    printTokenResponse(result, parser.isSet(JsonOption), io);
    return ExitSuccess;
}

} // namespace orglens::cli
