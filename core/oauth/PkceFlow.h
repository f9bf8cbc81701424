#pragma once

#include "oauth/OAuthClient.h"

#include <QTimer>

#include <chrono>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace orglens::oauth {

struct PkceFlowRequest {
    QUrl issuer;
    QString clientId; // a native application (no secret)
    QString audience;
    QString scope;
    QString organization; // id, or name when the tenant allows organization names
    QString connection;
    QString prompt; // login, consent, none, ...
    QString loginHint;
    quint16 port = 0; // 0: a free port chosen by the system
    QString callbackPath = QStringLiteral("/callback");
    std::chrono::milliseconds timeout = std::chrono::minutes(5);
};

// Authorization code + PKCE (RFC 7636 S256) for native apps (RFC 8252): listens on 127.0.0.1 for exactly one
// callback (other paths get 404 and are ignored), then closes the listener. `state` and, for `openid`, `nonce` come
// from the CSPRNG and are checked, `iss` is checked when present (RFC 9207), error/error_description are passed on
// verbatim. The caller opens authorizationUrl() in a browser (GUI: QDesktopServices; CLI: xdg-open or printed).
class PkceFlow : public TokenOperation {
    Q_OBJECT

public:
    // Starts listening and resolves the authorization URL; watch authorizationUrlReady() and finished().
    static PkceFlow *start(OAuthClient &client, PkceFlowRequest request);
    ~PkceFlow() override;

    quint16 port() const { return m_port; }
    QUrl redirectUri() const;
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    bool isListening() const;

signals:
    void authorizationUrlReady(const QUrl &url);
    // The browser came back to the loopback listener (the code is being exchanged now).
    void callbackReceived();

protected:
    void cleanUp() override;

private:
    PkceFlow(OAuthClient &client, PkceFlowRequest request);
    void begin();
    QHttpServerResponse handleCallback(const QHttpServerRequest &request);
    void exchangeCode(const QString &code);
    void closeListener();

    PkceFlowRequest m_request;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QByteArray m_state;
    QByteArray m_nonce;
    QByteArray m_verifier;
    QUrl m_authorizationUrl;
    QUrl m_tokenEndpoint;
    QTimer m_timeout;
    bool m_callbackSeen = false;
    bool m_issuerInCallback = false; // discovery: authorization_response_iss_parameter_supported (RFC 9207)
};

} // namespace orglens::oauth
