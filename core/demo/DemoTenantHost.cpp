#include "DemoTenantHost.h"

#include "DemoTenant.h"

namespace orglens::demo {

DemoTenantHost::DemoTenantHost(DemoTenantOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

DemoTenantHost::~DemoTenantHost() = default;

Result<quint16> DemoTenantHost::start()
{
    return start(m_options.actionPreset);
}

Result<quint16> DemoTenantHost::start(ActionPreset preset)
{
    const bool wasRunning = isRunning();
    // The old tenant closes its port before the new one listens on it.
    m_tenant.reset();
    m_options.actionPreset = preset;
    if (!m_signingKey)
        m_signingKey = std::make_shared<SigningKey>();
    auto tenant = std::make_unique<DemoTenant>(m_options, m_signingKey);
    const auto port = tenant->start();
    if (!port) {
        if (wasRunning)
            emit stopped();
        return port;
    }
    m_options.port = port.value(); // a restart keeps the issuer
    m_tenant = std::move(tenant);
    emit started();
    return port;
}

QUrl DemoTenantHost::issuer() const
{
    return m_tenant ? m_tenant->issuer() : QUrl();
}

QString DemoTenantHost::actionsNotice() const
{
    return m_tenant ? m_tenant->actionsNotice() : QString();
}

} // namespace orglens::demo
