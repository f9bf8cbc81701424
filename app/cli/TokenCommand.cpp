#include "TokenCommand.h"

#include "ProfileOptions.h"
#include "oauth/OAuthClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace orglens::cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"),
                                    TokenCommand::tr("Print the raw token response and the decoded token."));
const QCommandLineOption OrganizationOption(QStringLiteral("organization"),
                                            TokenCommand::tr("Organization id (or name): an M2M token with org_id."),
                                            QStringLiteral("ORG"));
const QCommandLineOption
    BasicOption(QStringLiteral("basic"),
                TokenCommand::tr("Authenticate with HTTP Basic (client_secret_basic) instead of the form."));

} // namespace

QString TokenCommand::summary() const
{
    return tr("Get a client-credentials token (Management API unless --audience).");
}

void TokenCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("grant"), tr("client-credentials"),
                                 QStringLiteral("client-credentials"));
    ProfileOptions::addTo(parser);
    addTranslatedOptions(parser, {OrganizationOption, BasicOption, JsonOption}, tr);
}

int TokenCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    if (parser.positionalArguments() != QStringList{QStringLiteral("client-credentials")})
        return usageError(io, tr("expected 'token client-credentials'."));
    const auto profile = ProfileOptions::resolve(parser, *this, io);
    if (!profile)
        return ExitUsage;
    if (profile->managementClientId.isEmpty())
        return usageError(io, tr("no machine-to-machine application: give --mgmt-client-id or set it in the profile."));
    const Secret secret = profileSecret(*profile, profiles::SecretKind::ManagementClientSecret,
                                        QStringLiteral("ORGLENS_MGMT_CLIENT_SECRET"), io);
    if (secret.isEmpty())
        return usageError(io, tr("no client secret: set ORGLENS_MGMT_CLIENT_SECRET, or store it with 'profile set NAME "
                                 "--mgmt-client-secret-stdin'."));

    // The profile's audience is for user logins; client credentials default to the Management API.
    const QString audience =
        parser.isSet(QStringLiteral("audience")) ? profile->audience : profile->managementAudience().toString();
    QNetworkAccessManager network;
    oauth::OAuthClient client(&network);
    const auto method = parser.isSet(BasicOption) ? oauth::ClientAuth::Method::Basic : oauth::ClientAuth::Method::Post;
    const oauth::TokenResult result =
        waitFor(client.clientCredentials({profile->issuer,
                                          {profile->managementClientId, secret, method},
                                          audience,
                                          parser.isSet(QStringLiteral("scope")) ? profile->scope : QString(),
                                          parser.value(OrganizationOption)}));
    if (!result.ok())
        return reportFailure(*this, result, io);
    printTokenResponse(result, parser.isSet(JsonOption), io);
    return ExitSuccess;
}

} // namespace orglens::cli
