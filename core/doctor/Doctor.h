#pragma once

#include "ActionProbe.h"
#include "DoctorReport.h"
#include "ExchangeProbe.h"
#include "PipelineChecks.h"
#include "TenantPipeline.h"
#include "jwt/SigningKey.h"

#include <QObject>

#include <memory>

// The tenant doctor: "will this tenant put org_id into tokens from a device login, and is the way it does it safe?"
// Reads the tenant's org_id pipeline with the Management API (read scopes only), runs the probes the user agreed to,
// and judges each step of the checklist (PipelineChecks).

namespace orglens::doctor {

struct DoctorRequest {
    profiles::Profile profile;
    QString userId;            // optional
    bool probeActions = false; // run the Actions through the tenant's test endpoint (create:actions)
    // Send the profile's token endpoint an exchange of a forged subject token (needs the exchange application's
    // secret). Only after the user agreed to it.
    bool probeExchange = false;
    Secret exchangeClientSecret{};
};

class Doctor : public QObject {
    Q_OBJECT

public:
    // `network` carries the live exchange probe (the Management API requests go through `client`).
    Doctor(management::ManagementClient *client, QNetworkAccessManager *network, QObject *parent = nullptr);

    // finished() once, from the event loop.
    void run(const DoctorRequest &request);
    const TenantPipeline &pipeline() const { return m_pipeline; }

signals:
    void finished(const orglens::doctor::DoctorReport &report);

private:
    void probeExchange();
    void finish();

    PipelineReader m_reader;
    ActionProbe m_probe;
    ExchangeProbe m_exchangeProbe;
    std::optional<ActionProbeResults> m_actionResults;
    std::optional<ExchangeProbeResult> m_exchangeResult;
    // Signs the probes' forged tokens: made for each run that probes, on a worker thread while the tenant is read.
    std::unique_ptr<jwt::SigningKey> m_throwawayKey;
    DoctorRequest m_request;
    TenantPipeline m_pipeline;
};

} // namespace orglens::doctor

Q_DECLARE_METATYPE(orglens::doctor::DoctorReport)
