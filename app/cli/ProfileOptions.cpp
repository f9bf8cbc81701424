#include "ProfileOptions.h"

#include "common/JsonText.h"
#include "jwt/TokenDecoder.h"
#include "oauth/TokenOperation.h"
#include "profiles/ProfileDirectory.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

namespace orglens::cli {

namespace {

QCommandLineOption option(const char *name, const char *valueName, const QString &description)
{
    return QCommandLineOption(QLatin1String(name), description, QLatin1String(valueName));
}

const QCommandLineOption ProfileOption = option("profile", "NAME", ProfileOptions::tr("Use the saved profile NAME."));
const QCommandLineOption IssuerOption = option(
    "issuer", "URL", ProfileOptions::tr("Tenant issuer (https://<domain>/; http:// only for 127.0.0.1/localhost)."));
const QCommandLineOption DomainOption =
    option("domain", "DOMAIN", ProfileOptions::tr("Tenant domain (same as --issuer https://DOMAIN/)."));
const QCommandLineOption ClientIdOption =
    option("client-id", "ID", ProfileOptions::tr("Native application (device flow, PKCE)."));
const QCommandLineOption AudienceOption = option("audience", "AUDIENCE", ProfileOptions::tr("API audience."));
const QCommandLineOption ScopeOption = option("scope", "SCOPES", ProfileOptions::tr("Scopes, space separated."));
const QCommandLineOption NamespaceOption = option("namespace", "URL", ProfileOptions::tr("Custom-claim namespace."));
const QCommandLineOption MgmtClientOption =
    option("mgmt-client-id", "ID", ProfileOptions::tr("Machine-to-machine application for the Management API."));
const QCommandLineOption ExchangeClientOption =
    option("exchange-client-id", "ID", ProfileOptions::tr("Application for Custom Token Exchange."));
const QCommandLineOption SubjectTypeOption =
    option("subject-token-type", "URI", ProfileOptions::tr("subject_token_type of the token exchange profile."));
const QCommandLineOption
    OrgNamesOption(QStringLiteral("use-org-names"),
                   ProfileOptions::tr("The tenant allows organization names in the Authentication API."));

QJsonValue decodedJson(const Secret &token)
{
    if (token.isEmpty())
        return QJsonValue::Null;
    const auto decoded = jwt::decodeToken(token.toString());
    if (!decoded)
        return QJsonObject{{QStringLiteral("error"), decoded.error().message}};
    return QJsonObject{{QStringLiteral("header"), decoded->header}, {QStringLiteral("payload"), decoded->payload}};
}

template <typename Start> SecretResult runSecretOperation(Start start)
{
    QEventLoop loop;
    SecretResult outcome;
    start(&loop, [&](const SecretResult &result) {
        outcome = result;
        loop.quit();
    });
    loop.exec();
    return outcome;
}

} // namespace

void ProfileOptions::addTo(QCommandLineParser &parser, bool withProfileName)
{
    if (withProfileName)
        addTranslatedOptions(parser, {ProfileOption}, tr);
    addTranslatedOptions(parser,
                         {IssuerOption, DomainOption, ClientIdOption, AudienceOption, ScopeOption, NamespaceOption,
                          MgmtClientOption, ExchangeClientOption, SubjectTypeOption, OrgNamesOption},
                         tr);
}

bool ProfileOptions::anyFieldSet(const QCommandLineParser &parser)
{
    for (const QCommandLineOption &each :
         {IssuerOption, DomainOption, ClientIdOption, AudienceOption, ScopeOption, NamespaceOption, MgmtClientOption,
          ExchangeClientOption, SubjectTypeOption, OrgNamesOption}) {
        if (parser.isSet(each))
            return true;
    }
    return false;
}

void ProfileOptions::applyFields(const QCommandLineParser &parser, profiles::Profile &profile)
{
    if (parser.isSet(DomainOption))
        profile.issuer = QUrl(parser.value(DomainOption)); // normalised (to https://) by normalizeProfile
    if (parser.isSet(IssuerOption))
        profile.issuer = QUrl(parser.value(IssuerOption));
    const auto apply = [&parser](const QCommandLineOption &each, QString &field) {
        if (parser.isSet(each))
            field = parser.value(each);
    };
    apply(ClientIdOption, profile.clientId);
    apply(AudienceOption, profile.audience);
    apply(ScopeOption, profile.scope);
    apply(NamespaceOption, profile.claimNamespace);
    apply(MgmtClientOption, profile.managementClientId);
    apply(ExchangeClientOption, profile.exchangeClientId);
    apply(SubjectTypeOption, profile.subjectTokenType);
    if (parser.isSet(OrgNamesOption))
        profile.useOrganizationNames = true;
}

std::optional<profiles::Profile> ProfileOptions::resolve(const QCommandLineParser &parser, const Command &command,
                                                         CommandIo &io, bool requireIssuer)
{
    const auto error = [&](const QString &message) {
        io.err << "orglens-cli " << command.name() << ": " << message << '\n';
        io.err.flush();
        return std::nullopt;
    };
    profiles::Profile profile;
    if (parser.isSet(ProfileOption)) {
        const auto loaded = profileDirectory().load(profiles::ProfileKey::saved(parser.value(ProfileOption)));
        if (!loaded)
            return error(loaded.error().message);
        profile = loaded.value();
    }
    if (parser.isSet(IssuerOption) && parser.isSet(DomainOption))
        return error(tr("give either --issuer or --domain, not both."));
    applyFields(parser, profile);
    if (profile.issuer.isEmpty()) {
        if (!requireIssuer)
            return profile;
        return error(tr("no tenant given: use --profile NAME, or --issuer URL / --domain DOMAIN."));
    }
    const auto normalized = profiles::normalizeProfile(profile);
    if (!normalized)
        return error(normalized.error().message);
    return normalized.value();
}

SecretStore &secretStore()
{
    static KeychainSecretStore store;
    return store;
}

profiles::ProfileDirectory &profileDirectory()
{
    static profiles::ProfileStore saved;
    static profiles::ProfileDirectory directory(&saved, &secretStore());
    return directory;
}

SecretResult readProfileSecret(const QString &profileName, profiles::SecretKind kind)
{
    return runSecretOperation([&](QObject *context, SecretStore::Callback done) {
        profileDirectory().readSecret(profiles::ProfileKey::saved(profileName), kind, context, std::move(done));
    });
}

SecretResult writeSecret(const QString &key, const Secret &value, CommandIo &io)
{
    const SecretResult result = runSecretOperation([&](QObject *context, SecretStore::Callback done) {
        secretStore().write(key, value, context, std::move(done));
    });
    if (secretStore().storage() == SecretStorage::SessionOnly) {
        io.err << ProfileOptions::tr("Note: %1 Nothing was saved: the secret is gone when this command ends (%2).")
                      .arg(secretStore().storageNotice(), secretStore().storageDetail())
               << '\n';
        io.err.flush();
    }
    return result;
}

SecretResult removeSecret(const QString &key)
{
    return runSecretOperation(
        [&key](QObject *context, SecretStore::Callback done) { secretStore().remove(key, context, std::move(done)); });
}

Secret profileSecret(const profiles::Profile &profile, profiles::SecretKind kind, const QString &environmentVariable,
                     CommandIo &io)
{
    if (io.environment.contains(environmentVariable))
        return Secret::fromString(io.environment.value(environmentVariable));
    if (profile.name.isEmpty())
        return {};
    const SecretResult result = readProfileSecret(profile.name, kind);
    if (result.status == SecretResult::Status::Failed) {
        io.err << ProfileOptions::tr("Warning: %1")
                      .arg(profiles::ProfileDirectory::secretProblem(result, profile.name, kind))
               << '\n';
        io.err.flush();
    }
    return result.ok() ? result.secret : Secret();
}

Secret secretFromStdin(CommandIo &io)
{
    return Secret::fromString(io.in.readLine().trimmed());
}

oauth::TokenResult waitFor(oauth::TokenOperation *operation)
{
    if (!operation->isFinished()) {
        QEventLoop loop;
        QObject::connect(operation, &oauth::TokenOperation::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    oauth::TokenResult result = operation->result();
    operation->deleteLater();
    return result;
}

int reportFailure(const Command &command, const oauth::TokenResult &result, CommandIo &io)
{
    io.err << "orglens-cli " << command.name() << ": " << result.error.text() << '\n';
    io.err.flush();
    return ExitFailure;
}

void printTokenResponse(const oauth::TokenResult &result, bool json, CommandIo &io, const QJsonObject &extra)
{
    const oauth::TokenResponse &response = result.response;
    if (json) {
        QJsonObject output{
            {QStringLiteral("response"), response.json()},
            {QStringLiteral("decoded"), QJsonObject{{QStringLiteral("access_token"), decodedJson(response.accessToken)},
                                                    {QStringLiteral("id_token"), decodedJson(response.idToken)}}}};
        if (!result.sessionId.isEmpty())
            output.insert(QStringLiteral("session"), result.sessionId);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            output.insert(it.key(), it.value());
        io.out << QJsonDocument(output).toJson(QJsonDocument::Indented);
        io.out.flush();
        return;
    }
    io.out << ProfileOptions::tr("Token type:     %1").arg(response.tokenType) << '\n';
    if (response.expiresIn > 0)
        io.out << ProfileOptions::tr("Expires in:     %1 s").arg(response.expiresIn) << '\n';
    if (!response.scope.isEmpty())
        io.out << ProfileOptions::tr("Scope:          %1").arg(response.scope) << '\n';
    if (!response.issuedTokenType.isEmpty())
        io.out << ProfileOptions::tr("Issued type:    %1").arg(response.issuedTokenType) << '\n';
    io.out << ProfileOptions::tr("ID token:       %1")
                  .arg(response.idToken.isEmpty() ? ProfileOptions::tr("no") : ProfileOptions::tr("yes"))
           << '\n'
           << ProfileOptions::tr("Refresh token:  %1")
                  .arg(response.refreshToken.isEmpty() ? ProfileOptions::tr("no") : ProfileOptions::tr("yes"))
           << '\n';
    if (result.fromCache)
        io.out << ProfileOptions::tr("(from the token cache)") << '\n';
    const auto decoded = jwt::decodeToken(response.accessToken.toString());
    if (decoded) {
        io.out << ProfileOptions::tr("Access token claims (use --json for the tokens themselves):") << '\n'
               << QJsonDocument(decoded->payload).toJson(QJsonDocument::Indented);
    } else {
        io.out << ProfileOptions::tr("The access token is not a JWT (opaque: request an API audience to get a JWT).")
               << '\n';
    }
    io.out.flush();
}

} // namespace orglens::cli
