#pragma once

#include "common/Clock.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace orglens::demo {

// Which Actions and Custom Token Exchange configuration the tenant starts with (core/demo/ActionPresets.h).
enum class ActionPreset {
    Builtin, // no Actions: the tenant simulates the article's Post-Login Action and a verifying exchange itself
    Article, // the support article's two Actions, as published (device-code only; a placeholder validateToken)
    Decoded, // the article's Post-Login Action and an exchange Action that decodes the subject token unverified
    Fixed,   // OrgLens' generated Actions: every protocol, validateToken verifying against the tenant's JWKS
    None,    // no Actions, no token exchange profile, nothing simulated
};

// Everything that can be tuned on a demo tenant (see core/demo/README.md).
struct DemoTenantOptions {
    quint16 port = 0;
    int syntheticUsers = 0;
    QString claimNamespace = QStringLiteral("https://orglens.example/");
    ActionPreset actionPreset = ActionPreset::Builtin;
    bool postLoginActionEnabled = true;  // the simulated device-flow Action (preset builtin)
    bool allowOrganizationNames = false; // tenant setting
    double failRate = 0.0;               // Management API fault injection: share of requests answered 500
    quint32 failSeed = 1;
    // Requests always answered 500, as "METHOD /api/v2/path" (e.g. "POST /api/v2/token-exchange-profiles"): an
    // outage of one endpoint, for tests of what a client leaves behind when it fails half-way.
    QStringList failRequests{};
    int slowMs = 0;               // added latency per Management API request
    int slowMetadataMs = 0;       // added latency for discovery and the JWKS (/.well-known/...)
    int managementRateLimit = 50; // requests per second (token bucket, burst = limit)
    int deviceCodeLifetimeSeconds = 900;
    int deviceInterval = 5; // seconds; tests set 1
    int accessTokenLifetimeSeconds = 86400;
    // Where the packages Actions declare as dependencies are installed (a node_modules folder, e.g. with jose).
    QString actionModules{};
    int actionTimeoutMs = 20000; // Auth0's limit for one Action execution
    // How long a created or changed Action stays "pending" before it is "built"; deploying it earlier is refused, as
    // Auth0 refuses it ("A draft must be in the 'built' state before it can be deployed."). Auth0 takes seconds.
    int actionBuildMs = 0;
    // Time of tokens, codes, sessions, events, the rate limit and the delays above; must outlive the tenant.
    // Tests pass a clock they move (MovableClock) to expire things without waiting.
    const Clock *clock = &Clock::system();
};

} // namespace orglens::demo
