#pragma once

class QHttpServer;

namespace orglens::demo {

class DemoTenant;

// The demo tenant's Management API (/api/v2/...).
class ManagementApi {
public:
    explicit ManagementApi(DemoTenant &tenant);

    // Registers the /api/v2/ routes on the tenant's server.
    void registerRoutes(QHttpServer &server);

private:
    DemoTenant &m_tenant;
};

} // namespace orglens::demo
