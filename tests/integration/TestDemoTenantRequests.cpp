// DemoTenant::handle(), the one function the tenant's HTTP server hands every request to: called directly it
// answers as over HTTP (routing, 404s, headers), and reset() takes the tenant back to its seed data.
#include "DemoTenantFixture.h"
#include "HttpTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace orglens;
using demo::DemoRequest;

namespace {

DemoRequest request(DemoRequest::Method method, const QUrl &url, const QByteArray &bearer = {},
                    const QByteArray &body = {})
{
    DemoRequest request{method, url, {}, body};
    if (!bearer.isEmpty())
        request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + bearer});
    if (!body.isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return request;
}

QByteArray methodName(DemoRequest::Method method)
{
    return DemoRequest{method, {}, {}, {}}.methodName().toLatin1();
}

} // namespace

class TestDemoTenantRequests : public QObject {
    Q_OBJECT

    std::unique_ptr<test::DemoTenantFixture> m_demo;
    QByteArray m_managementToken;

    demo::DemoTenant &tenant() { return m_demo->tenant(); }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<test::DemoTenantFixture>();
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
        const test::HttpResult tokens = m_demo->clientCredentials(tenant().managementAudience().toString());
        m_managementToken = tokens.json().value(QLatin1String("access_token")).toString().toLatin1();
        QVERIFY2(!m_managementToken.isEmpty(), tokens.body.constData());
    }

    void sameAnswerInProcessAndOverHttp_data()
    {
        using Method = DemoRequest::Method;
        QTest::addColumn<Method>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<int>("status");
        QTest::newRow("discovery") << Method::Get << QStringLiteral(".well-known/openid-configuration") << false << 200;
        QTest::newRow("jwks") << Method::Get << QStringLiteral(".well-known/jwks.json") << false << 200;
        QTest::newRow("wrong method") << Method::Post << QStringLiteral(".well-known/jwks.json") << false << 404;
        QTest::newRow("no route") << Method::Get << QStringLiteral("nowhere") << false << 404;
        QTest::newRow("user, encoded id") << Method::Get << QStringLiteral("api/v2/users/auth0%7Calice") << true << 200;
        QTest::newRow("user, no token") << Method::Get << QStringLiteral("api/v2/users/auth0%7Calice") << false << 401;
        QTest::newRow("unknown user") << Method::Get << QStringLiteral("api/v2/users/auth0%7Cnobody") << true << 404;
        QTest::newRow("id of two segments") << Method::Get << QStringLiteral("api/v2/organizations/a/b") << true << 404;
        QTest::newRow("members") << Method::Get << QStringLiteral("api/v2/organizations/org_acme/members") << true
                                 << 200;
        QTest::newRow("other /api/v2/ path") << Method::Delete << QStringLiteral("api/v2/users") << true << 404;
    }
    void sameAnswerInProcessAndOverHttp()
    {
        QFETCH(DemoRequest::Method, method);
        QFETCH(QString, path);
        QFETCH(bool, withToken);
        QFETCH(int, status);
        const QUrl url = tenant().endpoint(path);
        const QByteArray bearer = withToken ? m_managementToken : QByteArray();

        test::HttpTestClient http;
        const test::HttpReply overHttp = http.send(methodName(method), url, bearer, {});
        const demo::DemoReply inProcess = tenant().handle(request(method, url, bearer));

        QCOMPARE(overHttp.status, status);
        QCOMPARE(int(inProcess.response.statusCode()), status);
        QCOMPARE(QJsonDocument::fromJson(inProcess.response.data()), overHttp.json());
        QVERIFY2(!overHttp.json().isNull(), overHttp.body.constData());
        QCOMPARE(inProcess.response.headers(QByteArrayLiteral("Cache-Control")),
                 QList<QByteArray>{QByteArrayLiteral("no-store")});
        QCOMPARE(overHttp.header("Cache-Control"), QByteArrayLiteral("no-store"));
        QCOMPARE(inProcess.delayMs, 0);
    }

    void managementRepliesCarryTheConfiguredDelay()
    {
        demo::DemoTenantOptions options = test::DemoTenantFixture::testOptions();
        options.slowMs = 250;
        test::DemoTenantFixture slow(options);
        QVERIFY2(slow.started(), qPrintable(slow.startError()));
        const auto get = [&](const char *path) {
            return slow.tenant().handle(request(DemoRequest::Method::Get, slow.tenant().endpoint(QLatin1String(path))));
        };
        QCOMPARE(get("api/v2/users").delayMs, 250); // an error answer (no token) is slow too
        QCOMPARE(get(".well-known/jwks.json").delayMs, 0);
    }

    void resetGoesBackToTheSeedData()
    {
        test::DemoTenantFixture demo;
        QVERIFY2(demo.started(), qPrintable(demo.startError()));
        demo::DemoTenant &tenant = demo.tenant();
        const QByteArray token = demo.clientCredentials(tenant.managementAudience().toString())
                                     .json()
                                     .value(QLatin1String("access_token"))
                                     .toString()
                                     .toLatin1();
        const QUrl alice = tenant.endpoint(QStringLiteral("api/v2/users/auth0%7Calice"));
        const auto plan = [&] {
            const demo::DemoReply reply = tenant.handle(request(DemoRequest::Method::Get, alice, token));
            return QJsonDocument::fromJson(reply.response.data())
                .object()
                .value(QLatin1String("app_metadata"))
                .toObject()
                .value(QLatin1String("plan"))
                .toString();
        };
        QCOMPARE(plan(), QStringLiteral("gold"));
        const demo::DemoReply patched =
            tenant.handle(request(DemoRequest::Method::Patch, alice, token, R"({"app_metadata":{"plan":"free"}})"));
        QCOMPARE(int(patched.response.statusCode()), 200);
        QCOMPARE(plan(), QStringLiteral("free"));
        const test::HttpResult login = demo.deviceLogin(QStringLiteral("alice@example.com"));
        const QString refreshToken = login.json().value(QLatin1String("refresh_token")).toString();
        QVERIFY2(!refreshToken.isEmpty(), login.body.constData());

        tenant.reset();

        QCOMPARE(plan(), QStringLiteral("gold")); // the edit is gone; the token still works: same signing key
        const test::HttpResult refreshed =
            demo.token(QUrlQuery{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                 {QStringLiteral("client_id"), QStringLiteral("demo-native")},
                                 {QStringLiteral("refresh_token"), refreshToken}});
        QCOMPARE(refreshed.status, 403);
        QCOMPARE(refreshed.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        // Logins counted before the reset are forgotten too.
        const demo::DemoReply user = tenant.handle(request(DemoRequest::Method::Get, alice, token));
        QCOMPARE(QJsonDocument::fromJson(user.response.data()).object().value(QLatin1String("logins_count")).toInt(-1),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoTenantRequests)
#include "TestDemoTenantRequests.moc"
