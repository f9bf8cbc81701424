// The OAuth flows of core/oauth against the demo tenant over real HTTP; the test is the user's browser.
#include "ClientLogins.h"
#include "DemoTenantFixture.h"
#include "oauth/DeviceFlow.h"
#include "oauth/PkceFlow.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace orglens;
using namespace orglens::oauth;
using orglens::test::DemoTenantFixture;
using orglens::test::deviceLoginWith;
using orglens::test::pkceCallbackFor;
using orglens::test::TestBrowser;
using orglens::test::waitForAuthorizationUrl;
using orglens::test::waitForResult;
using orglens::test::waitForUserCode;

namespace {

const auto Native = QStringLiteral("demo-native");
const auto Orders = QLatin1String(demo::OrdersApiAudience);
const auto Password = QLatin1String(demo::DemoPassword);

QJsonObject claims(const Secret &token)
{
    return DemoTenantFixture::payload(token.toString());
}

bool portAcceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(1000);
}

} // namespace

class TestOAuthFlows : public QObject {
    Q_OBJECT

    std::unique_ptr<DemoTenantFixture> m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<SessionHistory> m_history;
    std::unique_ptr<OAuthClient> m_client;

    QUrl issuer() const { return m_demo->tenant().issuer(); }

    DeviceFlow *startDevice(const QString &scope = QStringLiteral("openid profile offline_access"),
                            const QString &audience = Orders)
    {
        return m_client->startDeviceFlow({issuer(), Native, audience, scope, {}});
    }

    PkceFlow *startPkce(PkceFlowRequest request = {})
    {
        request.issuer = issuer();
        request.clientId = Native;
        if (request.scope.isEmpty())
            request.scope = QStringLiteral("openid profile email offline_access");
        if (request.audience.isEmpty())
            request.audience = Orders;
        return PkceFlow::start(*m_client, request);
    }

    TokenResult deviceLogin(const QString &email,
                            const QString &scope = QStringLiteral("openid profile offline_access"))
    {
        return deviceLoginWith(*m_client, issuer(), email, Orders, scope);
    }

private slots:
    void init()
    {
        m_demo = std::make_unique<DemoTenantFixture>();
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
        m_history = std::make_unique<SessionHistory>();
        m_client = std::make_unique<OAuthClient>(&m_network);
        m_client->setHistory(m_history.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_history.reset();
        m_demo.reset();
    }

    void deviceFlowApprovedGivesTokensQuickly()
    {
        DeviceFlow *flow = startDevice();
        std::optional<DeviceAuthorization> shown;
        connect(flow, &DeviceFlow::authorizationReceived, this, [&shown](const DeviceAuthorization &a) { shown = a; });
        const QString userCode = waitForUserCode(flow);
        QVERIFY(shown);
        QCOMPARE(shown->interval, 1);
        QCOMPARE(shown->verificationUri, m_demo->url(QStringLiteral("activate")));
        QVERIFY(shown->verificationUriComplete.toString().contains(userCode));

        QStringList pollStatuses;
        connect(flow, &DeviceFlow::polled, this, [&pollStatuses](const QString &s, int) { pollStatuses << s; });
        TestBrowser browser(issuer());
        // Let at least one poll see authorization_pending first.
        QVERIFY(QTest::qWaitFor([&] { return !pollStatuses.isEmpty(); }, 5000));
        const auto page = browser.activate(userCode, QStringLiteral("alice@example.com"), Password);
        QCOMPARE(page.status, 200);
        QElapsedTimer sinceApproval;
        sinceApproval.start();
        const TokenResult result = waitForResult(flow);
        const qint64 elapsed = sinceApproval.elapsed();
        QVERIFY2(result.ok(), qPrintable(result.error.text()));
        qInfo("device approval -> tokens: %lld ms (interval 1 s, target < 1500 ms)", elapsed);
        QVERIFY2(elapsed < 1500, qPrintable(QString::number(elapsed)));
        QVERIFY(!pollStatuses.contains(QStringLiteral("slow_down"))); // never in normal operation
        QCOMPARE(flow->interval(), 1);

        QCOMPARE(claims(result.response.accessToken).value(QStringLiteral("sub")).toString(),
                 QStringLiteral("auth0|alice"));
        QVERIFY(!result.response.refreshToken.isEmpty());
        QVERIFY(!result.response.idToken.isEmpty());
        const auto record = m_history->find(result.sessionId);
        QVERIFY(record);
        QCOMPARE(record->flow, oauth::Flow::Device);
        QCOMPARE(record->clientId, Native);
        QCOMPARE(record->parameters.value(QStringLiteral("audience")).toString(), Orders);
        QVERIFY(!record->parameters.contains(QStringLiteral("device_code")));
        QCOMPARE(record->tokens.accessToken, result.response.accessToken);
    }

    void deviceFlowSlowDownAddsFiveSeconds()
    {
        DeviceFlow *flow = startDevice();
        QVERIFY(!waitForUserCode(flow).isEmpty());
        QList<QPair<QString, int>> polls;
        connect(flow, &DeviceFlow::polled, this, [&polls](const QString &s, int i) { polls.append({s, i}); });
        // Poll on purpose faster than the interval: the first poll sets the server's clock, the second is too fast.
        flow->pollNow();
        QVERIFY(QTest::qWaitFor([&] { return polls.size() == 1; }, 5000));
        QCOMPARE(polls.at(0).first, QStringLiteral("authorization_pending"));
        flow->pollNow();
        QVERIFY(QTest::qWaitFor([&] { return polls.size() == 2; }, 5000));
        QCOMPARE(polls.at(1).first, QStringLiteral("slow_down"));
        QCOMPARE(polls.at(1).second, 6);
        QCOMPARE(flow->interval(), 6);
        flow->cancel();
        const TokenResult result = waitForResult(flow);
        QCOMPARE(result.status, FlowStatus::Cancelled);
    }

    void deviceFlowDenied()
    {
        DeviceFlow *flow = startDevice();
        TestBrowser browser(issuer());
        browser.activate(waitForUserCode(flow), QStringLiteral("bob@example.com"), Password, QStringLiteral("deny"));
        const TokenResult result = waitForResult(flow);
        QCOMPARE(result.status, FlowStatus::Failed);
        QCOMPARE(result.error.error, QStringLiteral("access_denied"));
        QCOMPARE(result.error.description, QStringLiteral("User cancelled the confirmation prompt."));
        QCOMPARE(result.error.httpStatus, 403);
        QVERIFY(!result.error.hint.isEmpty());
        QCOMPARE(m_history->size(), 0);
    }

    void deviceFlowExpires()
    {
        auto options = DemoTenantFixture::testOptions();
        options.deviceCodeLifetimeSeconds = 2;
        m_demo = std::make_unique<DemoTenantFixture>(options);
        QVERIFY(m_demo->started());
        DeviceFlow *flow = startDevice();
        const TokenResult result = waitForResult(flow, 8000);
        QCOMPARE(result.status, FlowStatus::Failed);
        QCOMPARE(result.error.error, QStringLiteral("expired_token"));
        QVERIFY(flow->pollCount() >= 1);
    }

    void deviceFlowUnauthorizedClientIsExplained()
    {
        DeviceFlow *flow = m_client->startDeviceFlow({issuer(), QStringLiteral("demo-m2m"), Orders, {}, {}});
        const TokenResult result = waitForResult(flow);
        QCOMPARE(result.error.error, QStringLiteral("unauthorized_client"));
        QVERIFY(result.error.description.contains(QStringLiteral("not allowed")));
        QVERIFY(result.error.hint.contains(QStringLiteral("grant type")));
    }

    void pkceLoginSucceedsAndClosesListener()
    {
        PkceFlowRequest request;
        request.loginHint = QStringLiteral("alice@example.com");
        request.organization = QStringLiteral("org_acme");
        PkceFlow *flow = startPkce(request);
        const QUrl url = waitForAuthorizationUrl(flow);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("organization")), QStringLiteral("org_acme"));
        QCOMPARE(query.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
                 QStringLiteral("alice@example.com"));
        QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 43);
        QVERIFY(query.queryItemValue(QStringLiteral("nonce")).size() >= 43);
        const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect.port(), int(flow->port()));
        QVERIFY(flow->isListening());

        const QUrl callback = pkceCallbackFor(flow, issuer(), QStringLiteral("alice@example.com"));
        QCOMPARE(callback.port(), int(flow->port()));
        TestBrowser browser(issuer());
        const auto page = browser.get(callback);
        QCOMPARE(page.status, 200);
        QVERIFY(page.text().contains(QStringLiteral("You can close this tab")));
        const TokenResult result = waitForResult(flow);
        QVERIFY2(result.ok(), qPrintable(result.error.text()));
        QCOMPARE(claims(result.response.accessToken).value(QStringLiteral("org_id")).toString(),
                 QStringLiteral("org_acme"));
        QVERIFY(!result.response.idToken.isEmpty());
        const auto record = m_history->find(result.sessionId);
        QVERIFY(record);
        QCOMPARE(record->flow, oauth::Flow::Pkce);
        QCOMPARE(record->parameters.value(QStringLiteral("organization")).toString(), QStringLiteral("org_acme"));
        // One callback only: the listener is gone.
        QVERIFY(!flow->isListening());
        QVERIFY(!portAcceptsConnections(flow->port()));
    }

    // Anyone on the machine can reach the listener: a request with another state is answered 400 and ignored, and the
    // real callback still completes the login.
    void pkceWrongStateIsIgnoredAndTheLoginGoesOn()
    {
        PkceFlow *flow = startPkce();
        const QUrl genuine = pkceCallbackFor(flow, issuer(), QStringLiteral("alice@example.com"));
        QUrl forged = genuine;
        QUrlQuery query(forged);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
        forged.setQuery(query);
        TestBrowser browser(issuer());
        const auto refused = browser.get(forged);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.text().contains(QStringLiteral("ignored")));
        QUrl noState = genuine;
        noState.setQuery(QStringLiteral("error=access_denied"));
        QCOMPARE(browser.get(noState).status, 400);
        QVERIFY(!flow->isFinished());
        QVERIFY(flow->isListening());

        QCOMPARE(browser.get(genuine).status, 200);
        const TokenResult result = waitForResult(flow);
        QVERIFY2(result.ok(), qPrintable(result.error.text()));
        QVERIFY(!flow->isListening());
    }

    // RFC 9207 §2.4: the demo tenant's discovery says it always sends iss, so a callback without it is refused.
    void pkceCallbackWithoutIssuerIsRefused()
    {
        PkceFlow *flow = startPkce();
        QUrl callback = pkceCallbackFor(flow, issuer(), QStringLiteral("alice@example.com"));
        QUrlQuery query(callback);
        query.removeAllQueryItems(QStringLiteral("iss"));
        callback.setQuery(query);
        TestBrowser browser(issuer());
        QCOMPARE(browser.get(callback).status, 400);
        const TokenResult result = waitForResult(flow);
        QCOMPARE(result.error.error, QStringLiteral("issuer_missing"));
    }

    // RFC 6749 Appendix B: '+' is a space and %XX a byte in every redirect parameter.
    void pkceRedirectParametersAreFormDecoded()
    {
        PkceFlow *flow = startPkce();
        const QUrl genuine = pkceCallbackFor(flow, issuer(), QStringLiteral("alice@example.com"));
        const QUrlQuery query(genuine);
        QUrl denied = genuine;
        // The state and iss as the server sent them, encoded with '+' where a form encoder would put one.
        denied.setQuery(
            QStringLiteral("error=access_denied&error_description=User+did+not+authorize%2C+sorry%2B&state=") +
                query.queryItemValue(QStringLiteral("state"), QUrl::FullyEncoded) + QStringLiteral("&iss=") +
                QString::fromLatin1(QUrl::toPercentEncoding(issuer().toString())),
            QUrl::StrictMode);
        TestBrowser browser(issuer());
        QCOMPARE(browser.get(denied).status, 400);
        const TokenResult result = waitForResult(flow);
        QCOMPARE(result.error.error, QStringLiteral("access_denied"));
        QCOMPARE(result.error.description, QStringLiteral("User did not authorize, sorry+"));
    }

    void pkceIssuerMismatchIsRefused()
    {
        PkceFlow *flow = startPkce();
        QUrl callback = pkceCallbackFor(flow, issuer(), QStringLiteral("alice@example.com"));
        QUrlQuery query(callback);
        QCOMPARE(QUrl(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded)), issuer());
        query.removeAllQueryItems(QStringLiteral("iss"));
        query.addQueryItem(QStringLiteral("iss"), QStringLiteral("https://evil.example/"));
        callback.setQuery(query);
        TestBrowser browser(issuer());
        QCOMPARE(browser.get(callback).status, 400);
        const TokenResult result = waitForResult(flow);
        QCOMPARE(result.error.error, QStringLiteral("issuer_mismatch"));
        QVERIFY(result.error.description.contains(QStringLiteral("https://evil.example/")));
    }

    void pkceErrorIsShownVerbatim()
    {
        // bob is not a member of globex: the tenant answers access_denied after the login.
        PkceFlowRequest request;
        request.organization = QStringLiteral("org_globex");
        PkceFlow *flow = startPkce(request);
        const QUrl callback = pkceCallbackFor(flow, issuer(), QStringLiteral("bob@example.com"));
        TestBrowser browser(issuer());
        const auto page = browser.get(callback);
        QCOMPARE(page.status, 400);
        QVERIFY(page.text().contains(
            QStringLiteral("access_denied: user auth0|bob is not part of the org_globex organization")));
        const TokenResult result = waitForResult(flow);
        QCOMPARE(result.error.error, QStringLiteral("access_denied"));
        QCOMPARE(result.error.description, QStringLiteral("user auth0|bob is not part of the org_globex organization"));
        QVERIFY(result.error.hint.contains(QStringLiteral("not a member")));
    }

    void pkceConsentDenied()
    {
        PkceFlow *flow = startPkce();
        const QUrl callback =
            pkceCallbackFor(flow, issuer(), QStringLiteral("alice@example.com"), QStringLiteral("deny"));
        TestBrowser browser(issuer());
        browser.get(callback);
        QCOMPARE(waitForResult(flow).error.error, QStringLiteral("access_denied"));
    }

    void pkceIgnoresOtherPathsAndPorts()
    {
        PkceFlowRequest request;
        QTcpServer probe; // find a free port, then let the flow use it
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        request.port = probe.serverPort();
        probe.close();
        PkceFlow *flow = startPkce(request);
        QCOMPARE(flow->port(), request.port);
        const QUrl callback = pkceCallbackFor(flow, issuer(), QStringLiteral("alice@example.com"));

        TestBrowser browser(issuer());
        QUrl wrongPath = callback;
        wrongPath.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(browser.get(wrongPath).status, 404);
        QUrl wrongPort = callback;
        wrongPort.setPort(request.port == 65535 ? 65534 : request.port + 1);
        QCOMPARE(browser.get(wrongPort).status, 0); // nothing listens there
        QVERIFY(!flow->isFinished());
        QVERIFY(flow->isListening());

        // The chosen port is taken while the flow waits: a second flow cannot use it.
        PkceFlow *second = startPkce(request);
        const TokenResult refused = waitForResult(second);
        QCOMPARE(refused.error.error, QStringLiteral("listener_failed"));
        QVERIFY(refused.error.description.contains(QString::number(request.port)));

        QCOMPARE(browser.get(callback).status, 200);
        QVERIFY(waitForResult(flow).ok());
    }

    void pkceTimesOut()
    {
        PkceFlowRequest request;
        request.timeout = std::chrono::milliseconds(300);
        PkceFlow *flow = startPkce(request);
        const TokenResult result = waitForResult(flow);
        QCOMPARE(result.error.error, QStringLiteral("login_timeout"));
        QVERIFY(!portAcceptsConnections(flow->port()));
    }

    void refreshRotatesAndOldTokenIsRefused()
    {
        const TokenResult login = deviceLogin(QStringLiteral("alice@example.com"));
        QVERIFY2(login.ok(), qPrintable(login.error.text()));
        const Secret first = login.response.refreshToken;
        const TokenResult refreshed = waitForResult(
            m_client->refresh({issuer(), {Native, {}, ClientAuth::Method::Post}, first, {}, login.sessionId}));
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.error.text()));
        QVERIFY(!refreshed.response.refreshToken.isEmpty());
        QVERIFY(!(refreshed.response.refreshToken == first));
        const auto record = m_history->find(refreshed.sessionId);
        QCOMPARE(record->flow, oauth::Flow::Refresh);
        QCOMPARE(record->parentId, login.sessionId);
        QVERIFY(!record->parameters.contains(QStringLiteral("refresh_token")));

        const TokenResult reused =
            waitForResult(m_client->refresh({issuer(), {Native, {}, ClientAuth::Method::Post}, first, {}, {}}));
        QCOMPARE(reused.error.error, QStringLiteral("invalid_grant"));
        QVERIFY(reused.error.hint.contains(QStringLiteral("already used")));
    }

    void revokedRefreshTokenIsRefused()
    {
        const TokenResult login = deviceLogin(QStringLiteral("bob@example.com"));
        QVERIFY(login.ok());
        const TokenResult revoked = waitForResult(
            m_client->revoke({issuer(), {Native, {}, ClientAuth::Method::Post}, login.response.refreshToken}));
        QVERIFY2(revoked.ok(), qPrintable(revoked.error.text()));
        const TokenResult refresh = waitForResult(
            m_client->refresh({issuer(), {Native, {}, ClientAuth::Method::Post}, login.response.refreshToken, {}, {}}));
        QCOMPARE(refresh.error.error, QStringLiteral("invalid_grant"));
    }

    void clientCredentialsAreCachedUntilShortlyBeforeExpiry()
    {
        const ClientCredentialsRequest request{
            issuer(),
            {QStringLiteral("demo-m2m"), Secret("demo-m2m-secret"), ClientAuth::Method::Post},
            m_demo->tenant().managementAudience().toString(),
            {},
            {}};
        const TokenResult first = waitForResult(m_client->clientCredentials(request));
        QVERIFY2(first.ok(), qPrintable(first.error.text()));
        QVERIFY(!first.fromCache);
        QCOMPARE(claims(first.response.accessToken).value(QStringLiteral("gty")).toString(),
                 QStringLiteral("client-credentials"));
        const TokenResult second = waitForResult(m_client->clientCredentials(request));
        QVERIFY(second.fromCache);
        QCOMPARE(second.response.accessToken, first.response.accessToken);
        QCOMPARE(m_history->size(), 1);

        // 60 s before expiry the cache no longer answers.
        FixedClock late(QDateTime::currentDateTimeUtc().addSecs(first.response.expiresIn - 59));
        m_client->setClock(&late);
        const TokenResult third = waitForResult(m_client->clientCredentials(request));
        m_client->setClock(&Clock::system());
        QVERIFY(third.ok());
        QVERIFY(!third.fromCache);
    }

    void clientCredentialsWithOrganizationAndBasicAuth()
    {
        const TokenResult result = waitForResult(m_client->clientCredentials(
            {issuer(),
             {QStringLiteral("demo-m2m"), Secret("demo-m2m-secret"), ClientAuth::Method::Basic},
             Orders,
             QStringLiteral("read:orders"),
             QStringLiteral("org_acme")}));
        QVERIFY2(result.ok(), qPrintable(result.error.text()));
        QCOMPARE(claims(result.response.accessToken).value(QStringLiteral("org_id")).toString(),
                 QStringLiteral("org_acme"));
        QCOMPARE(m_history->find(result.sessionId)->parameters.value(QStringLiteral("organization")).toString(),
                 QStringLiteral("org_acme"));
    }

    void clientCredentialsErrors()
    {
        const TokenResult wrongSecret = waitForResult(m_client->clientCredentials(
            {issuer(), {QStringLiteral("demo-m2m"), Secret("wrong"), ClientAuth::Method::Post}, Orders, {}, {}}));
        QCOMPARE(wrongSecret.error.error, QStringLiteral("invalid_client"));
        QCOMPARE(wrongSecret.error.httpStatus, 401);
        QVERIFY(wrongSecret.error.hint.contains(QStringLiteral("client secret")));

        const TokenResult noGrant = waitForResult(m_client->clientCredentials(
            {issuer(),
             {QStringLiteral("demo-readonly"), Secret("demo-readonly-secret"), ClientAuth::Method::Post},
             Orders,
             {},
             {}}));
        QCOMPARE(noGrant.status, FlowStatus::Failed);
        QVERIFY(!noGrant.error.error.isEmpty());
        QVERIFY(!noGrant.error.description.isEmpty());
    }

    void tokenExchangeAddsOrganization()
    {
        const TokenResult login = deviceLogin(QStringLiteral("alice@example.com"), QStringLiteral("openid profile"));
        QVERIFY(login.ok());
        QCOMPARE(claims(login.response.accessToken).value(QStringLiteral("https://orglens.example/org_id")).toString(),
                 QStringLiteral("org_acme"));
        for (const auto method : {ClientAuth::Method::Post, ClientAuth::Method::Basic}) {
            const TokenResult exchanged = waitForResult(
                m_client->exchangeToken({issuer(),
                                         {QStringLiteral("demo-exchange"), Secret("demo-exchange-secret"), method},
                                         login.response.accessToken,
                                         QStringLiteral("urn:orglens:device-access-token"),
                                         Orders,
                                         {},
                                         {},
                                         login.sessionId}));
            QVERIFY2(exchanged.ok(), qPrintable(exchanged.error.text()));
            QCOMPARE(claims(exchanged.response.accessToken).value(QStringLiteral("org_id")).toString(),
                     QStringLiteral("org_acme"));
            const auto record = m_history->find(exchanged.sessionId);
            QCOMPARE(record->flow, oauth::Flow::Exchange);
            QCOMPARE(record->parentId, login.sessionId);
            QVERIFY(!record->parameters.contains(QStringLiteral("subject_token")));
            QVERIFY(!record->parameters.contains(QStringLiteral("client_secret")));
        }
    }

    void tokenExchangeRefusesWrongSubjectTokenType()
    {
        const TokenResult login = deviceLogin(QStringLiteral("alice@example.com"), QStringLiteral("openid"));
        const TokenResult exchanged = waitForResult(m_client->exchangeToken(
            {issuer(),
             {QStringLiteral("demo-exchange"), Secret("demo-exchange-secret"), ClientAuth::Method::Post},
             login.response.accessToken,
             QStringLiteral("urn:acme:unknown-type"),
             Orders,
             {},
             {},
             {}}));
        QCOMPARE(exchanged.status, FlowStatus::Failed);
        QVERIFY(!exchanged.error.error.isEmpty());
        QVERIFY(exchanged.error.httpStatus >= 400);
    }

    void discoveryIsCachedAndChecked()
    {
        std::optional<Parsed<DiscoveryDocument>> document;
        QObject context;
        const auto discover = [&](const QUrl &url) {
            document.reset();
            m_client->discover(url, &context, [&](const Parsed<DiscoveryDocument> &d) { document = d; });
            return QTest::qWaitFor([&] { return document.has_value(); }, 5000);
        };
        QVERIFY(discover(issuer()));
        QVERIFY(document->ok());
        QCOMPARE(document->value.tokenEndpoint, m_demo->url(QStringLiteral("oauth/token")));

        // Another spelling of the host (localhost) is another issuer: the document names 127.0.0.1.
        QUrl other = issuer();
        other.setHost(QStringLiteral("localhost"));
        QVERIFY(discover(other));
        QVERIFY(!document->ok());
        QCOMPARE(document->error->error, QStringLiteral("discovery_failed"));

        // With the tenant gone, the cached document still answers; an uncached issuer gets a network error.
        const QUrl cachedIssuer = issuer();
        m_demo.reset();
        QVERIFY(discover(cachedIssuer));
        QVERIFY(document->ok());
        QVERIFY(discover(other));
        QCOMPARE(document->error->error, QStringLiteral("network_error"));
    }
};

QTEST_GUILESS_MAIN(TestOAuthFlows)
#include "TestOAuthFlows.moc"
