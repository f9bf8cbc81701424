#pragma once

#include "ActionProbe.h"
#include "DoctorReport.h"
#include "PipelineChecks.h"
#include "TenantPipeline.h"

#include <QObject>

// The tenant doctor: "will this tenant put org_id into tokens from a device login, and is the way it does it safe?"
// Reads the tenant's org_id pipeline with the Management API (read scopes only), runs the probes the user agreed to,
// and judges each step of the checklist (PipelineChecks).

namespace orglens::doctor {

struct DoctorRequest {
    profiles::Profile profile;
    QString userId;            // optional
    bool probeActions = false; // run the Actions through the tenant's test endpoint (create:actions)
};

class Doctor : public QObject {
    Q_OBJECT

public:
    explicit Doctor(management::ManagementClient *client, QObject *parent = nullptr);

    // finished() once, from the event loop.
    void run(const DoctorRequest &request);
    const TenantPipeline &pipeline() const { return m_pipeline; }

signals:
    void finished(const orglens::doctor::DoctorReport &report);

private:
    void finish(const ActionProbeResults *probe);

    PipelineReader m_reader;
    ActionProbe m_probe;
    DoctorRequest m_request;
    TenantPipeline m_pipeline;
};

} // namespace orglens::doctor

Q_DECLARE_METATYPE(orglens::doctor::DoctorReport)
