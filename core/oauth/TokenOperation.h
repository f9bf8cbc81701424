#pragma once

#include "oauth/OAuthResponses.h"
#include "oauth/SessionHistory.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

class QNetworkReply;

namespace orglens::oauth {

class OAuthClient;

enum class FlowStatus { Succeeded, Failed, Cancelled };

// The outcome of one flow or token request.
struct TokenResult {
    FlowStatus status = FlowStatus::Failed;
    OAuthError error;       // for Failed and Cancelled
    TokenResponse response; // for Succeeded (empty for a revocation)
    QString sessionId;      // the SessionHistory record, when the client has a history
    bool fromCache = false; // client credentials answered from the cache

    bool ok() const { return status == FlowStatus::Succeeded; }
};

// How a confidential client authenticates at the token endpoint.
struct ClientAuth {
    enum class Method { Post, Basic }; // client_secret_post or client_secret_basic
    QString clientId;
    Secret clientSecret; // empty for a public (native) client
    Method method = Method::Post;
};

struct HttpResult {
    int status = 0; // HTTP status, 0 when no response arrived
    QByteArray body;
    std::optional<OAuthError> transportError; // network_error or timeout
};

// One running flow or request. Owned by the OAuthClient that created it (a child object): delete it, or call
// deleteLater(), once finished() has been handled. finished() is emitted exactly once, never from inside the call
// that created the operation; cancel() aborts what is in flight and finishes with FlowStatus::Cancelled.
class TokenOperation : public QObject {
    Q_OBJECT

public:
    ~TokenOperation() override;

    bool isFinished() const { return m_finished; }
    const TokenResult &result() const { return m_result; }

public slots:
    void cancel();

signals:
    void finished(const orglens::oauth::TokenResult &result);

protected:
    explicit TokenOperation(OAuthClient &client);

    OAuthClient &client() const { return m_client; }
    // Resolves the issuer's discovery document (cached), then calls next — unless finished meanwhile.
    void withDiscovery(const QUrl &issuer, std::function<void(const DiscoveryDocument &)> next);
    // POSTs a form (with client authentication) and calls next with the response — unless finished meanwhile.
    void post(const QUrl &url, QUrlQuery form, const ClientAuth &auth, std::function<void(const HttpResult &)> next);
    void fail(const OAuthError &error);
    // Records the response in the client's history (if any) and finishes successfully.
    void succeed(const TokenResponse &response, SessionRecord record);
    void finishWith(TokenResult result);
    // Stops timers, listeners, requests; called once when the operation finishes.
    virtual void cleanUp() {}

private:
    OAuthClient &m_client;
    QPointer<QNetworkReply> m_reply;
    QUrl m_discoveryIssuer; // while waiting for its discovery document
    bool m_finished = false;
    TokenResult m_result;
};

} // namespace orglens::oauth
