#pragma once

#include "DemoTenantOptions.h"
#include "HttpResponses.h"
#include "SigningKey.h"
#include "TenantStore.h"
#include "common/Result.h"

#include <QHttpServer>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace orglens::demo {

class ManagementApi;
class OAuthServer;

// A local Auth0-compatible tenant on http://127.0.0.1:<port>/ for demos and tests: OIDC discovery, JWKS,
// the Authentication API flows (device, authorization code + PKCE, refresh, client credentials, token
// exchange, password) and the Management API. All state is in memory; see core/demo/README.md.
class DemoTenant : public QObject {
    Q_OBJECT

public:
    explicit DemoTenant(DemoTenantOptions options, QObject *parent = nullptr);
    ~DemoTenant() override;

    // Listens on 127.0.0.1 (port 0 picks a free one), seeds the store and registers every route.
    // Returns the port. Call once; serving needs a running event loop.
    Result<quint16> start();
    bool isRunning() const { return m_port != 0; }

    QUrl issuer() const;               // http://127.0.0.1:<port>/
    quint16 port() const { return m_port; }
    QUrl managementAudience() const;   // <issuer>api/v2/
    QString claimNamespace() const;    // options().claimNamespace with a trailing '/'
    QUrl endpoint(const QString &path) const;  // issuer + path (no leading '/')

    const DemoTenantOptions &options() const { return m_options; }
    TenantStore &store();              // valid after start()
    SigningKey &signingKey() { return m_signingKey; }
    QHttpServer &server() { return m_server; }

    // Adds "time" (ISO-8601 UTC) unless present and emits event(). Never put token or secret values in it.
    void emitEvent(QJsonObject entry);

signals:
    void event(const QJsonObject &entry);

private:
    void registerRoutes();
    QJsonObject discoveryDocument() const;

    DemoTenantOptions m_options;
    SigningKey m_signingKey;
    QHttpServer m_server;
    quint16 m_port = 0;
    std::unique_ptr<TenantStore> m_store;
    std::unique_ptr<OAuthServer> m_oauth;
    std::unique_ptr<ManagementApi> m_managementApi;
};

} // namespace orglens::demo
