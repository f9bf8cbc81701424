#include "oauth/DeviceFlow.h"

#include <QCoreApplication>

namespace orglens::oauth {

namespace {

const auto DeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

} // namespace

DeviceFlow::DeviceFlow(OAuthClient &client, DeviceFlowRequest request)
    : TokenOperation(client), m_request(std::move(request))
{
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceFlow::poll);
}

void DeviceFlow::start()
{
    withDiscovery(m_request.issuer, [this](const DiscoveryDocument &document) {
        m_tokenEndpoint = document.tokenEndpoint;
        const QUrl codeEndpoint = document.deviceAuthorizationEndpoint.isEmpty()
                                      ? m_request.issuer.resolved(QUrl(QStringLiteral("oauth/device/code")))
                                      : document.deviceAuthorizationEndpoint;
        QUrlQuery form;
        if (!m_request.scope.isEmpty())
            form.addQueryItem(QStringLiteral("scope"), m_request.scope);
        if (!m_request.audience.isEmpty())
            form.addQueryItem(QStringLiteral("audience"), m_request.audience);
        if (!m_request.organization.isEmpty())
            form.addQueryItem(QStringLiteral("organization"), m_request.organization);
        post(codeEndpoint, form, ClientAuth{m_request.clientId, {}, ClientAuth::Method::Post},
             [this](const HttpResult &http) {
                 auto parsed = parseDeviceAuthorization(http.status, http.body, client().clock().now());
                 if (!parsed.ok()) {
                     fail(*parsed.error);
                     return;
                 }
                 m_authorization = parsed.value;
                 m_interval = m_authorization.interval;
                 emit authorizationReceived(m_authorization);
                 if (!isFinished())
                     m_pollTimer.start(m_interval * 1000);
             });
    });
}

void DeviceFlow::pollNow()
{
    if (isFinished() || m_polling || m_authorization.deviceCode.isEmpty())
        return;
    m_pollTimer.stop();
    poll();
}

void DeviceFlow::poll()
{
    if (client().clock().now() >= m_authorization.expiresAt) {
        fail(makeError(QStringLiteral("expired_token"), tr("The device code expired before the user confirmed it.")));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), DeviceCodeGrant);
    form.addQueryItem(QStringLiteral("device_code"), m_authorization.deviceCode.toString());
    m_polling = true;
    ++m_polls;
    post(m_tokenEndpoint, form, ClientAuth{m_request.clientId, {}, ClientAuth::Method::Post},
         [this](const HttpResult &http) { handlePoll(http); });
}

void DeviceFlow::handlePoll(const HttpResult &http)
{
    m_polling = false;
    const auto parsed = parseTokenResponse(http.status, http.body);
    if (parsed.ok()) {
        SessionRecord record;
        record.flow = Flow::Device;
        record.issuer = m_request.issuer;
        record.clientId = m_request.clientId;
        for (const auto &[key, value] : {std::pair{"audience", m_request.audience},
                                         {"scope", m_request.scope},
                                         {"organization", m_request.organization}}) {
            if (!value.isEmpty())
                record.parameters.insert(QLatin1String(key), value);
        }
        succeed(parsed.value, record);
        return;
    }
    const QString error = parsed.error->error;
    if (error == QLatin1String("slow_down"))
        m_interval += 5; // RFC 8628 §3.5
    if (error == QLatin1String("authorization_pending") || error == QLatin1String("slow_down")) {
        emit polled(error, m_interval);
        // Counted from this response, so a slow network never makes us poll early.
        if (!isFinished())
            m_pollTimer.start(m_interval * 1000);
        return;
    }
    fail(*parsed.error);
}

void DeviceFlow::cleanUp()
{
    m_pollTimer.stop();
}

} // namespace orglens::oauth
