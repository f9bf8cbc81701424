#pragma once

#include "DemoTenant.h"
#include "TestBrowser.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

namespace orglens::test {

// A demo tenant started in-process on a free port, with a TestBrowser pointed at it. The tenant runs on `clock`
// when given (it must outlive the fixture), else on the fixture's own: real time, which a test moves ahead with
// clock().advance() instead of waiting for codes and tokens to expire or slow answers to come.
class DemoTenantFixture {
public:
    // Options tests use: device interval 1 s, everything else the defaults.
    static demo::DemoTenantOptions testOptions();

    explicit DemoTenantFixture(demo::DemoTenantOptions options = testOptions(), MovableClock *clock = nullptr);

    bool started() const { return m_started; }
    QString startError() const { return m_startError; }
    demo::DemoTenant &tenant() { return *m_tenant; }
    MovableClock &clock() { return *m_clock; }
    TestBrowser &browser() { return *m_browser; }
    QUrl url(const QString &path) const { return m_browser->url(path); }
    QString issuer() const { return m_tenant->issuer().toString(); }

    // POST /oauth/token with a form body.
    HttpResult token(const QUrlQuery &form, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult clientCredentials(const QString &audience, const QString &organization = {});

    // Authorization code + PKCE for demo-native with a fresh browser; `extra` is added to /authorize.
    struct CodeFlow {
        AuthorizeOutcome outcome;
        Pkce pkce;
        QString redirectUri;
    };
    CodeFlow authorize(const QString &email, const QUrlQuery &extra = {});
    HttpResult redeem(const CodeFlow &flow);

    // POST /oauth/device/code for demo-native.
    QJsonObject startDevice(const QString &scope, const QString &audience = {});
    HttpResult pollDevice(const QString &deviceCode);
    // A device login approved by `email`; returns the token response.
    HttpResult deviceLogin(const QString &email, const QString &scope = QStringLiteral("openid profile offline_access"),
                           const QString &audience = QLatin1String(demo::OrdersApiAudience));

    // The payload of a compact JWS (not verified).
    static QJsonObject payload(const QString &jwt);

private:
    ShiftedClock m_ownClock;
    MovableClock *m_clock;
    std::unique_ptr<demo::DemoTenant> m_tenant;
    std::unique_ptr<TestBrowser> m_browser;
    bool m_started = false;
    QString m_startError;
};

} // namespace orglens::test
