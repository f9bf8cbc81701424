// 1,000 sequential Management API reads (GET /api/v2/users/{id}) against the demo tenant over real HTTP.
#include "DemoTenantFixture.h"
#include "HttpTestClient.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

using namespace orglens::demo;
using orglens::test::DemoTenantFixture;
using orglens::test::HttpTestClient;

class BenchManagementApi : public QObject {
    Q_OBJECT
private slots:
    void thousandSequentialUserReads()
    {
        constexpr int Requests = 1000;
        DemoTenantOptions options = DemoTenantFixture::testOptions();
        options.managementRateLimit = 100'000; // measure the server, not the limiter
        DemoTenantFixture fixture(options);
        QVERIFY2(fixture.started(), qPrintable(fixture.startError()));
        DemoTenant &tenant = fixture.tenant();
        const auto token = fixture.clientCredentials(tenant.managementAudience().toString());
        QCOMPARE(token.status, 200);
        const QByteArray bearer = token.json().value(QStringLiteral("access_token")).toString().toLatin1();
        HttpTestClient http;
        const QUrl url(tenant.issuer().toString() + QStringLiteral("api/v2/users/auth0%7Calice"));

        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < Requests; ++i) {
            const auto reply = http.get(url, bearer);
            if (reply.status != 200)
                QFAIL(qPrintable(
                    QStringLiteral("request %1: HTTP %2 %3").arg(i).arg(reply.status).arg(reply.networkError)));
        }
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        qInfo("%d sequential GET /api/v2/users/{id}: %lld ms, %.0f req/s", Requests, ms, Requests * 1000.0 / ms);
    }
};

QTEST_GUILESS_MAIN(BenchManagementApi)
#include "BenchManagementApi.moc"
