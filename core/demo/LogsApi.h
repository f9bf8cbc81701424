#pragma once

#include "DemoRouter.h"

#include <QHttpServerResponse>

// The demo tenant's log endpoints: GET /api/v2/logs (q, page/per_page/include_totals up to Auth0's 1,000 results,
// or checkpoint from/take with a Link to the next page), GET /api/v2/logs/{id}, GET /api/v2/users/{id}/logs.

namespace orglens::demo {

class DemoTenant;
class ManagementApi;
struct LogEntry;

class LogsApi {
public:
    explicit LogsApi(DemoTenant &tenant) : m_tenant(tenant) {}

    void registerRoutes(DemoRouter &router, ManagementApi &management);

private:
    QHttpServerResponse search(const DemoRequest &request, const QString &userId) const;
    QHttpServerResponse checkpoint(const DemoRequest &request, const QList<const LogEntry *> &matching) const;
    QHttpServerResponse getLog(const QString &logId) const;

    DemoTenant &m_tenant;
};

} // namespace orglens::demo
