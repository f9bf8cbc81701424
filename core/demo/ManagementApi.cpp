#include "ManagementApi.h"

#include "DemoTenant.h"

namespace orglens::demo {

ManagementApi::ManagementApi(DemoTenant &tenant)
    : m_tenant(tenant)
{
}

void ManagementApi::registerRoutes(QHttpServer &server)
{
    Q_UNUSED(server);
    Q_UNUSED(m_tenant);
}

} // namespace orglens::demo
