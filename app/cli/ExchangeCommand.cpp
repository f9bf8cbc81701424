#include "ExchangeCommand.h"

#include "ProfileOptions.h"
#include "jwt/TokenDiff.h"
#include "oauth/OAuthClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace orglens::cli {

namespace {

const QCommandLineOption JsonOption(
    QStringLiteral("json"),
    ExchangeCommand::tr(
        "Print {\"response\", \"decoded\", \"diff\"}: the raw response, the decoded tokens and the claim diff."));
const QCommandLineOption SubjectTokenOption(
    QStringLiteral("subject-token"),
    ExchangeCommand::tr(
        "The subject token; - reads it from standard input (recommended: a command line is visible to other users)."),
    QStringLiteral("T|-"));
const QCommandLineOption OrganizationOption(QStringLiteral("organization"),
                                            ExchangeCommand::tr("Organization id (or name)."), QStringLiteral("ORG"));
const QCommandLineOption
    BasicOption(QStringLiteral("basic"),
                ExchangeCommand::tr("Authenticate with HTTP Basic (client_secret_basic) instead of the form."));

} // namespace

QString ExchangeCommand::summary() const
{
    return tr("Custom Token Exchange of a subject token; shows the claim diff.");
}

void ExchangeCommand::configure(QCommandLineParser &parser)
{
    ProfileOptions::addTo(parser);
    addTranslatedOptions(parser, {SubjectTokenOption, OrganizationOption, BasicOption, JsonOption}, tr);
}

int ExchangeCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    if (!parser.isSet(SubjectTokenOption))
        return usageError(io, tr("--subject-token is required (use - to read it from standard input)."));
    const auto profile = ProfileOptions::resolve(parser, *this, io);
    if (!profile)
        return ExitUsage;
    if (profile->exchangeClientId.isEmpty())
        return usageError(io, tr("no token exchange application: give --exchange-client-id or set it in the profile."));
    if (profile->subjectTokenType.isEmpty())
        return usageError(io, tr("no subject token type: give --subject-token-type or set it in the profile."));
    const Secret secret = profileSecret(*profile, profiles::SecretKind::ExchangeClientSecret,
                                        QStringLiteral("ORGLENS_EXCHANGE_CLIENT_SECRET"), io);
    if (secret.isEmpty())
        return usageError(io, tr("no client secret: set ORGLENS_EXCHANGE_CLIENT_SECRET, or store it with 'profile set "
                                 "NAME --exchange-client-secret-stdin'."));

    Secret subjectToken;
    if (parser.value(SubjectTokenOption) == QLatin1String("-")) {
        subjectToken = secretFromStdin(io);
    } else {
        // Accepted for convenience, but argv is readable by other local users (ps, /proc): say so.
        io.err << tr("Warning: a token on the command line is visible to other users of this machine; prefer "
                     "--subject-token - and standard input.")
               << '\n';
        subjectToken = Secret::fromString(parser.value(SubjectTokenOption).trimmed());
    }
    if (subjectToken.isEmpty())
        return usageError(io, tr("the subject token is empty."));

    QNetworkAccessManager network;
    oauth::OAuthClient client(&network);
    const auto method = parser.isSet(BasicOption) ? oauth::ClientAuth::Method::Basic : oauth::ClientAuth::Method::Post;
    const oauth::TokenResult result = waitFor(client.exchangeToken({profile->issuer,
                                                                    {profile->exchangeClientId, secret, method},
                                                                    subjectToken,
                                                                    profile->subjectTokenType,
                                                                    profile->audience,
                                                                    profile->scope,
                                                                    parser.value(OrganizationOption),
                                                                    {}}));
    if (!result.ok())
        return reportFailure(*this, result, io);

    const auto before = jwt::decodeToken(subjectToken.toString());
    const auto after = jwt::decodeToken(result.response.accessToken.toString());
    const bool json = parser.isSet(JsonOption);
    if (!before || !after) {
        io.err
            << tr("No claim diff: %1 is not a JWT.").arg(before ? tr("the new access token") : tr("the subject token"))
            << '\n';
        io.err.flush();
        printTokenResponse(result, json, io);
        return ExitSuccess;
    }
    const jwt::TokenDiff diff = jwt::diffTokens(*before, *after);
    if (json) {
        printTokenResponse(result, true, io, {{QStringLiteral("diff"), diff.toJson()}});
        return ExitSuccess;
    }
    printTokenResponse(result, false, io);
    io.out << '\n' << tr("Changes from the subject token:") << '\n';
    for (const jwt::DiffEntry &entry : diff.entries) {
        if (entry.kind == jwt::ChangeKind::Unchanged || entry.isVolatile)
            continue;
        io.out << "  " << jwt::changeKindName(entry.kind).leftJustified(8) << ' ' << entry.path << ' '
               << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("before"), entry.before},
                                                              {QStringLiteral("after"), entry.after}})
                                        .toJson(QJsonDocument::Compact))
               << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

} // namespace orglens::cli
