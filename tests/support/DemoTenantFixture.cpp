#include "DemoTenantFixture.h"

#include "jwt/TokenDecoder.h"

namespace orglens::test {

demo::DemoTenantOptions DemoTenantFixture::testOptions()
{
    demo::DemoTenantOptions options;
    options.deviceInterval = 1;
    // Tests that are not about rate limits must not depend on how fast the machine sends requests;
    // the rate-limit tests set their own small limit.
    options.managementRateLimit = 100000;
    return options;
}

DemoTenantFixture::DemoTenantFixture(demo::DemoTenantOptions options, MovableClock *clock)
    : m_clock(clock ? clock : &m_ownClock)
{
    options.clock = m_clock;
    m_tenant = std::make_unique<demo::DemoTenant>(options);
    const auto port = m_tenant->start();
    m_started = port.ok();
    if (!m_started)
        m_startError = port.error().message;
    m_browser = std::make_unique<TestBrowser>(m_tenant->issuer());
}

HttpResult DemoTenantFixture::token(const QUrlQuery &form, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return m_browser->postForm(url(QStringLiteral("oauth/token")), form, headers);
}

HttpResult DemoTenantFixture::clientCredentials(const QString &audience, const QString &organization)
{
    QUrlQuery form{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                   {QStringLiteral("client_id"), QStringLiteral("demo-m2m")},
                   {QStringLiteral("client_secret"), QStringLiteral("demo-m2m-secret")},
                   {QStringLiteral("audience"), audience}};
    if (!organization.isEmpty())
        form.addQueryItem(QStringLiteral("organization"), organization);
    return token(form);
}

DemoTenantFixture::CodeFlow DemoTenantFixture::authorize(const QString &email, const QUrlQuery &extra)
{
    CodeFlow flow;
    flow.pkce = Pkce::generate();
    flow.redirectUri = QStringLiteral("http://127.0.0.1:53682/callback");
    QUrlQuery params{{QStringLiteral("response_type"), QStringLiteral("code")},
                     {QStringLiteral("client_id"), QStringLiteral("demo-native")},
                     {QStringLiteral("redirect_uri"), flow.redirectUri},
                     {QStringLiteral("scope"), QStringLiteral("openid profile email offline_access")},
                     {QStringLiteral("audience"), QLatin1String(demo::OrdersApiAudience)},
                     {QStringLiteral("state"), QStringLiteral("state-123")},
                     {QStringLiteral("nonce"), QStringLiteral("nonce-456")},
                     {QStringLiteral("code_challenge"), flow.pkce.challenge},
                     {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    for (const auto &[key, value] : extra.queryItems(QUrl::FullyDecoded)) {
        params.removeAllQueryItems(key);
        if (!value.isNull())
            params.addQueryItem(key, value);
    }
    TestBrowser browser(m_tenant->issuer());
    flow.outcome = browser.authorize(params, email, QLatin1String(demo::DemoPassword));
    return flow;
}

HttpResult DemoTenantFixture::redeem(const CodeFlow &flow)
{
    return token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                  {QStringLiteral("client_id"), QStringLiteral("demo-native")},
                  {QStringLiteral("code"), flow.outcome.code()},
                  {QStringLiteral("code_verifier"), flow.pkce.verifier},
                  {QStringLiteral("redirect_uri"), flow.redirectUri}});
}

QJsonObject DemoTenantFixture::startDevice(const QString &scope, const QString &audience)
{
    QUrlQuery form{{QStringLiteral("client_id"), QStringLiteral("demo-native")}, {QStringLiteral("scope"), scope}};
    if (!audience.isEmpty())
        form.addQueryItem(QStringLiteral("audience"), audience);
    return m_browser->postForm(url(QStringLiteral("oauth/device/code")), form).json();
}

HttpResult DemoTenantFixture::pollDevice(const QString &deviceCode)
{
    return token({{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                  {QStringLiteral("client_id"), QStringLiteral("demo-native")},
                  {QStringLiteral("device_code"), deviceCode}});
}

HttpResult DemoTenantFixture::deviceLogin(const QString &email, const QString &scope, const QString &audience)
{
    const QJsonObject device = startDevice(scope, audience);
    TestBrowser browser(m_tenant->issuer());
    browser.activate(device.value(QLatin1String("user_code")).toString(), email, QLatin1String(demo::DemoPassword));
    return pollDevice(device.value(QLatin1String("device_code")).toString());
}

QJsonObject DemoTenantFixture::payload(const QString &jwt)
{
    const auto decoded = jwt::decodeToken(jwt);
    return decoded ? decoded->payload : QJsonObject{};
}

} // namespace orglens::test
