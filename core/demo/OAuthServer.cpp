#include "OAuthServer.h"

#include "DemoTenant.h"

namespace orglens::demo {

OAuthServer::OAuthServer(DemoTenant &tenant)
    : m_tenant(tenant)
{
}

OAuthServer::~OAuthServer() = default;

void OAuthServer::registerRoutes(QHttpServer &server)
{
    Q_UNUSED(server);
}

} // namespace orglens::demo
