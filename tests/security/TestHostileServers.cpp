// What the clients do with servers that do not behave: endless bodies (every reply is bounded while it is read),
// bytes trickled for ever (a total deadline per request, then the retry policy), and paging that never ends
// (repeated cursors and pages). Each case runs against FaultyHttpServer on 127.0.0.1.
#include "ClientLogins.h"
#include "FaultyHttpServer.h"
#include "WaitFor.h"

#include "jwt/JwksClient.h"
#include "management/ManagementClient.h"
#include "oauth/OAuthClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace orglens;
using namespace orglens::management;
using namespace orglens::test;
using Response = FaultyHttpServer::Response;
using namespace std::chrono_literals;

namespace {

Response json(const QJsonObject &object)
{
    Response response;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

// The discovery document and the token endpoint of a tenant at the address the client used.
std::optional<Response> authenticationApi(const FaultyHttpServer::Request &request)
{
    QString host;
    for (const auto &[name, value] : request.headers) {
        if (name == "host")
            host = QString::fromLatin1(value);
    }
    const QString issuer = QStringLiteral("http://%1/").arg(host);
    if (request.url.path() == QLatin1String("/.well-known/openid-configuration"))
        return json({{QStringLiteral("issuer"), issuer},
                     {QStringLiteral("token_endpoint"), issuer + QStringLiteral("oauth/token")},
                     {QStringLiteral("jwks_uri"), issuer + QStringLiteral(".well-known/jwks.json")}});
    if (request.url.path() == QLatin1String("/oauth/token"))
        return json({{QStringLiteral("access_token"), QStringLiteral("mgmt-token")},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), 86400}});
    return std::nullopt;
}

// A tenant whose Authentication API behaves and whose Management API (everything else) is `api`.
FaultyHttpServer::Handler tenant(std::function<Response(const FaultyHttpServer::Request &)> api)
{
    return
        [api](const FaultyHttpServer::Request &request) { return authenticationApi(request).value_or(api(request)); };
}

ManagementConfig configFor(const FaultyHttpServer &server)
{
    ManagementConfig config;
    config.issuer = server.url();
    config.clientId = QStringLiteral("m2m");
    config.clientSecret = Secret::fromString(QStringLiteral("m2m-secret"));
    config.retry.baseDelay = 10ms;
    config.retry.maxAttempts = 2;
    return config;
}

} // namespace

class TestHostileServers : public QObject {
    Q_OBJECT

private slots:
    void endlessManagementBodyIsCutAtTheLimit()
    {
        FaultyHttpServer server(tenant([](const auto &) {
            Response response;
            response.endless = true;
            response.body = "{\"user_id\":\"auth0|x\",";
            return response;
        }));
        QVERIFY(server.listening());
        QNetworkAccessManager network;
        oauth::OAuthClient oauth(&network);
        ManagementConfig config = configFor(server);
        config.replyLimits.maxBytes = 2 << 20;
        ManagementClient client(&network, &oauth, config);
        const ApiResult result =
            waitFor<ApiResult>([&](auto done) { client.getUser(QStringLiteral("auth0|x"), this, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error->error, QStringLiteral("response_too_large"));
        QVERIFY2(result.error->message.contains(QLatin1String("larger than OrgLens's limit of 2.00 MiB")),
                 qPrintable(result.error->message));
        QCOMPARE(result.attempts, 1); // a flood is not asked for again
        // Read while it arrives: the client stopped near the limit, not after gigabytes.
        QVERIFY2(server.bytesSent() < 64 << 20, qPrintable(QString::number(server.bytesSent())));
    }

    void announcedOversizeBodyIsRefusedBeforeReading()
    {
        FaultyHttpServer server(tenant([](const auto &) {
            Response response;
            response.headers = {{"Content-Length", "5000000000"}};
            response.announceLength = false;
            response.trickle = 1s; // never sends the body: the header alone must end it
            response.body = "{}";
            return response;
        }));
        QNetworkAccessManager network;
        oauth::OAuthClient oauth(&network);
        ManagementClient client(&network, &oauth, configFor(server));
        const ApiResult result =
            waitFor<ApiResult>([&](auto done) { client.getUser(QStringLiteral("auth0|x"), this, done); }, 10000);
        QCOMPARE(result.error->error, QStringLiteral("response_too_large"));
    }

    void endlessTokenResponseAndDiscoveryAreCut()
    {
        const auto endless = [](const QByteArray &start) {
            Response response;
            response.endless = true;
            response.body = start;
            return response;
        };
        FaultyHttpServer tokenFlood([&](const FaultyHttpServer::Request &request) {
            return request.url.path() == QLatin1String("/oauth/token") ? endless("{\"access_token\":\"")
                                                                       : *authenticationApi(request);
        });
        QNetworkAccessManager network;
        oauth::OAuthClient oauth(&network);
        oauth::ClientCredentialsRequest request;
        request.issuer = tokenFlood.url();
        request.client = {QStringLiteral("m2m"), Secret::fromString(QStringLiteral("s")),
                          oauth::ClientAuth::Method::Post};
        request.audience = QStringLiteral("https://api.example/");
        const oauth::TokenResult token = waitForResult(oauth.clientCredentials(request), 60000);
        QVERIFY(!token.ok());
        QCOMPARE(token.error.error, QStringLiteral("response_too_large"));
        QVERIFY2(token.error.description.contains(QLatin1String("token response")), qPrintable(token.error.text()));
        QVERIFY2(tokenFlood.bytesSent() < 64 << 20, qPrintable(QString::number(tokenFlood.bytesSent())));

        FaultyHttpServer discoveryFlood([&](const auto &) { return endless("{\"issuer\":\""); });
        const auto discovery = waitFor<oauth::Parsed<oauth::DiscoveryDocument>>(
            [&](auto done) { oauth.discover(discoveryFlood.url(), this, done); });
        QVERIFY(!discovery.ok());
        QVERIFY2(discovery.error->text().contains(QLatin1String("discovery document")),
                 qPrintable(discovery.error->text()));
        QVERIFY2(discoveryFlood.bytesSent() < 64 << 20, qPrintable(QString::number(discoveryFlood.bytesSent())));
    }

    void endlessJwksIsCutAtOneMegabyte()
    {
        FaultyHttpServer server([](const FaultyHttpServer::Request &request) {
            Response response;
            if (request.url.path().endsWith(QLatin1String("openid-configuration"))) {
                response.status = 404;
                return response;
            }
            response.endless = true;
            response.body = "{\"keys\":[";
            return response;
        });
        QNetworkAccessManager network;
        jwt::JwksClient client(&network);
        QSignalSpy ready(&client, &jwt::JwksClient::keysReady);
        client.fetchKeys(server.url());
        QVERIFY(ready.wait(60000));
        const auto result = ready.first().at(1).value<jwt::JwksFetchResult>();
        QVERIFY(!result.ok());
        QVERIFY2(result.keys.error().message.contains(QLatin1String("JWKS")) &&
                     result.keys.error().message.contains(QLatin1String("1.00 MiB")),
                 qPrintable(result.keys.error().message));
        QVERIFY2(server.bytesSent() < 64 << 20, qPrintable(QString::number(server.bytesSent())));
    }

    void tricklingServerMeetsTheDeadlineThenTheRetryPolicy()
    {
        FaultyHttpServer server(tenant([](const auto &) {
            Response response;
            response.body = QByteArray(200, ' ') + "{}";
            response.trickle = 100ms; // a byte well inside the transfer timeout, every time
            return response;
        }));
        QNetworkAccessManager network;
        oauth::OAuthClient oauth(&network);
        ManagementConfig config = configFor(server);
        config.replyLimits.deadline = 700ms;
        ManagementClient client(&network, &oauth, config);
        QElapsedTimer timer;
        timer.start();
        const ApiResult result =
            waitFor<ApiResult>([&](auto done) { client.getUser(QStringLiteral("auth0|x"), this, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.attempts, 2); // the retry policy applied: maxAttempts
        QVERIFY2(result.error->message.contains(QLatin1String("did not arrive within 0.7 s")),
                 qPrintable(result.error->message));
        QVERIFY2(result.error->message.contains(QLatin1String("gave up after 2 attempts")),
                 qPrintable(result.error->message));
        QVERIFY(timer.elapsed() < 20000);
    }

    // 429s whose rate-limit headers cannot be read: exponential backoff and an honest attempt count, not a retry
    // every quarter second until the give-up time.
    void rateLimitWithUnreadableHeadersBacksOff()
    {
        FaultyHttpServer server(tenant([](const auto &) {
            Response response = json({{QStringLiteral("statusCode"), 429},
                                      {QStringLiteral("error"), QStringLiteral("Too Many Requests")},
                                      {QStringLiteral("message"), QStringLiteral("Global limit has been reached")},
                                      {QStringLiteral("errorCode"), QStringLiteral("too_many_requests")}});
            response.status = 429;
            response.headers = {
                {"x-ratelimit-limit", "lots"}, {"x-ratelimit-remaining", "?"}, {"x-ratelimit-reset", "soon"}};
            return response;
        }));
        QNetworkAccessManager network;
        oauth::OAuthClient oauth(&network);
        ManagementConfig config = configFor(server);
        config.retry.maxAttempts = 4;
        config.retry.baseDelay = 100ms;
        ManagementClient client(&network, &oauth, config);
        QElapsedTimer timer;
        timer.start();
        const ApiResult result =
            waitFor<ApiResult>([&](auto done) { client.getUser(QStringLiteral("auth0|x"), this, done); });
        QCOMPARE(result.statusCode, 429);
        QCOMPARE(result.attempts, 4);
        QVERIFY2(result.error->message.contains(QLatin1String("gave up after 4 attempts")),
                 qPrintable(result.error->message));
        QCOMPARE(server.requests() - 2, 4); // discovery and the token request aside
        // Waits of at least 50, 100 and 200 ms (equal jitter halves at most): backed off, not hammered.
        QVERIFY(timer.elapsed() >= 350);
    }

    // A 401 gets one fresh token, whatever its message says: an expired token is renewed and the request succeeds;
    // a 401 that a fresh token does not cure is reported after that one renewal.
    void unauthorizedGetsOneFreshToken_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("curedByRenewal");
        QTest::newRow("expired") << QStringLiteral("Expired token received for JSON Web Token validation") << true;
        QTest::newRow("expired, other wording") << QStringLiteral("jwt expired") << true;
        QTest::newRow("bad audience") << QStringLiteral("Bad audience: https://other/") << false;
    }

    void unauthorizedGetsOneFreshToken()
    {
        QFETCH(QString, message);
        QFETCH(bool, curedByRenewal);
        int tokens = 0;
        int apiCalls = 0;
        FaultyHttpServer server([&](const FaultyHttpServer::Request &request) {
            if (request.url.path() == QLatin1String("/oauth/token"))
                ++tokens;
            if (auto response = authenticationApi(request))
                return *response;
            ++apiCalls;
            if (curedByRenewal && tokens > 1)
                return json({{QStringLiteral("user_id"), QStringLiteral("auth0|x")}});
            Response refused = json({{QStringLiteral("statusCode"), 401},
                                     {QStringLiteral("error"), QStringLiteral("Unauthorized")},
                                     {QStringLiteral("message"), message}});
            refused.status = 401;
            return refused;
        });
        QNetworkAccessManager network;
        oauth::OAuthClient oauth(&network);
        ManagementClient client(&network, &oauth, configFor(server));
        const ApiResult result =
            waitFor<ApiResult>([&](auto done) { client.getUser(QStringLiteral("auth0|x"), this, done); });
        QCOMPARE(tokens, 2);
        QCOMPARE(apiCalls, 2);
        QCOMPARE(result.ok(), curedByRenewal);
        if (!curedByRenewal)
            QCOMPARE(result.statusCode, 401);
    }

    void repeatedCheckpointEndsTheList()
    {
        FaultyHttpServer server(tenant([](const auto &) {
            static int member = 0;
            return json({{QStringLiteral("organizations"),
                          QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("org_%1").arg(++member)}}}},
                         {QStringLiteral("next"), QStringLiteral("same-cursor")}});
        }));
        QNetworkAccessManager network;
        oauth::OAuthClient oauth(&network);
        ManagementClient client(&network, &oauth, configFor(server));
        const ListResult result = waitFor<ListResult>([&](auto done) { client.listOrganizations(this, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error->error, QStringLiteral("endless_paging"));
        QVERIFY2(result.error->message.contains(QLatin1String("same-cursor")), qPrintable(result.error->message));
        QCOMPARE(result.requests, 2);
    }

    void repeatedPageEndsTheList()
    {
        FaultyHttpServer server(tenant([](const auto &) {
            return json({{QStringLiteral("organizations"),
                          QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("org_same")}}}},
                         {QStringLiteral("total"), 1000000}});
        }));
        QNetworkAccessManager network;
        oauth::OAuthClient oauth(&network);
        ManagementClient client(&network, &oauth, configFor(server));
        const ListResult result =
            waitFor<ListResult>([&](auto done) { client.userOrganizations(QStringLiteral("auth0|x"), this, done); });
        QCOMPARE(result.error->error, QStringLiteral("endless_paging"));
        QVERIFY2(result.error->message.contains(QLatin1String("repeats the previous page")),
                 qPrintable(result.error->message));
        QCOMPARE(result.requests, 2);
    }

    void pageCapEndsAnHonestButHugeList()
    {
        FaultyHttpServer server(tenant([](const FaultyHttpServer::Request &request) {
            const QString from = QUrlQuery(request.url).queryItemValue(QStringLiteral("from"));
            const int page = from.isEmpty() ? 0 : from.toInt();
            return json({{QStringLiteral("members"),
                          QJsonArray{QJsonObject{{QStringLiteral("user_id"), QStringLiteral("u%1").arg(page)}}}},
                         {QStringLiteral("next"), QString::number(page + 1)}});
        }));
        QNetworkAccessManager network;
        oauth::OAuthClient oauth(&network);
        ManagementConfig config = configFor(server);
        config.maxPages = 5;
        ManagementClient client(&network, &oauth, config);
        const ListResult result =
            waitFor<ListResult>([&](auto done) { client.organizationMembers(QStringLiteral("org_x"), this, done); });
        QCOMPARE(result.error->error, QStringLiteral("endless_paging"));
        QVERIFY2(result.error->message.contains(QLatin1String("longer than 5 pages")),
                 qPrintable(result.error->message));
        QCOMPARE(result.requests, 5);
    }
};

QTEST_GUILESS_MAIN(TestHostileServers)
#include "TestHostileServers.moc"
