// The demo tenant's Authentication API over real HTTP on 127.0.0.1: every flow and error path of
// core/demo/README.md, checked against the Auth0 behaviour it imitates.
#include "DemoTenantFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace orglens;
using namespace orglens::test;
using namespace std::chrono_literals;

namespace {

const QDateTime Start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

const QString Orders = QLatin1String(demo::OrdersApiAudience);
const QString ActionClaim = QStringLiteral("https://orglens.example/org_id");

QString field(const HttpResult &result, const char *name)
{
    return result.json().value(QLatin1String(name)).toString();
}

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery result;
    for (const auto &[key, value] : items)
        result.addQueryItem(key, value);
    return result;
}

QByteArray basic(const QString &id, const QString &secret)
{
    return "Basic " + (id + QLatin1Char(':') + secret).toUtf8().toBase64();
}

QUrlQuery exchangeForm(const QString &subjectToken, const QString &type = QLatin1String(demo::DeviceTokenSubjectType))
{
    return query({{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange")},
                  {QStringLiteral("client_id"), QStringLiteral("demo-exchange")},
                  {QStringLiteral("client_secret"), QStringLiteral("demo-exchange-secret")},
                  {QStringLiteral("subject_token_type"), type},
                  {QStringLiteral("subject_token"), subjectToken},
                  {QStringLiteral("scope"), QStringLiteral("openid profile offline_access")}});
}

} // namespace

class TestDemoTenantOAuth : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void discoveryAndJwks();
    void deviceFlowPendingSlowDownApproved();
    void deviceFlowDenied();
    void deviceFlowExpired();
    void codesAndTokensExpire();
    void deviceFlowIgnoresOrganization();
    void actionClaimOnlyWithDefaultOrgAndSwitchable();
    void actionClaimLostOnRefresh();
    void refreshRotationAndReuse();
    void pkceHappyPath();
    void pkceErrors_data();
    void pkceErrors();
    void wrongVerifierAndCodeReuse();
    void organizationById();
    void organizationByName();
    void organizationErrors_data();
    void organizationErrors();
    void clientCredentials_data();
    void clientCredentials();
    void clientCredentialsRequireUsesDefaultOrganization();
    void tokenExchange();
    void tokenExchangeFailures_data();
    void tokenExchangeFailures();
    void passwordGrant();
    void userinfo();
    void revoke();
    void logout();
    void promptLoginHintAndConnection();
    void bodiesAndClientAuthentication();
    void eventsCarryNoSecrets();

private:
    // One tenant with the default test options for the tests that do not change tenant state or options
    // (each start generates an RSA key, the slowest part of a test).
    DemoTenantFixture &shared() { return *m_shared; }
    std::unique_ptr<DemoTenantFixture> m_shared;
};

void TestDemoTenantOAuth::initTestCase()
{
    m_shared = std::make_unique<DemoTenantFixture>();
    QVERIFY2(m_shared->started(), qPrintable(m_shared->startError()));
}

void TestDemoTenantOAuth::discoveryAndJwks()
{
    DemoTenantFixture &fixture = shared();
    QVERIFY2(fixture.started(), qPrintable(fixture.startError()));
    const QJsonObject discovery =
        fixture.browser().get(fixture.url(QStringLiteral(".well-known/openid-configuration"))).json();
    QCOMPARE(discovery.value(QLatin1String("issuer")).toString(), fixture.issuer());
    QVERIFY(fixture.issuer().startsWith(QLatin1String("http://127.0.0.1:")) &&
            fixture.issuer().endsWith(QLatin1Char('/')));
    QCOMPARE(discovery.value(QLatin1String("device_authorization_endpoint")).toString(),
             fixture.issuer() + QStringLiteral("oauth/device/code"));
    for (const char *key : {"token_endpoint", "authorization_endpoint", "userinfo_endpoint", "revocation_endpoint",
                            "jwks_uri", "end_session_endpoint"})
        QVERIFY2(discovery.value(QLatin1String(key)).toString().startsWith(fixture.issuer()), key);
    QVERIFY(discovery.value(QLatin1String("grant_types_supported"))
                .toArray()
                .contains(QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange")));

    const QJsonArray keys = fixture.browser()
                                .get(fixture.url(QStringLiteral(".well-known/jwks.json")))
                                .json()
                                .value(QLatin1String("keys"))
                                .toArray();
    QCOMPARE(keys.size(), 1);
    const QJsonObject key = keys.first().toObject();
    QCOMPARE(key.value(QLatin1String("kid")).toString(), fixture.tenant().signingKey().kid());
    QCOMPARE(key.value(QLatin1String("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(QByteArray::fromBase64(key.value(QLatin1String("n")).toString().toLatin1(), QByteArray::Base64UrlEncoding)
                 .size(),
             256);

    // A second tenant has another key.
    DemoTenantFixture other;
    QVERIFY(other.tenant().signingKey().kid() != fixture.tenant().signingKey().kid());
}

void TestDemoTenantOAuth::deviceFlowPendingSlowDownApproved()
{
    DemoTenantFixture &fixture = shared();
    QVERIFY(fixture.started());
    const QJsonObject device = fixture.startDevice(QStringLiteral("openid profile offline_access"), Orders);
    const QString deviceCode = device.value(QLatin1String("device_code")).toString();
    const QString userCode = device.value(QLatin1String("user_code")).toString();
    QVERIFY(!deviceCode.isEmpty());
    QVERIFY(QRegularExpression(QStringLiteral("^[B-Z]{4}-[B-Z]{4}$")).match(userCode).hasMatch());
    QCOMPARE(device.value(QLatin1String("verification_uri")).toString(), fixture.issuer() + QStringLiteral("activate"));
    QCOMPARE(device.value(QLatin1String("verification_uri_complete")).toString(),
             fixture.issuer() + QStringLiteral("activate?user_code=") + userCode);
    QCOMPARE(device.value(QLatin1String("interval")).toInt(), 1);
    QCOMPARE(device.value(QLatin1String("expires_in")).toInt(), 900);

    HttpResult poll = fixture.pollDevice(deviceCode);
    QCOMPARE(poll.status, 403);
    QCOMPARE(field(poll, "error"), QStringLiteral("authorization_pending"));
    poll = fixture.pollDevice(deviceCode);
    QCOMPARE(poll.status, 429);
    QCOMPARE(field(poll, "error"), QStringLiteral("slow_down"));
    QVERIFY(field(poll, "error_description").contains(QLatin1String("interval of 1 seconds")));
    // The interval is now 6 s: waiting the original 1 s is still too fast.
    fixture.clock().advance(1100ms);
    poll = fixture.pollDevice(deviceCode);
    QCOMPARE(poll.status, 429);
    QVERIFY(field(poll, "error_description").contains(QLatin1String("interval of 6 seconds")));

    // The verification_uri_complete page comes prefilled.
    TestBrowser browser(fixture.tenant().issuer());
    const HttpResult page = browser.get(QUrl(device.value(QLatin1String("verification_uri_complete")).toString()));
    QCOMPARE(TestBrowser::parseForm(page.text(), fixture.tenant().issuer())->value(QStringLiteral("user_code")),
             userCode);
    // Lower case without the dash is accepted, as people type it.
    const HttpResult done = browser.activate(userCode.toLower().remove(QLatin1Char('-')),
                                             QStringLiteral("alice@example.com"), QStringLiteral("demo-password"));
    QCOMPARE(done.status, 200);
    QVERIFY(done.text().contains(QLatin1String("all set")));

    const HttpResult tokens = fixture.pollDevice(deviceCode);
    QCOMPARE(tokens.status, 200);
    const QJsonObject access = DemoTenantFixture::payload(field(tokens, "access_token"));
    QCOMPARE(access.value(QLatin1String("sub")).toString(), QStringLiteral("auth0|alice"));
    QCOMPARE(access.value(QLatin1String("aud")).toArray(),
             (QJsonArray{Orders, fixture.issuer() + QStringLiteral("userinfo")}));
    QVERIFY(!access.contains(QLatin1String("org_id")));
    QVERIFY(!access.contains(QLatin1String("gty")));
    QCOMPARE(access.value(ActionClaim).toString(), QStringLiteral("org_acme"));
    const QJsonObject id = DemoTenantFixture::payload(field(tokens, "id_token"));
    QCOMPARE(id.value(QLatin1String("aud")).toString(), QStringLiteral("demo-native"));
    QVERIFY(!id.contains(QLatin1String("org_id")));
    QCOMPARE(id.value(ActionClaim).toString(), QStringLiteral("org_acme"));
    QVERIFY(!field(tokens, "refresh_token").isEmpty());
    QVERIFY(fixture.tenant().signingKey().verify(field(tokens, "access_token").toLatin1()).ok());

    // The device code works once.
    const HttpResult again = fixture.pollDevice(deviceCode);
    QCOMPARE(again.status, 403);
    QCOMPARE(field(again, "error"), QStringLiteral("invalid_grant"));
}

void TestDemoTenantOAuth::deviceFlowDenied()
{
    DemoTenantFixture &fixture = shared();
    const QJsonObject device = fixture.startDevice(QStringLiteral("openid"));
    TestBrowser browser(fixture.tenant().issuer());
    const HttpResult page =
        browser.activate(device.value(QLatin1String("user_code")).toString(), QStringLiteral("bob@example.com"),
                         QStringLiteral("demo-password"), QStringLiteral("deny"));
    QVERIFY(page.text().contains(QLatin1String("cancelled")));
    const HttpResult poll = fixture.pollDevice(device.value(QLatin1String("device_code")).toString());
    QCOMPARE(poll.status, 403);
    QCOMPARE(field(poll, "error"), QStringLiteral("access_denied"));
    QCOMPARE(field(poll, "error_description"), QStringLiteral("User cancelled the confirmation prompt."));

    // A wrong user code shows an error on the activation page.
    const HttpResult wrong = browser.activate(QStringLiteral("BBBB-BBBB"), QStringLiteral("bob@example.com"),
                                              QStringLiteral("demo-password"));
    QVERIFY(wrong.text().contains(QLatin1String("Invalid or expired code")));
}

void TestDemoTenantOAuth::deviceFlowExpired()
{
    FixedClock clock(Start);
    DemoTenantFixture fixture(DemoTenantFixture::testOptions(), &clock);
    const QJsonObject device = fixture.startDevice(QStringLiteral("openid"));
    const QString deviceCode = device.value(QLatin1String("device_code")).toString();
    const std::chrono::seconds lifetime(device.value(QLatin1String("expires_in")).toInt());
    clock.advance(lifetime - 1s);
    HttpResult poll = fixture.pollDevice(deviceCode);
    QCOMPARE(field(poll, "error"), QStringLiteral("authorization_pending"));
    clock.advance(1s);
    // An expired code can no longer be confirmed...
    TestBrowser browser(fixture.tenant().issuer());
    const HttpResult page = browser.activate(device.value(QLatin1String("user_code")).toString(),
                                             QStringLiteral("alice@example.com"), QStringLiteral("demo-password"));
    QVERIFY(page.text().contains(QLatin1String("Invalid or expired code")));
    // ...and polling says so once, then the code is gone.
    poll = fixture.pollDevice(deviceCode);
    QCOMPARE(poll.status, 403);
    QCOMPARE(field(poll, "error"), QStringLiteral("expired_token"));
    poll = fixture.pollDevice(deviceCode);
    QCOMPARE(poll.status, 403);
    QCOMPARE(field(poll, "error"), QStringLiteral("invalid_grant"));
}

// Authorization codes live 5 minutes; access tokens accessTokenLifetimeSeconds, after which /userinfo and the token
// exchange refuse them.
void TestDemoTenantOAuth::codesAndTokensExpire()
{
    FixedClock clock(Start);
    DemoTenantFixture fixture(DemoTenantFixture::testOptions(), &clock);
    const auto late = fixture.authorize(QStringLiteral("alice@example.com"));
    const auto inTime = fixture.authorize(QStringLiteral("alice@example.com"));
    clock.advance(5min - 1s);
    QCOMPARE(fixture.redeem(inTime).status, 200);
    clock.advance(1s);
    const HttpResult refused = fixture.redeem(late);
    QCOMPARE(refused.status, 403);
    QCOMPARE(field(refused, "error_description"), QStringLiteral("Invalid authorization code"));

    const auto userinfo = [&](const QString &token) {
        return fixture.browser()
            .get(fixture.url(QStringLiteral("userinfo")), {{"Authorization", "Bearer " + token.toLatin1()}})
            .status;
    };
    const auto exchange = [&](const QString &token) { return fixture.token(exchangeForm(token)); };
    // Three access tokens issued at the same moment: a JWT, an opaque one and a device login's.
    const QString jwt = field(fixture.redeem(fixture.authorize(QStringLiteral("alice@example.com"))), "access_token");
    const QString opaque = field(fixture.redeem(fixture.authorize(QStringLiteral("bob@example.com"),
                                                                  query({{QStringLiteral("audience"), QString()}}))),
                                 "access_token");
    const QString deviceToken = field(fixture.deviceLogin(QStringLiteral("alice@example.com")), "access_token");
    const std::chrono::seconds lifetime(fixture.tenant().options().accessTokenLifetimeSeconds);
    clock.advance(lifetime - 1s);
    QCOMPARE(userinfo(jwt), 200);
    QCOMPARE(userinfo(opaque), 200);
    QCOMPARE(exchange(deviceToken).status, 200);
    clock.advance(1s);
    QCOMPARE(userinfo(jwt), 401);
    QCOMPARE(userinfo(opaque), 401);
    const HttpResult expired = exchange(deviceToken);
    QCOMPARE(expired.status, 400);
    QCOMPARE(field(expired, "error"), QStringLiteral("invalid_request"));
    QVERIFY2(field(expired, "error_description").contains(QLatin1String("expired")),
             qPrintable(field(expired, "error_description")));
}

void TestDemoTenantOAuth::deviceFlowIgnoresOrganization()
{
    DemoTenantFixture &fixture = shared();
    QSignalSpy events(&fixture.tenant(), &demo::DemoTenant::activity);
    const QJsonObject device = fixture.browser()
                                   .postForm(fixture.url(QStringLiteral("oauth/device/code")),
                                             query({{QStringLiteral("client_id"), QStringLiteral("demo-native")},
                                                    {QStringLiteral("scope"), QStringLiteral("openid")},
                                                    {QStringLiteral("audience"), Orders},
                                                    {QStringLiteral("organization"), QStringLiteral("org_acme")}}))
                                   .json();
    TestBrowser browser(fixture.tenant().issuer());
    browser.activate(device.value(QLatin1String("user_code")).toString(), QStringLiteral("alice@example.com"),
                     QStringLiteral("demo-password"));
    const HttpResult tokens = fixture.pollDevice(device.value(QLatin1String("device_code")).toString());
    QCOMPARE(tokens.status, 200);
    QVERIFY(!DemoTenantFixture::payload(field(tokens, "access_token")).contains(QLatin1String("org_id")));
    QVERIFY(!DemoTenantFixture::payload(field(tokens, "id_token")).contains(QLatin1String("org_id")));
    bool noted = false;
    for (const auto &arguments : events)
        noted = noted || arguments.first().toJsonObject().contains(QLatin1String("ignored_organization"));
    QVERIFY(noted);
}

void TestDemoTenantOAuth::actionClaimOnlyWithDefaultOrgAndSwitchable()
{
    DemoTenantFixture &fixture = shared();
    // bob has no default_org_id: the Action adds nothing.
    HttpResult tokens = fixture.deviceLogin(QStringLiteral("bob@example.com"));
    QCOMPARE(tokens.status, 200);
    QVERIFY(!DemoTenantFixture::payload(field(tokens, "access_token")).contains(ActionClaim));
    // The Action runs only for the device flow, not for an authorization code login.
    const auto flow = fixture.authorize(QStringLiteral("alice@example.com"));
    QVERIFY(!DemoTenantFixture::payload(field(fixture.redeem(flow), "access_token")).contains(ActionClaim));

    auto options = DemoTenantFixture::testOptions();
    options.postLoginActionEnabled = false;
    DemoTenantFixture noAction(options);
    tokens = noAction.deviceLogin(QStringLiteral("alice@example.com"));
    QVERIFY(!DemoTenantFixture::payload(field(tokens, "access_token")).contains(ActionClaim));

    options = DemoTenantFixture::testOptions();
    options.claimNamespace = QStringLiteral("https://example.com/claims"); // no trailing slash: normalised
    DemoTenantFixture otherNamespace(options);
    tokens = otherNamespace.deviceLogin(QStringLiteral("alice@example.com"));
    QCOMPARE(DemoTenantFixture::payload(field(tokens, "access_token"))
                 .value(QLatin1String("https://example.com/claims/org_id"))
                 .toString(),
             QStringLiteral("org_acme"));
}

void TestDemoTenantOAuth::actionClaimLostOnRefresh()
{
    DemoTenantFixture &fixture = shared();
    const HttpResult tokens = fixture.deviceLogin(QStringLiteral("alice@example.com"));
    QCOMPARE(DemoTenantFixture::payload(field(tokens, "access_token")).value(ActionClaim).toString(),
             QStringLiteral("org_acme"));
    const HttpResult refreshed =
        fixture.token(query({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("client_id"), QStringLiteral("demo-native")},
                             {QStringLiteral("refresh_token"), field(tokens, "refresh_token")}}));
    QCOMPARE(refreshed.status, 200);
    const QJsonObject access = DemoTenantFixture::payload(field(refreshed, "access_token"));
    QCOMPARE(access.value(QLatin1String("sub")).toString(), QStringLiteral("auth0|alice"));
    QVERIFY(!access.contains(ActionClaim));
    QVERIFY(!DemoTenantFixture::payload(field(refreshed, "id_token")).contains(ActionClaim));
}

void TestDemoTenantOAuth::refreshRotationAndReuse()
{
    DemoTenantFixture &fixture = shared();
    const HttpResult tokens = fixture.deviceLogin(QStringLiteral("bob@example.com"));
    const auto refresh = [&](const QString &token) {
        return fixture.token(query({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                    {QStringLiteral("client_id"), QStringLiteral("demo-native")},
                                    {QStringLiteral("refresh_token"), token}}));
    };
    const QString first = field(tokens, "refresh_token");
    const HttpResult second = refresh(first);
    QCOMPARE(second.status, 200);
    const QString rotated = field(second, "refresh_token");
    QVERIFY(!rotated.isEmpty() && rotated != first);
    // Reusing the old token fails and revokes the family: the rotated token is dead too.
    HttpResult reuse = refresh(first);
    QCOMPARE(reuse.status, 403);
    QCOMPARE(field(reuse, "error"), QStringLiteral("invalid_grant"));
    reuse = refresh(rotated);
    QCOMPARE(reuse.status, 403);
    QCOMPARE(field(reuse, "error"), QStringLiteral("invalid_grant"));
    QCOMPARE(refresh(QStringLiteral("not-a-token")).status, 403);
}

void TestDemoTenantOAuth::pkceHappyPath()
{
    DemoTenantFixture &fixture = shared();
    const auto flow =
        fixture.authorize(QStringLiteral("alice@example.com"),
                          query({{QStringLiteral("login_hint"), QStringLiteral("alice@example.com")},
                                 {QStringLiteral("connection"), QStringLiteral("Username-Password-Authentication")}}));
    QCOMPARE(flow.outcome.last.status, 302);
    QCOMPARE(flow.outcome.last.location.port(), 53682);
    QCOMPARE(flow.outcome.state(), QStringLiteral("state-123"));
    QCOMPARE(flow.outcome.iss(), fixture.issuer());
    QVERIFY(!flow.outcome.code().isEmpty());
    const HttpResult tokens = fixture.redeem(flow);
    QCOMPARE(tokens.status, 200);
    const QJsonObject access = DemoTenantFixture::payload(field(tokens, "access_token"));
    QCOMPARE(access.value(QLatin1String("iss")).toString(), fixture.issuer());
    QCOMPARE(access.value(QLatin1String("azp")).toString(), QStringLiteral("demo-native"));
    QCOMPARE(access.value(QLatin1String("aud")).toArray().first().toString(), Orders);
    QVERIFY(!access.contains(QLatin1String("org_id")));
    const QJsonObject id = DemoTenantFixture::payload(field(tokens, "id_token"));
    QCOMPARE(id.value(QLatin1String("aud")).toString(), QStringLiteral("demo-native"));
    QCOMPARE(id.value(QLatin1String("nonce")).toString(), QStringLiteral("nonce-456"));
    QCOMPARE(id.value(QLatin1String("email")).toString(), QStringLiteral("alice@example.com"));
    QCOMPARE(id.value(QLatin1String("name")).toString(), QStringLiteral("Alice Example"));
    QVERIFY(!id.value(QLatin1String("sid")).toString().isEmpty());
    QVERIFY(id.value(QLatin1String("auth_time")).toInteger() > 0);
    const QByteArray digest =
        QCryptographicHash::hash(field(tokens, "access_token").toLatin1(), QCryptographicHash::Sha256);
    QCOMPARE(
        id.value(QLatin1String("at_hash")).toString(),
        QString::fromLatin1(digest.left(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));

    // No audience: an opaque access token.
    const auto opaque =
        fixture.authorize(QStringLiteral("bob@example.com"), query({{QStringLiteral("audience"), QString()}}));
    const HttpResult opaqueTokens = fixture.redeem(opaque);
    QCOMPARE(opaqueTokens.status, 200);
    QVERIFY(!field(opaqueTokens, "access_token").contains(QLatin1Char('.')));

    // A wrong password shows the error on the login page and issues nothing.
    TestBrowser browser(fixture.tenant().issuer());
    QUrl url = fixture.url(QStringLiteral("authorize"));
    url.setQuery(query({{QStringLiteral("response_type"), QStringLiteral("code")},
                        {QStringLiteral("client_id"), QStringLiteral("demo-native")},
                        {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:1/cb")},
                        {QStringLiteral("code_challenge"), Pkce::generate().challenge},
                        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}}));
    auto login = TestBrowser::parseForm(browser.get(url).text(), fixture.tenant().issuer());
    QVERIFY(login);
    login->set(QStringLiteral("email"), QStringLiteral("alice@example.com"));
    login->set(QStringLiteral("password"), QStringLiteral("wrong"));
    const HttpResult page = browser.submit(*login);
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(QLatin1String("Wrong email or password.")));
    QVERIFY(page.header("Set-Cookie").isEmpty());
}

void TestDemoTenantOAuth::pkceErrors_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("challenge");
    QTest::addColumn<QString>("description");
    QTest::newRow("plain refused") << QStringLiteral("plain") << QStringLiteral("abc")
                                   << QStringLiteral("Unsupported code_challenge_method: 'plain'");
    QTest::newRow("method missing") << QString() << QStringLiteral("abc") << QStringLiteral("Only S256");
    QTest::newRow("challenge missing") << QStringLiteral("S256") << QString() << QStringLiteral("code_challenge");
}

void TestDemoTenantOAuth::pkceErrors()
{
    QFETCH(QString, method);
    QFETCH(QString, challenge);
    QFETCH(QString, description);
    DemoTenantFixture &fixture = shared();
    const auto flow = fixture.authorize(
        QStringLiteral("alice@example.com"),
        query({{QStringLiteral("code_challenge_method"), method}, {QStringLiteral("code_challenge"), challenge}}));
    QCOMPARE(flow.outcome.last.status, 302);
    QCOMPARE(flow.outcome.error(), QStringLiteral("invalid_request"));
    QVERIFY2(flow.outcome.errorDescription().contains(description), qPrintable(flow.outcome.errorDescription()));
    QCOMPARE(flow.outcome.state(), QStringLiteral("state-123"));
    QCOMPARE(flow.outcome.iss(), fixture.issuer());
}

void TestDemoTenantOAuth::wrongVerifierAndCodeReuse()
{
    DemoTenantFixture &fixture = shared();
    auto flow = fixture.authorize(QStringLiteral("alice@example.com"));
    flow.pkce.verifier = Pkce::generate().verifier;
    HttpResult result = fixture.redeem(flow);
    QCOMPARE(result.status, 403);
    QCOMPARE(field(result, "error"), QStringLiteral("invalid_grant"));
    QCOMPARE(field(result, "error_description"), QStringLiteral("Failed to verify code verifier"));

    flow = fixture.authorize(QStringLiteral("alice@example.com"));
    QCOMPARE(fixture.redeem(flow).status, 200);
    result = fixture.redeem(flow);
    QCOMPARE(result.status, 403);
    QCOMPARE(field(result, "error_description"), QStringLiteral("Invalid authorization code"));

    // A redirect_uri that is not a loopback URL is refused with an error page, never redirected to.
    TestBrowser browser(fixture.tenant().issuer());
    QUrl url = fixture.url(QStringLiteral("authorize"));
    url.setQuery(query({{QStringLiteral("client_id"), QStringLiteral("demo-native")},
                        {QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/cb")},
                        {QStringLiteral("response_type"), QStringLiteral("code")}}));
    const HttpResult page = browser.get(url);
    QCOMPARE(page.status, 400);
    QVERIFY(page.text().contains(QLatin1String("Callback URL mismatch")));
}

void TestDemoTenantOAuth::organizationById()
{
    DemoTenantFixture &fixture = shared();
    const auto flow = fixture.authorize(QStringLiteral("alice@example.com"),
                                        query({{QStringLiteral("organization"), QStringLiteral("org_globex")}}));
    const HttpResult tokens = fixture.redeem(flow);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(DemoTenantFixture::payload(field(tokens, "access_token")).value(QLatin1String("org_id")).toString(),
             QStringLiteral("org_globex"));
    QCOMPARE(DemoTenantFixture::payload(field(tokens, "id_token")).value(QLatin1String("org_id")).toString(),
             QStringLiteral("org_globex"));
    QVERIFY(!DemoTenantFixture::payload(field(tokens, "id_token")).contains(QLatin1String("org_name")));
    // The refresh token remembers the organization.
    const HttpResult refreshed =
        fixture.token(query({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("client_id"), QStringLiteral("demo-native")},
                             {QStringLiteral("refresh_token"), field(tokens, "refresh_token")}}));
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(DemoTenantFixture::payload(field(refreshed, "access_token")).value(QLatin1String("org_id")).toString(),
             QStringLiteral("org_globex"));
    QCOMPARE(DemoTenantFixture::payload(field(refreshed, "id_token")).value(QLatin1String("org_id")).toString(),
             QStringLiteral("org_globex"));
}

void TestDemoTenantOAuth::organizationByName()
{
    DemoTenantFixture namesOff;
    const auto refused = namesOff.authorize(QStringLiteral("alice@example.com"),
                                            query({{QStringLiteral("organization"), QStringLiteral("acme")}}));
    QCOMPARE(refused.outcome.error(), QStringLiteral("invalid_request"));
    QCOMPARE(refused.outcome.errorDescription(), QStringLiteral("parameter organization is invalid: acme"));

    auto options = DemoTenantFixture::testOptions();
    options.allowOrganizationNames = true;
    DemoTenantFixture namesOn(options);
    const auto flow = namesOn.authorize(QStringLiteral("alice@example.com"),
                                        query({{QStringLiteral("organization"), QStringLiteral("acme")}}));
    const HttpResult tokens = namesOn.redeem(flow);
    QCOMPARE(tokens.status, 200);
    for (const char *token : {"access_token", "id_token"}) {
        const QJsonObject claims = DemoTenantFixture::payload(field(tokens, token));
        QCOMPARE(claims.value(QLatin1String("org_id")).toString(), QStringLiteral("org_acme"));
        QCOMPARE(claims.value(QLatin1String("org_name")).toString(), QStringLiteral("acme"));
    }
}

void TestDemoTenantOAuth::organizationErrors_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::newRow("non-member") << QStringLiteral("bob@example.com") << QStringLiteral("org_globex")
                                << QStringLiteral("access_denied")
                                << QStringLiteral("user auth0|bob is not part of the org_globex organization");
    QTest::newRow("member of none") << QStringLiteral("dave@example.com") << QStringLiteral("org_acme")
                                    << QStringLiteral("access_denied")
                                    << QStringLiteral("user auth0|dave is not part of the org_acme organization");
    QTest::newRow("invalid") << QStringLiteral("alice@example.com") << QStringLiteral("org_nope")
                             << QStringLiteral("invalid_request")
                             << QStringLiteral("parameter organization is invalid: org_nope");
}

void TestDemoTenantOAuth::organizationErrors()
{
    QFETCH(QString, email);
    QFETCH(QString, organization);
    QFETCH(QString, error);
    QFETCH(QString, description);
    DemoTenantFixture &fixture = shared();
    const auto flow = fixture.authorize(email, query({{QStringLiteral("organization"), organization}}));
    QCOMPARE(flow.outcome.last.status, 302);
    QCOMPARE(flow.outcome.error(), error);
    QCOMPARE(flow.outcome.errorDescription(), description);
    QCOMPARE(flow.outcome.state(), QStringLiteral("state-123"));
    QVERIFY(flow.outcome.code().isEmpty());
}

void TestDemoTenantOAuth::clientCredentials_data()
{
    QTest::addColumn<bool>("management");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected"); // org_id, or the error description
    QTest::newRow("orders, no organization") << false << QString() << 200 << QString();
    QTest::newRow("orders, allow + any") << false << QStringLiteral("org_acme") << 200 << QStringLiteral("org_acme");
    QTest::newRow("orders, invalid organization")
        << false << QStringLiteral("org_nope") << 400 << QStringLiteral("parameter organization is invalid: org_nope");
    QTest::newRow("management, no organization") << true << QString() << 200 << QString();
    QTest::newRow("management, deny") << true << QStringLiteral("org_acme") << 400
                                      << QStringLiteral("parameter organization is not allowed for this client");
}

void TestDemoTenantOAuth::clientCredentials()
{
    QFETCH(bool, management);
    QFETCH(QString, organization);
    QFETCH(int, status);
    QFETCH(QString, expected);
    DemoTenantFixture &fixture = shared();
    const QString audience = management ? fixture.tenant().managementAudience().toString() : Orders;
    const HttpResult result = fixture.clientCredentials(audience, organization);
    QCOMPARE(result.status, status);
    if (status != 200) {
        QCOMPARE(field(result, "error_description"), expected);
        return;
    }
    const QJsonObject access = DemoTenantFixture::payload(field(result, "access_token"));
    QCOMPARE(access.value(QLatin1String("gty")).toString(), QStringLiteral("client-credentials"));
    QCOMPARE(access.value(QLatin1String("sub")).toString(), QStringLiteral("demo-m2m@clients"));
    QCOMPARE(access.value(QLatin1String("aud")).toString(), audience);
    QCOMPARE(access.value(QLatin1String("org_id")).toString(), expected);
    QVERIFY(!result.json().contains(QLatin1String("id_token")));
}

void TestDemoTenantOAuth::clientCredentialsRequireUsesDefaultOrganization()
{
    DemoTenantFixture fixture;
    demo::ClientGrant *grant = fixture.tenant().store().findClientGrant(QStringLiteral("demo-m2m"), Orders);
    grant->organizationUsage = QStringLiteral("require");
    grant->allowAnyOrganization = false;
    grant->organizations = {QStringLiteral("org_acme")};
    HttpResult result = fixture.clientCredentials(Orders);
    QCOMPARE(result.status, 400);
    QCOMPARE(field(result, "error_description"), QStringLiteral("parameter organization is required for this client"));
    result = fixture.clientCredentials(Orders, QStringLiteral("org_globex"));
    QCOMPARE(result.status, 403);
    QCOMPARE(field(result, "error"), QStringLiteral("access_denied"));
    fixture.tenant().store().findClient(QStringLiteral("demo-m2m"))->defaultOrganization = QStringLiteral("org_acme");
    result = fixture.clientCredentials(Orders);
    QCOMPARE(result.status, 200);
    QCOMPARE(DemoTenantFixture::payload(field(result, "access_token")).value(QLatin1String("org_id")).toString(),
             QStringLiteral("org_acme"));
}

void TestDemoTenantOAuth::tokenExchange()
{
    auto options = DemoTenantFixture::testOptions();
    options.allowOrganizationNames = true;
    DemoTenantFixture fixture(options);
    QSignalSpy events(&fixture.tenant(), &demo::DemoTenant::activity);
    const QString deviceToken = field(fixture.deviceLogin(QStringLiteral("alice@example.com")), "access_token");
    HttpResult result = fixture.token(exchangeForm(deviceToken));
    QCOMPARE(result.status, 200);
    QJsonObject access = DemoTenantFixture::payload(field(result, "access_token"));
    QCOMPARE(access.value(QLatin1String("sub")).toString(), QStringLiteral("auth0|alice"));
    QCOMPARE(access.value(QLatin1String("org_id")).toString(), QStringLiteral("org_acme"));
    QCOMPARE(access.value(QLatin1String("org_name")).toString(), QStringLiteral("acme"));
    QCOMPARE(access.value(QLatin1String("azp")).toString(), QStringLiteral("demo-exchange"));
    QCOMPARE(DemoTenantFixture::payload(field(result, "id_token")).value(QLatin1String("org_id")).toString(),
             QStringLiteral("org_acme"));
    bool exchanged = false;
    for (const auto &arguments : events)
        exchanged = exchanged || arguments.first().toJsonObject().value(QLatin1String("type")).toString() ==
                                     QLatin1String("token_exchange");
    QVERIFY(exchanged);

    // The organization parameter wins over the claim; HTTP Basic works too.
    QUrlQuery form = exchangeForm(deviceToken);
    form.removeQueryItem(QStringLiteral("client_secret"));
    form.addQueryItem(QStringLiteral("organization"), QStringLiteral("globex"));
    result = fixture.token(
        form, {{"Authorization", basic(QStringLiteral("demo-exchange"), QStringLiteral("demo-exchange-secret"))}});
    QCOMPARE(result.status, 200);
    QCOMPARE(DemoTenantFixture::payload(field(result, "access_token")).value(QLatin1String("org_id")).toString(),
             QStringLiteral("org_globex"));
    // The exchanged refresh token keeps the organization.
    const HttpResult refreshed =
        fixture.token(query({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("client_id"), QStringLiteral("demo-exchange")},
                             {QStringLiteral("client_secret"), QStringLiteral("demo-exchange-secret")},
                             {QStringLiteral("refresh_token"), field(result, "refresh_token")}}));
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(DemoTenantFixture::payload(field(refreshed, "access_token")).value(QLatin1String("org_id")).toString(),
             QStringLiteral("org_globex"));
}

void TestDemoTenantOAuth::tokenExchangeFailures_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::newRow("bad signature") << QStringLiteral("other-tenant") << 400 << QStringLiteral("invalid_request")
                                   << QStringLiteral("Invalid subject token");
    QTest::newRow("tampered") << QStringLiteral("tampered") << 400 << QStringLiteral("invalid_request")
                              << QStringLiteral("signature");
    QTest::newRow("expired") << QStringLiteral("expired") << 400 << QStringLiteral("invalid_request")
                             << QStringLiteral("expired");
    QTest::newRow("foreign issuer") << QStringLiteral("issuer") << 400 << QStringLiteral("invalid_request")
                                    << QStringLiteral("is not this tenant");
    QTest::newRow("id token") << QStringLiteral("id-token") << 400 << QStringLiteral("invalid_request")
                              << QStringLiteral("not an access token");
    QTest::newRow("reserved type") << QStringLiteral("reserved") << 400 << QStringLiteral("invalid_request")
                                   << QStringLiteral("reserved");
    QTest::newRow("unknown type") << QStringLiteral("unknown-type") << 400 << QStringLiteral("invalid_request")
                                  << QStringLiteral("No Custom Token Exchange profile");
    QTest::newRow("non-member") << QStringLiteral("carol") << 403 << QStringLiteral("access_denied")
                                << QStringLiteral("user auth0|carol is not part of the org_globex organization");
    QTest::newRow("missing org claim") << QStringLiteral("bob") << 403 << QStringLiteral("access_denied")
                                       << QStringLiteral("has no https://orglens.example/org_id claim");
    QTest::newRow("wrong secret") << QStringLiteral("secret") << 401 << QStringLiteral("invalid_client")
                                  << QStringLiteral("wrong client_secret");
    QTest::newRow("client without grant") << QStringLiteral("native") << 403 << QStringLiteral("unauthorized_client")
                                          << QStringLiteral("not allowed for the client");
}

void TestDemoTenantOAuth::tokenExchangeFailures()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, description);
    DemoTenantFixture &fixture = shared();
    const HttpResult alice = fixture.deviceLogin(QStringLiteral("alice@example.com"));
    const QString aliceToken = field(alice, "access_token");
    QJsonObject claims = DemoTenantFixture::payload(aliceToken);
    QUrlQuery form = exchangeForm(aliceToken);
    const auto replaceToken = [&form](const QString &token) {
        form.removeAllQueryItems(QStringLiteral("subject_token"));
        form.addQueryItem(QStringLiteral("subject_token"), token);
    };
    const auto replace = [&form](const QString &key, const QString &value) {
        form.removeAllQueryItems(key);
        form.addQueryItem(key, value);
    };
    if (kind == QLatin1String("other-tenant")) {
        DemoTenantFixture other;
        replaceToken(field(other.deviceLogin(QStringLiteral("alice@example.com")), "access_token"));
    } else if (kind == QLatin1String("tampered")) {
        claims.insert(QStringLiteral("sub"), QStringLiteral("auth0|bob"));
        const QStringList parts = aliceToken.split(QLatin1Char('.'));
        replaceToken(
            parts[0] + QLatin1Char('.') +
            QString::fromLatin1(QJsonDocument(claims)
                                    .toJson(QJsonDocument::Compact)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
            QLatin1Char('.') + parts[2]);
    } else if (kind == QLatin1String("expired")) {
        claims.insert(QStringLiteral("exp"), fixture.clock().now().toSecsSinceEpoch() - 60);
        replaceToken(QString::fromLatin1(fixture.tenant().signingKey().sign({}, claims)));
    } else if (kind == QLatin1String("issuer")) {
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://other-tenant.eu.auth0.com/"));
        replaceToken(QString::fromLatin1(fixture.tenant().signingKey().sign({}, claims)));
    } else if (kind == QLatin1String("id-token")) {
        replaceToken(field(alice, "id_token"));
    } else if (kind == QLatin1String("reserved")) {
        replace(QStringLiteral("subject_token_type"), QStringLiteral("urn:ietf:params:oauth:token-type:access_token"));
    } else if (kind == QLatin1String("unknown-type")) {
        replace(QStringLiteral("subject_token_type"), QStringLiteral("urn:acme:legacy-token"));
    } else if (kind == QLatin1String("carol")) {
        replaceToken(field(fixture.deviceLogin(QStringLiteral("carol@example.com")), "access_token"));
    } else if (kind == QLatin1String("bob")) {
        replaceToken(field(fixture.deviceLogin(QStringLiteral("bob@example.com")), "access_token"));
    } else if (kind == QLatin1String("secret")) {
        replace(QStringLiteral("client_secret"), QStringLiteral("wrong"));
    } else if (kind == QLatin1String("native")) {
        replace(QStringLiteral("client_id"), QStringLiteral("demo-native"));
    }
    const HttpResult result = fixture.token(form);
    QCOMPARE(result.status, status);
    QCOMPARE(field(result, "error"), error);
    QVERIFY2(field(result, "error_description").contains(description), qPrintable(field(result, "error_description")));
}

void TestDemoTenantOAuth::passwordGrant()
{
    DemoTenantFixture &fixture = shared();
    const HttpResult result = fixture.token(query({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                                   {QStringLiteral("client_id"), QStringLiteral("demo-native")},
                                                   {QStringLiteral("username"), QStringLiteral("alice@example.com")},
                                                   {QStringLiteral("password"), QStringLiteral("demo-password")},
                                                   {QStringLiteral("audience"), Orders},
                                                   {QStringLiteral("scope"), QStringLiteral("openid read:orders")},
                                                   {QStringLiteral("organization"), QStringLiteral("org_acme")}}));
    QCOMPARE(result.status, 200);
    const QJsonObject access = DemoTenantFixture::payload(field(result, "access_token"));
    QCOMPARE(access.value(QLatin1String("gty")).toString(), QStringLiteral("password"));
    QCOMPARE(access.value(QLatin1String("scope")).toString(), QStringLiteral("openid read:orders"));
    QVERIFY(!access.contains(QLatin1String("org_id")));
    QVERIFY(!access.contains(ActionClaim));
    QVERIFY(!DemoTenantFixture::payload(field(result, "id_token")).contains(QLatin1String("org_id")));

    const HttpResult wrong = fixture.token(query({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                                  {QStringLiteral("client_id"), QStringLiteral("demo-native")},
                                                  {QStringLiteral("username"), QStringLiteral("alice@example.com")},
                                                  {QStringLiteral("password"), QStringLiteral("nope")}}));
    QCOMPARE(wrong.status, 403);
    QCOMPARE(field(wrong, "error"), QStringLiteral("invalid_grant"));
}

void TestDemoTenantOAuth::userinfo()
{
    DemoTenantFixture &fixture = shared();
    const auto userinfo = [&](const QString &token) {
        return fixture.browser().get(fixture.url(QStringLiteral("userinfo")),
                                     {{"Authorization", "Bearer " + token.toLatin1()}});
    };
    // JWT with the userinfo audience (openid requested).
    const HttpResult tokens = fixture.redeem(fixture.authorize(
        QStringLiteral("alice@example.com"), query({{QStringLiteral("organization"), QStringLiteral("org_acme")}})));
    HttpResult result = userinfo(field(tokens, "access_token"));
    QCOMPARE(result.status, 200);
    QCOMPARE(field(result, "sub"), QStringLiteral("auth0|alice"));
    QCOMPARE(field(result, "email"), QStringLiteral("alice@example.com"));
    QCOMPARE(field(result, "org_id"), QStringLiteral("org_acme"));
    // Opaque token (no audience).
    const HttpResult opaque = fixture.redeem(
        fixture.authorize(QStringLiteral("bob@example.com"), query({{QStringLiteral("audience"), QString()}})));
    result = userinfo(field(opaque, "access_token"));
    QCOMPARE(result.status, 200);
    QCOMPARE(field(result, "sub"), QStringLiteral("auth0|bob"));
    // M2M tokens and garbage are refused.
    QCOMPARE(userinfo(field(fixture.clientCredentials(Orders), "access_token")).status, 401);
    result = userinfo(QStringLiteral("garbage"));
    QCOMPARE(result.status, 401);
    QVERIFY(result.header("WWW-Authenticate").startsWith("Bearer"));
}

void TestDemoTenantOAuth::revoke()
{
    DemoTenantFixture &fixture = shared();
    const QString refreshToken = field(fixture.deviceLogin(QStringLiteral("bob@example.com")), "refresh_token");
    const HttpResult revoked = fixture.browser().postForm(
        fixture.url(QStringLiteral("oauth/revoke")),
        query({{QStringLiteral("client_id"), QStringLiteral("demo-native")}, {QStringLiteral("token"), refreshToken}}));
    QCOMPARE(revoked.status, 200);
    const HttpResult refreshed = fixture.token(query({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                      {QStringLiteral("client_id"), QStringLiteral("demo-native")},
                                                      {QStringLiteral("refresh_token"), refreshToken}}));
    QCOMPARE(refreshed.status, 403);
    QCOMPARE(field(refreshed, "error"), QStringLiteral("invalid_grant"));
    const HttpResult missing =
        fixture.browser().postForm(fixture.url(QStringLiteral("oauth/revoke")),
                                   query({{QStringLiteral("client_id"), QStringLiteral("demo-native")}}));
    QCOMPARE(missing.status, 400);
}

void TestDemoTenantOAuth::logout()
{
    DemoTenantFixture &fixture = shared();
    TestBrowser browser(fixture.tenant().issuer());
    const Pkce pkce = Pkce::generate();
    const QUrlQuery params = query({{QStringLiteral("response_type"), QStringLiteral("code")},
                                    {QStringLiteral("client_id"), QStringLiteral("demo-native")},
                                    {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:8400/cb")},
                                    {QStringLiteral("scope"), QStringLiteral("openid")},
                                    {QStringLiteral("code_challenge"), pkce.challenge},
                                    {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
    QVERIFY(!browser.authorize(params, QStringLiteral("alice@example.com"), QStringLiteral("demo-password"))
                 .code()
                 .isEmpty());
    // The session cookie lets prompt=none succeed without a page.
    QUrlQuery silent = params;
    silent.addQueryItem(QStringLiteral("prompt"), QStringLiteral("none"));
    QVERIFY(!browser.authorize(silent, {}, {}).code().isEmpty());

    QUrl logoutUrl = fixture.url(QStringLiteral("v2/logout"));
    logoutUrl.setQuery(query({{QStringLiteral("client_id"), QStringLiteral("demo-native")},
                              {QStringLiteral("returnTo"), QStringLiteral("http://127.0.0.1:8400/bye")}}));
    const HttpResult result = browser.get(logoutUrl);
    QCOMPARE(result.status, 302);
    QCOMPARE(result.location, QUrl(QStringLiteral("http://127.0.0.1:8400/bye")));
    const AuthorizeOutcome after = browser.authorize(silent, {}, {});
    QCOMPARE(after.error(), QStringLiteral("login_required"));

    logoutUrl.setQuery(query({{QStringLiteral("returnTo"), QStringLiteral("https://evil.example/")}}));
    QCOMPARE(browser.get(logoutUrl).status, 400);
}

void TestDemoTenantOAuth::promptLoginHintAndConnection()
{
    DemoTenantFixture &fixture = shared();
    TestBrowser browser(fixture.tenant().issuer());
    const QUrlQuery params = query({{QStringLiteral("response_type"), QStringLiteral("code")},
                                    {QStringLiteral("client_id"), QStringLiteral("demo-native")},
                                    {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:8400/cb")},
                                    {QStringLiteral("scope"), QStringLiteral("openid")},
                                    {QStringLiteral("code_challenge"), Pkce::generate().challenge},
                                    {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
    QVERIFY(!browser.authorize(params, QStringLiteral("bob@example.com"), QStringLiteral("demo-password"))
                 .code()
                 .isEmpty());

    // With a session the next /authorize goes straight to consent...
    QUrl url = fixture.url(QStringLiteral("authorize"));
    url.setQuery(params);
    auto form = TestBrowser::parseForm(browser.get(url).text(), fixture.tenant().issuer());
    QVERIFY(form && form->action.path() == QLatin1String("/u/consent"));
    // ...unless prompt=login, which shows the login page, prefilled from login_hint.
    QUrlQuery forced = params;
    forced.addQueryItem(QStringLiteral("prompt"), QStringLiteral("login"));
    forced.addQueryItem(QStringLiteral("login_hint"), QStringLiteral("alice@example.com"));
    url.setQuery(forced);
    form = TestBrowser::parseForm(browser.get(url).text(), fixture.tenant().issuer());
    QVERIFY(form && form->action.path() == QLatin1String("/u/login"));
    QCOMPARE(form->value(QStringLiteral("email")), QStringLiteral("alice@example.com"));

    // Only the database connection exists; declining consent is access_denied.
    QUrlQuery other = params;
    other.addQueryItem(QStringLiteral("connection"), QStringLiteral("google-oauth2"));
    QCOMPARE(browser.authorize(other, {}, {}).error(), QStringLiteral("invalid_request"));
    const AuthorizeOutcome declined = browser.authorize(params, {}, {}, QStringLiteral("deny"));
    QCOMPARE(declined.error(), QStringLiteral("access_denied"));
    QVERIFY(declined.code().isEmpty());
}

void TestDemoTenantOAuth::bodiesAndClientAuthentication()
{
    DemoTenantFixture &fixture = shared();
    const QUrl tokenUrl = fixture.url(QStringLiteral("oauth/token"));
    // JSON body with client_secret_post.
    HttpResult result = fixture.browser().postJson(
        tokenUrl, QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                              {QStringLiteral("client_id"), QStringLiteral("demo-m2m")},
                              {QStringLiteral("client_secret"), QStringLiteral("demo-m2m-secret")},
                              {QStringLiteral("audience"), Orders}});
    QCOMPARE(result.status, 200);
    // Form body with HTTP Basic.
    const QUrlQuery form = query(
        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}, {QStringLiteral("audience"), Orders}});
    result =
        fixture.token(form, {{"Authorization", basic(QStringLiteral("demo-m2m"), QStringLiteral("demo-m2m-secret"))}});
    QCOMPARE(result.status, 200);
    // JSON body with HTTP Basic and a wrong secret.
    result =
        fixture.browser().postJson(tokenUrl,
                                   QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                               {QStringLiteral("audience"), Orders}},
                                   {{"Authorization", basic(QStringLiteral("demo-m2m"), QStringLiteral("wrong"))}});
    QCOMPARE(result.status, 401);
    QCOMPARE(field(result, "error"), QStringLiteral("invalid_client"));

    struct Case {
        QUrlQuery form;
        int status;
        const char *error;
    };
    const QList<Case> cases{
        {query({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                {QStringLiteral("client_id"), QStringLiteral("nobody")}}),
         401, "invalid_client"},
        {query({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                {QStringLiteral("client_id"), QStringLiteral("demo-m2m")}}),
         401, "invalid_client"},
        {query({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                {QStringLiteral("client_id"), QStringLiteral("demo-native")}}),
         403, "unauthorized_client"},
        {query({{QStringLiteral("grant_type"), QStringLiteral("implicit")},
                {QStringLiteral("client_id"), QStringLiteral("demo-native")}}),
         400, "unsupported_grant_type"},
        {query({{QStringLiteral("client_id"), QStringLiteral("demo-native")}}), 400, "invalid_request"},
        {query({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("client_id"), QStringLiteral("demo-native")}}),
         400, "invalid_request"},
    };
    for (const Case &c : cases) {
        result = fixture.token(c.form);
        QCOMPARE(result.status, c.status);
        QCOMPARE(field(result, "error"), QLatin1String(c.error));
        QVERIFY(!field(result, "error_description").isEmpty());
    }
    result = fixture.browser().postJson(tokenUrl, {});
    QCOMPARE(result.status, 400);
}

void TestDemoTenantOAuth::eventsCarryNoSecrets()
{
    DemoTenantFixture &fixture = shared();
    QSignalSpy events(&fixture.tenant(), &demo::DemoTenant::activity);
    const HttpResult tokens = fixture.deviceLogin(QStringLiteral("alice@example.com"));
    const HttpResult m2m = fixture.clientCredentials(Orders);
    QStringList types;
    for (const auto &arguments : events) {
        const QJsonObject entry = arguments.first().toJsonObject();
        const QByteArray text = QJsonDocument(entry).toJson();
        QVERIFY(!entry.value(QLatin1String("time")).toString().isEmpty());
        QVERIFY(!text.contains(field(tokens, "access_token").toLatin1()));
        QVERIFY(!text.contains(field(tokens, "refresh_token").toLatin1()));
        QVERIFY(!text.contains(field(m2m, "access_token").toLatin1()));
        QVERIFY(!text.contains("demo-m2m-secret") && !text.contains("demo-password"));
        types.append(entry.value(QLatin1String("type")).toString());
    }
    for (const char *type : {"device_code_issued", "login", "device_approved", "post_login_action", "token_issued"})
        QVERIFY2(types.contains(QLatin1String(type)), type);
}

QTEST_GUILESS_MAIN(TestDemoTenantOAuth)
#include "TestDemoTenantOAuth.moc"
