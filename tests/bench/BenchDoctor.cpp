// One full tenant doctor run (read, Action probe, live exchange probe) against the demo tenant's `article` preset at
// the tenant's default Management API rate limit and at Auth0's Free plan limit (2 requests/s): requests made and
// wall time, side by side as ratios.
#include "ActionRunner.h"
#include "DemoProfile.h"
#include "DemoTenantFixture.h"
#include "doctor/Doctor.h"
#include "management/ManagementClient.h"
#include "oauth/OAuthClient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace orglens;
using test::DemoTenantFixture;

namespace {

struct DoctorRun {
    int rateLimit = 0;
    int requests = 0;
    qint64 ms = 0;
    doctor::DoctorReport report;
};

constexpr int FreePlanRateLimit = 2;

} // namespace

class BenchDoctor : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

    DoctorRun examine(int rateLimit)
    {
        demo::DemoTenantOptions options = DemoTenantFixture::testOptions();
        options.actionPreset = demo::ActionPreset::Article;
        options.managementRateLimit = rateLimit;
        DemoTenantFixture fixture(options);
        if (!fixture.started())
            qFatal("the demo tenant did not start: %s", qPrintable(fixture.startError()));
        const profiles::SessionProfile demo = demo::demoSessionProfile(fixture.tenant().issuer());
        oauth::OAuthClient oauth(&m_network);
        management::ManagementConfig config{};
        config.issuer = fixture.tenant().issuer();
        config.clientId = demo.profile.managementClientId;
        config.clientSecret = demo.managementClientSecret;
        management::ManagementClient client(&m_network, &oauth, config);
        doctor::Doctor doctor(&client, &m_network);
        QSignalSpy finished(&doctor, &doctor::Doctor::finished);

        QElapsedTimer timer;
        timer.start();
        doctor.run({demo.profile, QStringLiteral("auth0|alice"), true, true, demo.exchangeClientSecret});
        if (!finished.wait(300'000))
            qFatal("the doctor did not finish within 5 minutes at %d requests/s", rateLimit);
        return {rateLimit, client.requestsSent(), qMax<qint64>(1, timer.elapsed()),
                finished.at(0).at(0).value<doctor::DoctorReport>()};
    }

private slots:
    void initTestCase()
    {
        if (!demo::ActionRunner::unavailableReason().isEmpty())
            QSKIP("node is not installed: the Action probe needs the demo tenant to run Actions");
    }

    void fullRunAtDefaultAndFreePlanRateLimits()
    {
        const DoctorRun fast = examine(demo::DemoTenantOptions{}.managementRateLimit);
        const DoctorRun slow = examine(FreePlanRateLimit);
        for (const DoctorRun &run : {fast, slow}) {
            // Both runs did the whole work: every probe ran and the article's hole was found.
            QVERIFY(run.report.critical());
            QCOMPARE(run.report.probes.size(), 2);
            for (const doctor::ProbeOutcome &probe : run.report.probes)
                QVERIFY2(probe.ran, qPrintable(probe.id + u' ' + probe.result));
            qInfo("doctor --probe all at %3d requests/s: %3d Management API requests, %6lld ms", run.rateLimit,
                  run.requests, run.ms);
        }
        qInfo("%d/s vs %d/s: requests x%.2f, wall time x%.2f", slow.rateLimit, fast.rateLimit,
              double(slow.requests) / fast.requests, double(slow.ms) / fast.ms);
    }
};

QTEST_GUILESS_MAIN(BenchDoctor)
#include "BenchDoctor.moc"
