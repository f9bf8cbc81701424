#pragma once

#include "common/Clock.h"
#include "common/ReplyLimits.h"
#include "oauth/TokenOperation.h"

#include <QHash>
#include <QNetworkAccessManager>

#include <chrono>

namespace orglens::oauth {

class DeviceFlow;

struct DeviceFlowRequest {
    QUrl issuer;
    QString clientId;
    QString audience;
    QString scope;
    QString organization; // passed through; Auth0 ignores it for the device flow (no org_id in tokens)
};

struct RefreshRequest {
    QUrl issuer;
    ClientAuth client;
    Secret refreshToken;
    QString scope;           // optional narrowing
    QString parentSessionId; // the record the refresh token came from, if known
};

// Refreshes the tokens of a session record with its refresh token: at the record's issuer, for the client the
// refresh token was issued to (a native application, public: no secret), as the record's child in the history.
RefreshRequest refreshRequestFor(const SessionRecord &record);

struct ClientCredentialsRequest {
    QUrl issuer;
    ClientAuth client;
    QString audience;
    QString scope;
    QString organization;
};

struct TokenExchangeRequest {
    QUrl issuer;
    ClientAuth client;
    Secret subjectToken;
    QString subjectTokenType;
    QString audience;
    QString scope;
    QString organization;
    QString parentSessionId; // the record of the subject token, if known
};

struct RevokeRequest {
    QUrl issuer;
    ClientAuth client;
    Secret refreshToken;
};

// Talks to one Authentication API on behalf of the GUI and the CLI: discovery (cached per issuer), the token
// requests and the device flow. Everything is asynchronous; each call returns an operation object whose
// finished(TokenResult) reports the outcome. The QNetworkAccessManager is injected and not owned.
class OAuthClient : public QObject {
    Q_OBJECT

public:
    explicit OAuthClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OAuthClient() override;

    // Every token response is recorded here when set (not owned).
    void setHistory(SessionHistory *history) { m_history = history; }
    SessionHistory *history() const { return m_history; }
    void setClock(const Clock *clock) { m_clock = clock; }
    const Clock &clock() const { return *m_clock; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    // A request still running this long after it was sent is aborted, however the server trickles (0: the default
    // of its kind, ReplyLimits).
    void setRequestDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    QNetworkAccessManager *network() const { return m_network; }

    DeviceFlow *startDeviceFlow(const DeviceFlowRequest &request);
    TokenOperation *refresh(const RefreshRequest &request);
    // Cached per (issuer, client, audience, scope, organization) until 60 s before expiry.
    TokenOperation *clientCredentials(const ClientCredentialsRequest &request);
    TokenOperation *exchangeToken(const TokenExchangeRequest &request);
    // RFC 7009 at the issuer's revocation endpoint (Auth0: /oauth/revoke); an empty response on success.
    TokenOperation *revoke(const RevokeRequest &request);
    void clearClientCredentialsCache() { m_clientCredentialsCache.clear(); }

    using DiscoveryCallback = std::function<void(const Parsed<DiscoveryDocument> &)>;
    // The issuer's discovery document, fetched once per issuer and kept for the life of the client. `done` runs
    // from the event loop, unless `context` is destroyed first.
    void discover(const QUrl &issuer, QObject *context, DiscoveryCallback done);

    // Low-level HTTP used by the operations: transfer timeout set, reply deleted in finished. Destroying `context`
    // aborts the request (its callback is not called).
    QNetworkReply *postForm(const QUrl &url, QUrlQuery form, const ClientAuth &auth, QObject *context,
                            std::function<void(const HttpResult &)> done);
    QNetworkReply *get(const QUrl &url, QObject *context, std::function<void(const HttpResult &)> done);

private:
    struct CachedToken {
        TokenResponse response;
        QDateTime expiresAt;
        QString sessionId;
    };
    QNetworkReply *send(QNetworkReply *reply, ReplyLimits limits, QObject *context,
                        std::function<void(const HttpResult &)> done);
    // `context` no longer waits for the issuer's discovery document; the fetch is aborted when nobody else does.
    void abandonDiscovery(const QUrl &issuer, QObject *context);

    QNetworkAccessManager *m_network;
    SessionHistory *m_history = nullptr;
    const Clock *m_clock = &Clock::system();
    std::chrono::milliseconds m_transferTimeout{30000};
    std::chrono::milliseconds m_deadline{0};
    QHash<QUrl, DiscoveryDocument> m_discovery;
    QHash<QUrl, QList<std::pair<QPointer<QObject>, DiscoveryCallback>>> m_discoveryWaiters;
    QHash<QUrl, QPointer<QNetworkReply>> m_discoveryReplies;
    QHash<QString, CachedToken> m_clientCredentialsCache;

    friend class ClientCredentialsOperation;
    friend class TokenOperation;
};

} // namespace orglens::oauth
