// The tenant doctor against the demo tenant's presets over real HTTP: the support article's tenant fails on refresh,
// namespaces and forged subject tokens (proven by the Action probe), the decoded one lets a forger choose the user,
// the fixed one passes every step, the empty one says what to create, and a missing scope is named, never an error.
#include "ActionRunner.h"
#include "DemoProfile.h"
#include "DemoTenantFixture.h"
#include "doctor/Doctor.h"
#include "management/ManagementClient.h"
#include "oauth/OAuthClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace orglens;
using doctor::StepStatus;
using test::DemoTenantFixture;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestDoctor : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

    doctor::DoctorReport examine(DemoTenantFixture &fixture, const QString &userId, bool probe,
                                 const QString &clientId = s("demo-m2m"), const QByteArray &secret = "demo-m2m-secret",
                                 bool probeExchange = false)
    {
        oauth::OAuthClient oauth(&m_network);
        management::ManagementConfig config;
        config.issuer = fixture.tenant().issuer();
        config.clientId = clientId;
        config.clientSecret = Secret(secret);
        management::ManagementClient client(&m_network, &oauth, config);
        doctor::Doctor doctor(&client, &m_network);
        std::optional<doctor::DoctorReport> report;
        connect(&doctor, &doctor::Doctor::finished, this, [&report](const doctor::DoctorReport &r) { report = r; });
        const profiles::SessionProfile demo = demo::demoSessionProfile(fixture.tenant().issuer());
        doctor.run({demo.profile, userId, probe, probeExchange, demo.exchangeClientSecret});
        if (!QTest::qWaitFor([&] { return report.has_value(); }, 30000))
            qFatal("the doctor did not finish");
        return *report;
    }

    static demo::DemoTenantOptions options(demo::ActionPreset preset)
    {
        demo::DemoTenantOptions options = DemoTenantFixture::testOptions();
        options.actionPreset = preset;
        return options;
    }

    static StepStatus status(const doctor::DoctorReport &report, const char *id)
    {
        const doctor::DoctorStep *step = report.step(s(id));
        if (!step)
            qFatal("no step %s", id);
        return step->status;
    }

    static QString evidence(const doctor::DoctorReport &report, const char *id)
    {
        return report.step(s(id))->evidence.join(u'\n');
    }

private slots:
    void initTestCase()
    {
        if (!demo::ActionRunner::unavailableReason().isEmpty())
            QSKIP("node is not installed: the Action probe needs the demo tenant to run Actions");
    }

    void articleFailsOnRefreshNamespaceAndForgedTokens()
    {
        DemoTenantFixture fixture(options(demo::ActionPreset::Article));
        const doctor::DoctorReport report = examine(fixture, s("auth0|alice"), true);
        QCOMPARE(report.steps.size(), 11);
        QCOMPARE(status(report, "post-login-bound"), StepStatus::Pass);
        QCOMPARE(status(report, "device-claim"), StepStatus::Pass);
        QVERIFY(evidence(report, "device-claim").contains(s("https://your-domain.com/org_id = org_acme")));
        QVERIFY(evidence(report, "device-claim").contains(s("organization_usage is allow")));
        QCOMPARE(status(report, "refresh-claim"), StepStatus::Fail);
        QVERIFY(evidence(report, "refresh-claim").contains(s("'oauth2-device-code'")));
        QCOMPARE(status(report, "namespace-match"), StepStatus::Fail);
        QCOMPARE(status(report, "exchange-profile"), StepStatus::Pass);
        QCOMPARE(status(report, "exchange-app-enabled"), StepStatus::Pass);
        QCOMPARE(status(report, "exchange-verifies-subject"), StepStatus::Fail);
        QVERIFY(report.step(s("exchange-verifies-subject"))->critical);
        QVERIFY(evidence(report, "exchange-verifies-subject").contains(s("setUserById(auth0|user123)")));
        // The placeholder's hard-coded organization is not the one in the token.
        QCOMPARE(status(report, "exchange-sets-organization"), StepStatus::Warn);
        QCOMPARE(status(report, "user-default-org"), StepStatus::Pass);
        QCOMPARE(status(report, "user-member"), StepStatus::Pass);
        QVERIFY(report.critical());
        QCOMPARE(report.probes.size(), 1);
        QVERIFY(report.probes.at(0).ran);

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(s("critical")).toBool(), true);
        QCOMPARE(json.value(s("steps")).toArray().at(2).toObject().value(s("status")).toString(), s("fail"));
    }

    void withoutTheProbeCodeStepsAreNotChecked()
    {
        DemoTenantFixture fixture(options(demo::ActionPreset::Article));
        const doctor::DoctorReport report = examine(fixture, {}, false);
        for (const char *id : {"device-claim", "refresh-claim", "exchange-verifies-subject"}) {
            QCOMPARE(status(report, id), StepStatus::NotChecked);
            QVERIFY(report.step(s(id))->fix.contains(s("--probe actions")));
        }
        // Reading is enough for what the configuration says.
        QCOMPARE(status(report, "post-login-bound"), StepStatus::Pass);
        QCOMPARE(status(report, "namespace-match"), StepStatus::Fail);
        QCOMPARE(status(report, "user-default-org"), StepStatus::NotChecked);
        QVERIFY(!report.critical());
        QVERIFY(report.probes.isEmpty());
    }

    void liveExchangeProbeProvesTheHole()
    {
        // Without the Action probe, and even without read:actions, the token endpoint's answer is the proof.
        DemoTenantFixture fixture(options(demo::ActionPreset::Article));
        doctor::DoctorReport report = examine(fixture, s("auth0|alice"), false, s("demo-m2m"), "demo-m2m-secret", true);
        QCOMPARE(status(report, "exchange-verifies-subject"), StepStatus::Fail);
        QVERIFY(report.critical());
        QVERIFY2(evidence(report, "exchange-verifies-subject").contains(s("sub auth0|user123, org_id org_xyz")),
                 qPrintable(evidence(report, "exchange-verifies-subject")));
        const doctor::ProbeOutcome &probe = report.probes.at(0);
        QCOMPARE(probe.id, s("exchange"));
        QVERIFY(probe.result.contains(s("auth0|alice in org_acme")));
        QVERIFY(probe.evidence.contains(s("org_id: \"org_xyz\"")));
        // What was sent is listed too: the claims of a device token of alice, under the profile's namespace.
        QVERIFY(probe.evidence.contains(s("sent sub: \"auth0|alice\"")));
        QVERIFY(probe.evidence.contains(s("sent https://orglens.example/org_id: \"org_acme\"")));
        // The issued token is decoded into the report, never kept whole.
        QVERIFY(
            !report.toJson().value(s("probes")).toArray().at(0).toObject().value(s("evidence")).toArray().isEmpty());
        QVERIFY(!QJsonDocument(report.toJson()).toJson().contains("eyJ"));
    }

    void liveExchangeProbeIsRefusedByTheFixedTenant()
    {
        if (demo::ActionRunner::defaultModulesDirectory().isEmpty())
            QSKIP("jose is not installed: configure with -DORGLENS_NODE_MODULES=<dir with node_modules/jose>");
        DemoTenantFixture fixture(options(demo::ActionPreset::Fixed));
        const doctor::DoctorReport report =
            examine(fixture, s("auth0|alice"), false, s("demo-m2m"), "demo-m2m-secret", true);
        QCOMPARE(status(report, "exchange-verifies-subject"), StepStatus::Pass);
        QVERIFY(evidence(report, "exchange-verifies-subject").contains(s("refused")));
        QVERIFY(report.probes.at(0).result.startsWith(s("Refused")));
        QVERIFY(!report.critical());
    }

    void decodedLetsAForgerChooseTheUser()
    {
        DemoTenantFixture fixture(options(demo::ActionPreset::Decoded));
        const doctor::DoctorReport report = examine(fixture, s("auth0|alice"), true);
        QCOMPARE(status(report, "exchange-verifies-subject"), StepStatus::Fail);
        QVERIFY(evidence(report, "exchange-verifies-subject").contains(s("anyone can become any user")));
        QVERIFY(report.critical());
    }

    void fixedPassesEveryStep()
    {
        if (demo::ActionRunner::defaultModulesDirectory().isEmpty())
            QSKIP("jose is not installed: configure with -DORGLENS_NODE_MODULES=<dir with node_modules/jose>");
        DemoTenantFixture fixture(options(demo::ActionPreset::Fixed));
        // A device login, an exchange and a refresh first, so the logs have something to show.
        const test::HttpResult login = fixture.deviceLogin(s("alice@example.com"));
        QCOMPARE(login.status, 200);
        const doctor::DoctorReport report = examine(fixture, s("auth0|alice"), true);
        for (const doctor::DoctorStep &step : report.steps)
            QVERIFY2(step.status == StepStatus::Pass, qPrintable(step.id + u' ' + step.evidence.join(u' ')));
        QVERIFY(evidence(report, "exchange-verifies-subject").contains(s("refused")));
        QVERIFY(evidence(report, "recent-logs").contains(s("sede")));
        QVERIFY(!report.critical());
    }

    void emptyTenantSaysWhatToCreate()
    {
        DemoTenantFixture fixture(options(demo::ActionPreset::None));
        const doctor::DoctorReport report = examine(fixture, s("auth0|dave"), true);
        QCOMPARE(status(report, "post-login-bound"), StepStatus::Fail);
        QVERIFY(report.step(s("post-login-bound"))->fix.contains(s("https://orglens.example/org_id")));
        QCOMPARE(status(report, "exchange-profile"), StepStatus::Fail);
        QVERIFY(report.step(s("exchange-profile"))->fix.contains(s("urn:orglens:device-access-token")));
        QCOMPARE(status(report, "exchange-app-enabled"), StepStatus::Fail);
        QCOMPARE(status(report, "user-default-org"), StepStatus::Fail);
        QVERIFY(report.step(s("user-default-org"))->fix.contains(s("set-default-org auth0|dave")));
        QCOMPARE(status(report, "user-member"), StepStatus::NotChecked);
    }

    void missingScopesAreNamed()
    {
        DemoTenantFixture fixture(options(demo::ActionPreset::Article));
        doctor::DoctorReport report =
            examine(fixture, s("auth0|alice"), true, s("demo-readonly"), "demo-readonly-secret");
        const QList<std::pair<const char *, const char *>> expected{
            {"post-login-bound", "read:actions"},
            {"exchange-profile", "read:token_exchange_profiles"},
            {"exchange-app-enabled", "read:clients"},
            {"user-member", "read:organizations"},
            {"recent-logs", "read:logs"}};
        for (const auto &[id, scope] : expected) {
            QCOMPARE(status(report, id), StepStatus::NotChecked);
            QVERIFY2(report.step(s(id))->fix.contains(s("grant %1").arg(s(scope))),
                     qPrintable(report.step(s(id))->fix));
        }
        QCOMPARE(status(report, "user-default-org"), StepStatus::Pass); // read:users is granted
        QVERIFY(!report.probes.at(0).ran);

        // Reading allowed, testing not: the probe names create:actions.
        demo::ClientGrant *grant =
            fixture.tenant().store().findClientGrant(s("demo-m2m"), fixture.tenant().managementAudience().toString());
        grant->scopes.removeAll(s("create:actions"));
        report = examine(fixture, s("auth0|alice"), true);
        QCOMPARE(status(report, "post-login-bound"), StepStatus::Pass);
        QCOMPARE(status(report, "refresh-claim"), StepStatus::NotChecked);
        QVERIFY(report.step(s("refresh-claim"))->fix.contains(s("grant create:actions")));
        QVERIFY(!report.probes.at(0).ran);
        QVERIFY(report.probes.at(0).result.contains(s("create:actions")));
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "TestDoctor.moc"
