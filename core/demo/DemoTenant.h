#pragma once

#include "DemoHttpServer.h"
#include "DemoRouter.h"
#include "DemoTenantOptions.h"
#include "HttpResponses.h"
#include "TenantStore.h"
#include "common/Result.h"
#include "jwt/SigningKey.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace orglens::demo {

using jwt::SigningKey;

class ActionRunner;
class ManagementApi;
class OAuthServer;

// A local Auth0-compatible tenant on http://127.0.0.1:<port>/ for demos and tests: OIDC discovery, JWKS,
// the Authentication API flows (device, authorization code + PKCE, refresh, client credentials, token
// exchange, password) and the Management API. All state is in memory; see core/demo/README.md.
class DemoTenant : public QObject {
    Q_OBJECT

public:
    explicit DemoTenant(DemoTenantOptions options, QObject *parent = nullptr);
    // Signs with `signingKey` (e.g. the key of the tenant this one replaces, so its tokens keep verifying).
    DemoTenant(DemoTenantOptions options, std::shared_ptr<SigningKey> signingKey, QObject *parent = nullptr);
    ~DemoTenant() override;

    // Listens on 127.0.0.1 (port 0 picks a free one), seeds the store and registers every route.
    // Returns the port. Call once; serving needs a running event loop.
    Result<quint16> start();
    bool isRunning() const { return m_port != 0; }

    QUrl issuer() const; // http://127.0.0.1:<port>/
    quint16 port() const { return m_port; }
    QUrl managementAudience() const;          // <issuer>api/v2/
    QString claimNamespace() const;           // options().claimNamespace with a trailing '/'
    QUrl endpoint(const QString &path) const; // issuer + path (no leading '/')

    const DemoTenantOptions &options() const { return m_options; }
    // Starts or ends an outage of some Management API requests (DemoTenantOptions::failRequests).
    void setFailRequests(const QStringList &requests) { m_options.failRequests = requests; }
    const Clock &clock() const { return *m_options.clock; }
    TenantStore &store(); // valid after start()
    SigningKey &signingKey() { return *m_signingKey; }
    // Runs the tenant's Actions on Node (started on first use).
    ActionRunner &actionRunner() { return *m_actionRunner; }
    // Whether logins and exchanges fall back to the built-in simulation of the article's Post-Login Action and a
    // verifying exchange: the builtin preset, or a preset with Actions while Node is missing.
    bool simulatesActions() const;
    // Empty, or why the preset's Actions do not run (Node is missing), for the start-up event and the views.
    QString actionsNotice() const;

    // Back to the state start() left: the seed data, no logins, sessions, codes, refresh tokens or Management API
    // edits. Port, signing key (so issued JWTs stay valid), rate limit and fault sequence are kept.
    void reset();

    // Answers one request: the route's reply, or Auth0's 404 when no route matches. Every HTTP request goes
    // through here; calling it directly serves a request without a socket (valid after start()).
    DemoReply handle(const DemoRequest &request);
    // Sees every response handle() gives before it is sent (tests learn the tokens the tenant issued from it).
    void setResponseObserver(std::function<void(const QHttpServerResponse &)> observer);

    // Answers held back for their delay (slowMs, slowMetadataMs) whose client is still connected.
    int delayedReplies() const { return m_server.delayedReplies(); }
    // Client connections not closed yet: once a client is gone and this is 0, everything it sent has been served.
    int openConnections() const { return m_server.openConnections(); }

    // Adds "time" (ISO-8601 UTC) unless present and emits activity(). Never put token or secret values in it.
    void emitEvent(QJsonObject entry);

signals:
    // One tenant event (login, token_issued, ...; see README.md): a log line, never a token or a secret.
    void activity(const QJsonObject &entry);

private:
    void registerRoutes();
    std::unique_ptr<TenantStore> seededStore() const; // the seed data with the options' Action preset installed
    QJsonObject discoveryDocument() const;

    DemoTenantOptions m_options;
    std::shared_ptr<SigningKey> m_signingKey;
    DemoHttpServer m_server;
    DemoRouter m_router;
    std::function<void(const QHttpServerResponse &)> m_responseObserver;
    quint16 m_port = 0;
    std::unique_ptr<TenantStore> m_store;
    std::unique_ptr<const TenantStore> m_seed; // made by the first reset()
    std::unique_ptr<OAuthServer> m_oauth;
    std::unique_ptr<ManagementApi> m_managementApi;
    std::unique_ptr<ActionRunner> m_actionRunner;
};

} // namespace orglens::demo
