// Demo tenant figures: start-up to listening (target < 200 ms) and 1,000 sequential client-credentials
// token requests over HTTP without an error. Prints the figures; exits 1 when a target is missed.
#include "DemoTenantFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace orglens;
using namespace orglens::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    QList<qint64> startTimes;
    QList<qint64> keyTimes;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        demo::DemoTenant tenant(DemoTenantFixture::testOptions());
        if (!tenant.start()) {
            out << "start failed\n";
            return 1;
        }
        startTimes.append(timer.elapsed());
        // The RSA-2048 key is generated on a worker thread; this is when the first token can be signed.
        tenant.signingKey().jwks();
        keyTimes.append(timer.elapsed());
    }
    std::sort(startTimes.begin(), startTimes.end());
    std::sort(keyTimes.begin(), keyTimes.end());
    out << "start-up to listening (5 runs): median " << startTimes.at(2) << " ms, max " << startTimes.last() << " ms\n"
        << "start-up to signing key ready: median " << keyTimes.at(2) << " ms, max " << keyTimes.last() << " ms\n";

    DemoTenantFixture fixture;
    constexpr int Requests = 1000;
    int failures = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Requests; ++i) {
        const HttpResult result = fixture.clientCredentials(QLatin1String(demo::OrdersApiAudience));
        if (result.status != 200 || result.json().value(QLatin1String("access_token")).toString().isEmpty())
            ++failures;
    }
    const qint64 elapsed = timer.elapsed();
    out << Requests << " sequential client_credentials requests: " << elapsed << " ms ("
        << QString::number(double(elapsed) / Requests, 'f', 2) << " ms/request), " << failures << " errors\n";
    out.flush();
    return failures == 0 && startTimes.at(2) < 200 ? 0 : 1;
}
