#pragma once

#include "DemoTenantOptions.h"
#include "common/Result.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace orglens::jwt {
class SigningKey;
}

namespace orglens::demo {

class DemoTenant;
using jwt::SigningKey;

// Keeps the application's demo tenant across restarts: starts it with an Action preset, restarts it with another
// on the same port and with the same signing key, so the issuer and everything pointing at it (the session profile,
// saved profiles, issued tokens, cached keys) stay valid, and says which preset runs and why its Actions might not.
class DemoTenantHost : public QObject {
    Q_OBJECT

public:
    // `options` for every start; their actionPreset is the one start() uses.
    explicit DemoTenantHost(DemoTenantOptions options = {}, QObject *parent = nullptr);
    ~DemoTenantHost() override;

    // Starts the tenant with the options' preset.
    Result<quint16> start();
    // Starts the tenant with `preset`. A running tenant is stopped first and the new one listens on its port with its
    // key, back at the preset's seed data: logins, sessions, Management API edits and logs are gone. After a failed
    // start no tenant runs, and the next start tries the same port again.
    Result<quint16> start(ActionPreset preset);

    bool isRunning() const { return m_tenant != nullptr; }
    DemoTenant *tenant() const { return m_tenant.get(); }          // null while none runs
    ActionPreset preset() const { return m_options.actionPreset; } // the running preset, or the one last asked for
    QUrl issuer() const;                                           // empty while none runs
    // Empty, or why the running preset's Actions do not run (DemoTenant::actionsNotice()).
    QString actionsNotice() const;

signals:
    // A tenant (re)started: tenant(), issuer(), preset() and actionsNotice() describe the new one.
    void started();
    // The running tenant was stopped and none runs (a restart that failed).
    void stopped();

private:
    DemoTenantOptions m_options;
    std::shared_ptr<SigningKey> m_signingKey; // made by the first start
    std::unique_ptr<DemoTenant> m_tenant;
};

} // namespace orglens::demo
