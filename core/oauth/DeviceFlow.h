#pragma once

#include "oauth/OAuthClient.h"

#include <QElapsedTimer>
#include <QTimer>

namespace orglens::oauth {

// RFC 8628 device authorization: requests a code, then polls the token endpoint every `interval` seconds counted
// from the previous poll's response; adds 5 s on every slow_down; stops on expired_token, access_denied, any other
// error, local expiry of the code, or cancel(). Created by OAuthClient::startDeviceFlow().
class DeviceFlow : public TokenOperation {
    Q_OBJECT

public:
    DeviceFlow(OAuthClient &client, DeviceFlowRequest request);

    const DeviceAuthorization &authorization() const { return m_authorization; }
    int interval() const { return m_interval; } // seconds, grows on slow_down
    int pollCount() const { return m_polls; }

public slots:
    // Polls right away instead of at the next interval ("check now"). Polling faster than the interval earns
    // slow_down from the server, which adds 5 s to the interval.
    void pollNow();

signals:
    // The code to show the user: user_code, verification_uri(_complete), expiry.
    void authorizationReceived(const orglens::oauth::DeviceAuthorization &authorization);
    // After each poll that did not finish the flow: "authorization_pending" or "slow_down", and the interval.
    void polled(const QString &status, int intervalSeconds);

protected:
    void cleanUp() override;

private:
    friend class OAuthClient;
    void start();
    void poll();
    void handlePoll(const HttpResult &http);

    DeviceFlowRequest m_request;
    DeviceAuthorization m_authorization;
    QUrl m_tokenEndpoint;
    QTimer m_pollTimer;
    int m_interval = 5;
    int m_polls = 0;
    bool m_polling = false;
};

} // namespace orglens::oauth
