#include "ProfileCommand.h"

#include "ProfileOptions.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace orglens::cli {

namespace {

using profiles::SecretKind;

const QCommandLineOption JsonOption(QStringLiteral("json"), ProfileCommand::tr("Print JSON."));
const QCommandLineOption MgmtSecretStdinOption(
    QStringLiteral("mgmt-client-secret-stdin"),
    ProfileCommand::tr(
        "Read the Management API client secret from standard input (first line) and store it in the keychain."));
const QCommandLineOption ExchangeSecretStdinOption(
    QStringLiteral("exchange-client-secret-stdin"),
    ProfileCommand::tr(
        "Read the token exchange client secret from standard input (next line) and store it in the keychain."));

const QCommandLineOption
    MemoryOnlyOption(QStringLiteral("memory-only"),
                     ProfileCommand::tr("Without a keychain, keep the secrets in memory for this command only (they "
                                        "are forgotten when it ends) instead of failing."));

const auto MgmtSecretVariable = QStringLiteral("ORGLENS_MGMT_CLIENT_SECRET");
const auto ExchangeSecretVariable = QStringLiteral("ORGLENS_EXCHANGE_CLIENT_SECRET");

QJsonObject profileJson(const profiles::Profile &profile)
{
    return {{QStringLiteral("name"), profile.name},
            {QStringLiteral("issuer"), profile.issuer.toString()},
            {QStringLiteral("client_id"), profile.clientId},
            {QStringLiteral("audience"), profile.audience},
            {QStringLiteral("scope"), profile.scope},
            {QStringLiteral("namespace"), profile.claimNamespace},
            {QStringLiteral("mgmt_client_id"), profile.managementClientId},
            {QStringLiteral("exchange_client_id"), profile.exchangeClientId},
            {QStringLiteral("subject_token_type"), profile.subjectTokenType},
            {QStringLiteral("use_org_names"), profile.useOrganizationNames}};
}

const char *secretName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ManagementClientSecret:
        return "mgmt_client_secret";
    case SecretKind::ExchangeClientSecret:
        return "exchange_client_secret";
    case SecretKind::RefreshToken:
        break;
    }
    return "refresh_token";
}

// Stores the secrets given through the environment or standard input; never from the command line.
bool storeSecrets(const QCommandLineParser &parser, const profiles::Profile &profile, CommandIo &io)
{
    const auto store = [&](SecretKind kind, const Secret &value) {
        const SecretResult result = writeSecret(profiles::profileSecretKey(profile.name, kind), value, io);
        if (!result.ok()) {
            io.err
                << ProfileCommand::tr("Could not store the %1: %2").arg(QLatin1String(secretName(kind)), result.error)
                << '\n';
            return false;
        }
        // A secret "stored" in this process's memory is gone when the command ends: a failure, unless asked for.
        if (secretStore().storage() == SecretStorage::SessionOnly && !parser.isSet(MemoryOnlyOption)) {
            io.err << ProfileCommand::tr("Error: the %1 of profile '%2' was not stored: no keychain is running, so it "
                                         "would be forgotten when this command ends. Start a keychain (the Secret "
                                         "Service: gnome-keyring or KWallet) and run the command again, or add "
                                         "--memory-only to accept that; the profile's other fields were saved.")
                          .arg(QLatin1String(secretName(kind)), profile.name)
                   << '\n';
            return false;
        }
        io.err << ProfileCommand::tr("Stored the %1 of profile '%2' (%3).")
                      .arg(QLatin1String(secretName(kind)), profile.name,
                           secretStore().storage() == SecretStorage::Keychain ? ProfileCommand::tr("keychain")
                                                                              : ProfileCommand::tr("memory only"))
               << '\n';
        return true;
    };
    bool ok = true;
    if (parser.isSet(MgmtSecretStdinOption))
        ok = store(SecretKind::ManagementClientSecret, secretFromStdin(io)) && ok;
    else if (io.environment.contains(MgmtSecretVariable))
        ok = store(SecretKind::ManagementClientSecret, Secret::fromString(io.environment.value(MgmtSecretVariable))) &&
             ok;
    if (parser.isSet(ExchangeSecretStdinOption))
        ok = store(SecretKind::ExchangeClientSecret, secretFromStdin(io)) && ok;
    else if (io.environment.contains(ExchangeSecretVariable))
        ok =
            store(SecretKind::ExchangeClientSecret, Secret::fromString(io.environment.value(ExchangeSecretVariable))) &&
            ok;
    io.err.flush();
    return ok;
}

} // namespace

QString ProfileCommand::summary() const
{
    return tr("Manage tenant profiles: add, set, list, show, remove.");
}

void ProfileCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, set, list, show or remove."),
                                 QStringLiteral("add|set|list|show|remove"));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The profile name (not for list)."),
                                 QStringLiteral("[NAME]"));
    ProfileOptions::addTo(parser, false);
    addTranslatedOptions(parser, {JsonOption, MgmtSecretStdinOption, ExchangeSecretStdinOption, MemoryOnlyOption}, tr);
}

int ProfileCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString profileName = positional.value(1);
    profiles::ProfileStore store;

    if (action == QLatin1String("list")) {
        if (positional.size() != 1)
            return usageError(io, tr("'profile list' takes no name."));
        QJsonArray list;
        for (const QString &each : store.names()) {
            const auto profile = store.load(each);
            if (parser.isSet(JsonOption))
                list.append(profile ? profileJson(*profile) : QJsonObject{{QStringLiteral("name"), each}});
            else
                io.out << each.leftJustified(20) << ' '
                       << (profile ? profile->issuer.toString() : profile.error().message) << '\n';
        }
        if (parser.isSet(JsonOption))
            io.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        io.out.flush();
        return ExitSuccess;
    }
    if (positional.size() != 2)
        return usageError(io, tr("expected 'profile %1 NAME'.").arg(action.isEmpty() ? QStringLiteral("add") : action));

    if (action == QLatin1String("add") || action == QLatin1String("set")) {
        profiles::Profile profile;
        if (action == QLatin1String("set")) {
            const auto existing = store.load(profileName);
            if (!existing) {
                io.err << "orglens-cli profile: " << existing.error().message << '\n';
                io.err.flush();
                return ExitUsage;
            }
            profile = existing.value();
        } else if (store.contains(profileName)) {
            return usageError(io, tr("the profile '%1' exists; change it with 'profile set'.").arg(profileName));
        }
        profile.name = profileName;
        ProfileOptions::applyFields(parser, profile);
        if (profile.issuer.isEmpty())
            return usageError(io, tr("a profile needs --issuer URL or --domain DOMAIN."));
        const auto saved = store.save(profile);
        if (!saved) {
            io.err << "orglens-cli profile: " << saved.error().message << '\n';
            io.err.flush();
            return ExitUsage;
        }
        io.err << tr("Saved profile '%1' in %2.").arg(profileName, store.fileName()) << '\n';
        io.err.flush();
        return storeSecrets(parser, *saved, io) ? ExitSuccess : ExitFailure;
    }
    if (action == QLatin1String("show")) {
        const auto profile = store.load(profileName);
        if (!profile) {
            io.err << "orglens-cli profile: " << profile.error().message << '\n';
            io.err.flush();
            return ExitUsage;
        }
        QJsonObject json = profileJson(*profile);
        QJsonObject secrets;
        for (SecretKind kind :
             {SecretKind::ManagementClientSecret, SecretKind::ExchangeClientSecret, SecretKind::RefreshToken}) {
            const SecretResult result = readProfileSecret(profile->name, kind);
            secrets.insert(QLatin1String(secretName(kind)), result.ok() ? tr("stored")
                                                            : result.status == SecretResult::Status::NotFound
                                                                ? tr("not stored")
                                                                : result.error);
        }
        json.insert(QStringLiteral("secrets"), secrets);
        if (secretStore().storage() == SecretStorage::SessionOnly)
            io.err << tr("Note: %1").arg(secretStore().storageNotice()) << '\n';
        if (parser.isSet(JsonOption)) {
            io.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        } else {
            for (auto it = json.begin(); it != json.end(); ++it) {
                if (it.key() == QLatin1String("secrets"))
                    continue;
                io.out << it.key().leftJustified(20) << ' '
                       << (it.value().isBool() ? (it.value().toBool() ? tr("yes") : tr("no")) : it.value().toString())
                       << '\n';
            }
            for (auto it = secrets.begin(); it != secrets.end(); ++it)
                io.out << it.key().leftJustified(20) << ' ' << it.value().toString() << '\n';
        }
        io.out.flush();
        io.err.flush();
        return ExitSuccess;
    }
    if (action == QLatin1String("remove")) {
        if (!store.remove(profileName)) {
            io.err << "orglens-cli profile: " << tr("there is no profile '%1'.").arg(profileName) << '\n';
            io.err.flush();
            return ExitUsage;
        }
        for (SecretKind kind :
             {SecretKind::ManagementClientSecret, SecretKind::ExchangeClientSecret, SecretKind::RefreshToken})
            removeSecret(profiles::profileSecretKey(profileName, kind));
        io.err << tr("Removed profile '%1' and its stored secrets.").arg(profileName) << '\n';
        io.err.flush();
        return ExitSuccess;
    }
    return usageError(io, tr("unknown action '%1': use add, set, list, show or remove.").arg(action));
}

} // namespace orglens::cli
