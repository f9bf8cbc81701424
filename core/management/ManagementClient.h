#pragma once

#include "common/Clock.h"
#include "common/ReplyLimits.h"
#include "common/Result.h"
#include "management/ApiError.h"
#include "management/RequestPacer.h"
#include "oauth/OAuthClient.h"
#include "secrets/Secret.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace orglens::management {

// Where the client connects and how it behaves.
struct ManagementConfig {
    QUrl issuer;      // https://<domain>/ ; the API is <issuer>api/v2/
    QString clientId; // machine-to-machine application (client credentials)
    Secret clientSecret;
    int maxConcurrency = 8; // requests in flight at once
    RetryPolicy retry;
    std::chrono::milliseconds transferTimeout{30'000}; // no byte for this long: the attempt failed
    // One attempt's whole time, however the server trickles; then the retry policy. Response bodies above the
    // limit are aborted while being read.
    ReplyLimits replyLimits = ReplyLimits::managementPage();
    int maxPages = 10'000; // a list longer than this many pages (1,000,000 items) is refused, not read for ever
};

// The outcome of one Management API request (after retries).
struct ApiResult {
    int statusCode = 0;
    QJsonValue body;
    std::optional<ApiError> error;
    int attempts = 0;

    bool ok() const { return !error.has_value(); }
    QJsonObject object() const { return body.toObject(); }
    QJsonArray array() const { return body.toArray(); }
};

// The outcome of reading every page of a list.
struct ListResult {
    QJsonArray items;
    std::optional<ApiError> error;
    int requests = 0;

    bool ok() const { return !error.has_value(); }
};

// An asynchronous Auth0 Management API client over an injected QNetworkAccessManager (not owned). It gets a
// Client Credentials token for <issuer>api/v2/ through the OAuthClient (cached there; renewed once when the API
// answers 401 "Expired token"), paces requests with a RequestPacer to stay under the rate limit, waits for
// x-ratelimit-reset after a 429, retries 5xx and network errors with capped exponential backoff and jitter, and
// gives up after RetryPolicy::giveUpAfter with a clear error. Callbacks run from the event loop, never inside
// the call, and not at all once `context` is destroyed. Destroying the context cancels its requests: those in
// flight are aborted at once, queued ones are never sent, none is retried.
class ManagementClient : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult &)>;
    using ListCallback = std::function<void(const ListResult &)>;

    ManagementClient(QNetworkAccessManager *network, oauth::OAuthClient *oauth, ManagementConfig config,
                     QObject *parent = nullptr);
    ~ManagementClient() override;

    void setClock(const Clock &clock);
    const ManagementConfig &config() const { return m_config; }
    const RequestPacer &pacer() const { return m_pacer; }
    int requestsSent() const { return m_requestsSent; }
    void setMaxConcurrency(int requests) { m_config.maxConcurrency = requests; }

    // Users
    void getUser(const QString &userId, QObject *context, Callback done);
    // One page of GET /users?q=...&search_engine=v3&include_totals=true: {"users":[...],"total":n,...}.
    void searchUsers(const QString &query, int page, int perPage, QObject *context, Callback done);
    void usersByEmail(const QString &email, QObject *context, Callback done);
    void userOrganizations(const QString &userId, QObject *context, ListCallback done);
    // PATCH /users/{id} with {"app_metadata": changes} only: Auth0 merges app_metadata on the first level, so the
    // other keys stay as they are; a null value deletes its key.
    void patchAppMetadata(const QString &userId, const QJsonObject &changes, QObject *context, Callback done);

    // Organizations
    void listOrganizations(QObject *context, ListCallback done);
    // By id when it looks like one (org_...), else by name; falls back to the other on 404.
    void getOrganization(const QString &idOrName, QObject *context, Callback done);
    void organizationMembers(const QString &orgId, QObject *context, ListCallback done);
    // The first page of members with the total (offset paging, include_totals): {"members":[...],"total":n}.
    void organizationMembersFirstPage(const QString &orgId, QObject *context, Callback done);

    // Clients and client grants
    void getClient(const QString &clientId, QObject *context, Callback done); // GET /clients/{id}
    // Every grant of GET /client-grants?client_id=&audience= (scope read:client_grants); an empty argument is not
    // sent (matches any). Each grant: {"id","client_id","audience","scope":[...],"organization_usage"?,
    // "allow_any_organization"?}; organization_usage is absent when never set, which Auth0 treats as deny.
    void clientGrants(const QString &clientId, const QString &audience, QObject *context, ListCallback done);

    // Any request under /api/v2/ (path without the prefix, segments already percent-encoded).
    void request(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonValue &body,
                 QObject *context, Callback done);

    // Every page of a list: checkpoint paging (from/take) or offset paging (page/per_page/include_totals).
    enum class Paging { Checkpoint, Offset };
    void fetchAll(const QString &path, QUrlQuery query, const QString &key, Paging paging, QObject *context,
                  ListCallback done);

    // The scopes the application's Management API token grants (the token response's "scope"), getting a token
    // when there is none yet: what a write will be allowed to do, known before the first write.
    void grantedScopes(QObject *context, std::function<void(const Result<QStringList> &)> done);

    static QString encodeSegment(const QString &segment);
    static constexpr int PageSize = 100; // the Management API's maximum per page

signals:
    // A request left for the API (for progress displays and tests).
    void requestStarted(const QByteArray &method, const QString &path, const QDateTime &at);

private:
    struct Pending;
    void enqueue(std::shared_ptr<Pending> pending);
    void pump();
    void schedule(qint64 ms);
    void fetchToken();
    oauth::ClientCredentialsRequest tokenRequest() const;
    void send(const std::shared_ptr<Pending> &pending);
    void handleReply(const std::shared_ptr<Pending> &pending, QNetworkReply *reply, const QDateTime &sentAt);
    void retryLater(const std::shared_ptr<Pending> &pending, const QDateTime &notBefore, const ApiError &why);
    void finish(const std::shared_ptr<Pending> &pending, ApiResult result);

    QNetworkAccessManager *m_network;
    oauth::OAuthClient *m_oauth;
    ManagementConfig m_config;
    const Clock *m_clock = &Clock::system();
    RequestPacer m_pacer;
    QList<std::shared_ptr<Pending>> m_queue;
    QTimer m_timer;
    Secret m_token;
    bool m_fetchingToken = false;
    int m_inFlight = 0;
    int m_requestsSent = 0;
};

} // namespace orglens::management
