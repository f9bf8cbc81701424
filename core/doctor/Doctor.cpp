#include "Doctor.h"

namespace orglens::doctor {

Doctor::Doctor(management::ManagementClient *client, QObject *parent)
    : QObject(parent), m_reader(client), m_probe(client)
{
    qRegisterMetaType<DoctorReport>();
    connect(&m_reader, &PipelineReader::finished, this, [this](const TenantPipeline &pipeline) {
        m_pipeline = pipeline;
        if (m_request.probeActions)
            m_probe.run(m_request.profile, m_pipeline, m_request.userId);
        else
            finish(nullptr);
    });
    connect(&m_probe, &ActionProbe::finished, this, [this](const ActionProbeResults &results) { finish(&results); });
}

void Doctor::run(const DoctorRequest &request)
{
    m_request = request;
    m_reader.read(request.profile, request.userId);
}

void Doctor::finish(const ActionProbeResults *probe)
{
    DoctorReport report;
    report.tenant = m_request.profile.issuer.toString();
    report.userId = m_request.userId;
    report.steps = PipelineChecks::examine(m_request.profile, m_request.userId, m_pipeline, probe);
    if (m_request.probeActions) {
        ProbeOutcome outcome{QStringLiteral("actions"), probe && probe->unavailable.isEmpty(), {}, {}};
        outcome.result =
            outcome.ran ? PipelineChecks::tr("The tenant ran its Actions with test events.") : probe->unavailable;
        report.probes.append(outcome);
    }
    emit finished(report);
}

} // namespace orglens::doctor
