#pragma once

#include "Command.h"
#include "management/ApiError.h"
#include "management/ManagementClient.h"
#include "profiles/Profile.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace orglens::oauth {
class OAuthClient;
}

namespace orglens::cli {

// What the Management API commands share: the profile options plus --json, and a connected ManagementClient whose
// M2M secret comes from ORGLENS_MGMT_CLIENT_SECRET or the keychain of the saved profile.
class ManagementSession {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::ManagementSession)

public:
    ~ManagementSession();

    static void addOptions(QCommandLineParser &parser);
    static bool json(const QCommandLineParser &parser);
    // Resolves the profile and the secret; prints what is missing and returns null then.
    static std::unique_ptr<ManagementSession> open(const QCommandLineParser &parser, const Command &command,
                                                   CommandIo &io);

    management::ManagementClient &client() { return *m_client; }
    const profiles::Profile &profile() const { return m_profile; }

    // Starts an asynchronous call with a completion callback and waits for it in a local event loop.
    template <typename T, typename Start> static T wait(Start start)
    {
        QEventLoop loop;
        std::optional<T> outcome;
        start([&](const T &result) {
            outcome = result;
            loop.quit();
        });
        if (!outcome)
            loop.exec();
        return *outcome;
    }

private:
    ManagementSession() = default;

    profiles::Profile m_profile;
    QNetworkAccessManager m_network;
    std::unique_ptr<oauth::OAuthClient> m_oauth;
    std::unique_ptr<management::ManagementClient> m_client;
};

// Prints "orglens-cli <verb>: <error>" (Auth0's fields verbatim plus the hint) and returns ExitFailure.
int reportApiError(const Command &command, CommandIo &io, const QString &text);
// Prints a line to standard output when `ok`, else to standard error.
void printOutcome(CommandIo &io, bool ok, const QString &line);
// Prints JSON, indented.
void printJson(CommandIo &io, const QJsonValue &value);

} // namespace orglens::cli
