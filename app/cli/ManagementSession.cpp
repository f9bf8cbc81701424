#include "ManagementSession.h"

#include "ProfileOptions.h"
#include "oauth/OAuthClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace orglens::cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), ManagementSession::tr("Print JSON."));

} // namespace

ManagementSession::~ManagementSession() = default;

void ManagementSession::addOptions(QCommandLineParser &parser)
{
    ProfileOptions::addTo(parser);
    addTranslatedOptions(parser, {JsonOption}, tr);
}

bool ManagementSession::json(const QCommandLineParser &parser)
{
    return parser.isSet(JsonOption);
}

std::unique_ptr<ManagementSession> ManagementSession::open(const QCommandLineParser &parser, const Command &command,
                                                           CommandIo &io)
{
    const auto profile = ProfileOptions::resolve(parser, command, io);
    if (!profile)
        return nullptr;
    const auto fail = [&](const QString &message) {
        io.err << "orglens-cli " << command.name() << ": " << message << '\n';
        io.err.flush();
        return nullptr;
    };
    if (profile->managementClientId.isEmpty())
        return fail(tr("no machine-to-machine application: give --mgmt-client-id or set it in the profile."));
    const Secret secret = profileSecret(*profile, profiles::SecretKind::ManagementClientSecret,
                                        QStringLiteral("ORGLENS_MGMT_CLIENT_SECRET"), io);
    if (secret.isEmpty()) {
        return fail(tr("no client secret for %1: set ORGLENS_MGMT_CLIENT_SECRET, or store it with 'profile set NAME "
                       "--mgmt-client-secret-stdin'.")
                        .arg(profile->managementClientId));
    }
    std::unique_ptr<ManagementSession> session(new ManagementSession);
    session->m_profile = *profile;
    session->m_oauth = std::make_unique<oauth::OAuthClient>(&session->m_network);
    management::ManagementConfig config;
    config.issuer = profile->issuer;
    config.clientId = profile->managementClientId;
    config.clientSecret = secret;
    session->m_client =
        std::make_unique<management::ManagementClient>(&session->m_network, session->m_oauth.get(), config);
    return session;
}

int reportApiError(const Command &command, CommandIo &io, const QString &text)
{
    io.err << "orglens-cli " << command.name() << ": " << text << '\n';
    io.err.flush();
    return ExitFailure;
}

void printOutcome(CommandIo &io, bool ok, const QString &line)
{
    QTextStream &stream = ok ? io.out : io.err;
    stream << line << '\n';
    stream.flush();
}

void printJson(CommandIo &io, const QJsonValue &value)
{
    io.out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                  .toJson(QJsonDocument::Indented);
    io.out.flush();
}

} // namespace orglens::cli
