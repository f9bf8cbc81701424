#pragma once

class QHttpServer;

namespace orglens::demo {

class DemoTenant;

// The Authentication API of the demo tenant: /authorize, login and consent pages, /oauth/device/code,
// /activate, /oauth/token (every grant), /userinfo, /oauth/revoke, /v2/logout.
class OAuthServer {
public:
    explicit OAuthServer(DemoTenant &tenant);
    ~OAuthServer();

    void registerRoutes(QHttpServer &server);

private:
    DemoTenant &m_tenant;
};

} // namespace orglens::demo
