#pragma once

#include "Command.h"
#include "common/Result.h"
#include "profiles/ProfileDirectory.h"
#include "secrets/SecretStore.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace orglens::oauth {
class TokenOperation;
struct TokenResult;
} // namespace orglens::oauth

namespace orglens::cli {

// The profile options every tenant command accepts: --profile NAME, or the same fields ad hoc so that scripts need
// no saved profile (--issuer/--domain, --client-id, --audience, --scope, --namespace, --mgmt-client-id,
// --exchange-client-id, --subject-token-type, --use-org-names). Given fields override the saved profile's.
// Secrets are never options: they come from ORGLENS_MGMT_CLIENT_SECRET / ORGLENS_EXCHANGE_CLIENT_SECRET, the
// keychain (saved profiles) or standard input.
class ProfileOptions {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::ProfileOptions)

public:
    // Adds the options; `withProfileName` adds --profile (profile add/set name the profile positionally).
    static void addTo(QCommandLineParser &parser, bool withProfileName = true);
    // The saved profile (if --profile) with the ad hoc fields applied, normalised. Errors are printed.
    static std::optional<profiles::Profile> resolve(const QCommandLineParser &parser, const Command &command,
                                                    CommandIo &io, bool requireIssuer = true);
    // Applies the ad hoc fields given on the command line to `profile`.
    static void applyFields(const QCommandLineParser &parser, profiles::Profile &profile);
    // True if any profile field option was given.
    static bool anyFieldSet(const QCommandLineParser &parser);
};

// The process's secret store: the OS keychain, or memory for this run when there is none (with a notice on stderr).
SecretStore &secretStore();

// The saved profiles (the user's settings) and their secrets in secretStore().
profiles::ProfileDirectory &profileDirectory();

// Run the store operation to completion in a local event loop (the CLI has nothing else to do meanwhile).
SecretResult readProfileSecret(const QString &profileName, profiles::SecretKind kind);
SecretResult writeSecret(const QString &key, const Secret &value, CommandIo &io);
SecretResult removeSecret(const QString &key);

// A secret of a profile: the environment variable (if set), else the keychain entry of a saved profile.
Secret profileSecret(const profiles::Profile &profile, profiles::SecretKind kind, const QString &environmentVariable,
                     CommandIo &io);

// Waits in a local event loop until the operation finishes (Ctrl+C ends the process as usual).
oauth::TokenResult waitFor(oauth::TokenOperation *operation);

// Prints an OAuth failure verbatim (error, error_description, HTTP status, hint) to stderr; returns ExitFailure.
int reportFailure(const Command &command, const oauth::TokenResult &result, CommandIo &io);

// Prints a token response: --json gives {"response": raw, "decoded": {...}}; otherwise a summary and the decoded
// access token (token values only with --json).
void printTokenResponse(const oauth::TokenResult &result, bool json, CommandIo &io, const QJsonObject &extra = {});

// Reads a secret value from standard input (first line, trimmed).
Secret secretFromStdin(CommandIo &io);

} // namespace orglens::cli
