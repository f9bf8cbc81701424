#include "Doctor.h"

#include "jwt/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace orglens::doctor {

namespace {

// "org_id: \"org_xyz\"": a claim as the evidence lists it.
QString claimLine(const QString &name, const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return name + QStringLiteral(": ") + QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

Doctor::Doctor(management::ManagementClient *client, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_reader(client), m_probe(client), m_exchangeProbe(network)
{
    qRegisterMetaType<DoctorReport>();
    connect(&m_reader, &PipelineReader::finished, this, [this](const TenantPipeline &pipeline) {
        m_pipeline = pipeline;
        if (m_request.probeActions)
            m_probe.run(m_request.profile, m_pipeline, m_request.userId, *m_throwawayKey);
        else
            probeExchange();
    });
    connect(&m_probe, &ActionProbe::finished, this, [this](const ActionProbeResults &results) {
        m_actionResults = results;
        probeExchange();
    });
    connect(&m_exchangeProbe, &ExchangeProbe::finished, this, [this](const ExchangeProbeResult &result) {
        m_exchangeResult = result;
        finish();
    });
}

void Doctor::run(const DoctorRequest &request)
{
    m_request = request;
    m_actionResults.reset();
    m_exchangeResult.reset();
    if (request.probeActions || request.probeExchange)
        m_throwawayKey = std::make_unique<jwt::SigningKey>();
    m_reader.read(request.profile, request.userId);
}

void Doctor::probeExchange()
{
    if (!m_request.probeExchange)
        return finish();
    m_exchangeProbe.run(m_request.profile, m_request.exchangeClientSecret, probeUser(m_pipeline, m_request.userId),
                        *m_throwawayKey);
}

void Doctor::finish()
{
    DoctorReport report;
    report.tenant = m_request.profile.issuer.toString();
    report.userId = m_request.userId;
    report.steps = PipelineChecks::examine(m_request.profile, m_request.userId, m_pipeline,
                                           m_actionResults ? &*m_actionResults : nullptr,
                                           m_exchangeResult ? &*m_exchangeResult : nullptr);
    if (m_actionResults) {
        const bool ran = m_actionResults->unavailable.isEmpty();
        report.probes.append(
            {QStringLiteral("actions"),
             ran,
             ran ? PipelineChecks::tr("The tenant ran its Actions with test events.") : m_actionResults->unavailable,
             {}});
    }
    if (m_exchangeResult) {
        ProbeOutcome outcome{QStringLiteral("exchange"), true, {}, {}};
        outcome.result = m_exchangeResult->tokenIssued
                             ? PipelineChecks::tr("A token was issued for a subject token forged for %1.")
                                   .arg(m_exchangeResult->forgedFor)
                             : PipelineChecks::tr("Refused, as it should be: %1").arg(m_exchangeResult->refusal);
        // The evidence: what was sent and what came back, decoded; never the tokens themselves.
        for (auto it = m_exchangeResult->sentClaims.begin(); it != m_exchangeResult->sentClaims.end(); ++it)
            outcome.evidence.append(PipelineChecks::tr("sent %1").arg(claimLine(it.key(), it.value())));
        for (auto it = m_exchangeResult->issuedClaims.begin(); it != m_exchangeResult->issuedClaims.end(); ++it)
            outcome.evidence.append(claimLine(it.key(), it.value()));
        report.probes.append(outcome);
    }
    emit finished(report);
}

} // namespace orglens::doctor
