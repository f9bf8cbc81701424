// Explain with the tenant doctor's checklist as evidence, against the demo tenant's Action presets over real HTTP:
// each failed step of the doctor is a finding (forged subject tokens accepted, no exchange profile, exchange
// application not allowed, namespaces that differ) for the presets that have the fault and none for the fixed one;
// the doctor's refresh test settles lost-on-refresh; orglens-cli explain --check-tenant and its hand-off report.
#include "ActionRunner.h"
#include "CliRunner.h"
#include "DemoCliProfile.h"
#include "DemoProfile.h"
#include "DemoTenantFixture.h"
#include "doctor/Doctor.h"
#include "explain/Explain.h"
#include "management/ManagementClient.h"
#include "oauth/OAuthClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens;
using test::DemoTenantFixture;

Q_DECLARE_METATYPE(orglens::demo::ActionPreset)

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

demo::DemoTenantOptions withPreset(demo::ActionPreset preset)
{
    demo::DemoTenantOptions options = DemoTenantFixture::testOptions();
    options.actionPreset = preset;
    return options;
}

// The findings that come from the doctor's steps, in registry order, whatever else the diagnosis holds.
QStringList doctorFindings(const explain::Diagnosis &diagnosis)
{
    const QStringList fromDoctor{s("exchange-accepts-forged-tokens"), s("namespace-mismatch"),
                                 s("exchange-profile-missing"), s("exchange-app-not-enabled")};
    QStringList ids;
    for (const QString &id : fromDoctor) {
        if (std::any_of(diagnosis.findings.begin(), diagnosis.findings.end(),
                        [&id](const explain::Finding &finding) { return finding.id == id; }))
            ids << id;
    }
    return ids;
}

const explain::Finding *findingOf(const explain::Diagnosis &diagnosis, const char *id)
{
    for (const explain::Finding &finding : diagnosis.findings) {
        if (finding.id == QLatin1String(id))
            return &finding;
    }
    return nullptr;
}

QStringList evidenceTexts(const explain::Finding &finding)
{
    QStringList texts;
    for (const explain::Evidence &evidence : finding.evidence)
        texts << evidence.text;
    return texts;
}

QString accessToken(const test::HttpResult &answer)
{
    return answer.json().value(s("access_token")).toString();
}

} // namespace

class TestExplainDoctor : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

    // The doctor with the Action probe, for alice, as demo-m2m.
    doctor::DoctorReport checkTenant(DemoTenantFixture &fixture)
    {
        oauth::OAuthClient oauth(&m_network);
        management::ManagementConfig config{};
        config.issuer = fixture.tenant().issuer();
        config.clientId = s("demo-m2m");
        config.clientSecret = Secret("demo-m2m-secret");
        management::ManagementClient client(&m_network, &oauth, config);
        doctor::Doctor doctor(&client, &m_network);
        QSignalSpy finished(&doctor, &doctor::Doctor::finished);
        doctor.run({demo::demoSessionProfile(fixture.tenant().issuer()).profile, s("auth0|alice"), true, false, {}});
        if (!finished.wait(30000))
            qFatal("the doctor did not finish");
        return finished.at(0).at(0).value<doctor::DoctorReport>();
    }

    explain::ExplainInput explainInput(DemoTenantFixture &fixture, const QString &token, oauth::Flow flow)
    {
        explain::ExplainInput input;
        input.token = token.toUtf8();
        input.declaredFlow = flow;
        input.profile = demo::demoSessionProfile(fixture.tenant().issuer()).profile;
        return input;
    }

    static QStringList profileArguments(DemoTenantFixture &fixture)
    {
        return test::demoProfileArguments(fixture.issuer());
    }

    static QProcessEnvironment secretEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(s("ORGLENS_MGMT_CLIENT_SECRET"), s("demo-m2m-secret"));
        return environment;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!demo::ActionRunner::unavailableReason().isEmpty())
            QSKIP("node is not installed: the demo tenant needs it to run the presets' Actions");
    }

    void eachFailedStepIsAFinding_data()
    {
        QTest::addColumn<demo::ActionPreset>("preset");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("article") << demo::ActionPreset::Article
                                 << QStringList{s("exchange-accepts-forged-tokens"), s("namespace-mismatch")};
        QTest::newRow("decoded") << demo::ActionPreset::Decoded
                                 << QStringList{s("exchange-accepts-forged-tokens"), s("namespace-mismatch")};
        QTest::newRow("none") << demo::ActionPreset::None
                              << QStringList{s("exchange-profile-missing"), s("exchange-app-not-enabled")};
        QTest::newRow("fixed") << demo::ActionPreset::Fixed << QStringList{};
    }

    void eachFailedStepIsAFinding()
    {
        QFETCH(demo::ActionPreset, preset);
        QFETCH(QStringList, expected);
        if (preset == demo::ActionPreset::Fixed && demo::ActionRunner::defaultModulesDirectory().isEmpty())
            QSKIP("jose is not installed: configure with -DORGLENS_NODE_MODULES=<dir with node_modules/jose>");
        DemoTenantFixture fixture(withPreset(preset));
        const test::HttpResult login = fixture.deviceLogin(s("alice@example.com"));
        QCOMPARE(login.status, 200);
        explain::ExplainInput input = explainInput(fixture, accessToken(login), oauth::Flow::Device);
        const QStringList withoutDoctor = doctorFindings(explain::diagnose(input));
        input.tenant.doctor = checkTenant(fixture);
        const explain::Diagnosis diagnosis = explain::diagnose(input);
        QCOMPARE(doctorFindings(diagnosis), expected);
        // Each finding quotes the doctor's evidence and is certain.
        for (const QString &id : expected) {
            const explain::Finding *finding = findingOf(diagnosis, qPrintable(id));
            QCOMPARE(finding->confidence, explain::Confidence::Certain);
            QVERIFY2(evidenceTexts(*finding).join(u'\n').contains(s("tenant doctor, ")), qPrintable(id));
            QVERIFY(!finding->fixSteps.isEmpty());
        }
        if (expected.contains(s("exchange-accepts-forged-tokens"))) {
            QCOMPARE(diagnosis.findings.first().id, s("exchange-accepts-forged-tokens"));
            QVERIFY(!withoutDoctor.contains(s("exchange-accepts-forged-tokens"))); // only the doctor can tell
        }
        if (preset == demo::ActionPreset::None)
            QVERIFY(withoutDoctor.isEmpty());
    }

    void refreshTestMakesLostOnRefreshCertain()
    {
        DemoTenantFixture fixture(withPreset(demo::ActionPreset::Article));
        const test::HttpResult login = fixture.deviceLogin(s("alice@example.com"));
        const test::HttpResult refreshed =
            fixture.token({{s("grant_type"), s("refresh_token")},
                           {s("client_id"), s("demo-native")},
                           {s("refresh_token"), login.json().value(s("refresh_token")).toString()}});
        QCOMPARE(refreshed.status, 200);
        explain::ExplainInput input = explainInput(fixture, accessToken(refreshed), oauth::Flow::Refresh);
        const explain::Diagnosis withoutDoctor = explain::diagnose(input); // the finding points into it
        const explain::Finding *guess = findingOf(withoutDoctor, "lost-on-refresh");
        QVERIFY(guess);
        QCOMPARE(guess->confidence, explain::Confidence::Likely);

        input.tenant.doctor = checkTenant(fixture);
        const explain::Diagnosis diagnosis = explain::diagnose(input);
        const explain::Finding *lost = findingOf(diagnosis, "lost-on-refresh");
        QVERIFY(lost);
        QCOMPARE(lost->confidence, explain::Confidence::Certain);
        const QString evidence = evidenceTexts(*lost).join(u'\n');
        QVERIFY2(evidence.contains(s("tenant doctor, refresh-claim: ")) && evidence.contains(s("'oauth2-device-code'")),
                 qPrintable(evidence));
    }

    void cliChecksTheTenantAndReportsTheChecklist()
    {
        DemoTenantFixture fixture(withPreset(demo::ActionPreset::Article));
        const test::HttpResult login = fixture.deviceLogin(s("alice@example.com"));
        const QString token = accessToken(login);
        QTemporaryDir dir;
        const QString reportPath = dir.filePath(s("report.md"));
        const QStringList arguments =
            QStringList{s("explain"), s("-"),       s("--flow"), s("device"),   s("--check-tenant"),
                        s("--probe"), s("actions"), s("--json"), s("--report"), reportPath} +
            profileArguments(fixture);
        test::CliRun run = test::runCli(arguments, token, secretEnvironment());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(s("nothing is written to the tenant")), qPrintable(run.err)); // said before it runs
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(s("findings")).toArray().at(0).toObject().value(s("id")).toString(),
                 s("exchange-accepts-forged-tokens"));
        const QJsonObject doctor = json.value(s("doctor")).toObject();
        QCOMPARE(doctor.value(s("steps")).toArray().size(), 11);
        QCOMPARE(doctor.value(s("user")).toString(), s("auth0|alice")); // the token's user
        QCOMPARE(doctor.value(s("critical")).toBool(), true);

        QFile report(reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(report.readAll());
        for (const char *expected : {"## Tenant doctor", "| refresh-claim | fail | Refreshed tokens keep the org claim",
                                     "| exchange-verifies-subject | fail (critical) |", "| device-claim | pass |"})
            QVERIFY2(markdown.contains(s(expected)), expected);

        // Without --probe the doctor only reads: the code steps are not checked, and nothing is run.
        run = test::runCli(QStringList{s("explain"), s("-"), s("--check-tenant"), s("--json")} +
                               profileArguments(fixture),
                           token, secretEnvironment());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject readOnly = QJsonDocument::fromJson(run.out.toUtf8()).object().value(s("doctor")).toObject();
        QVERIFY(readOnly.value(s("probes")).toArray().isEmpty());
        QCOMPARE(readOnly.value(s("steps")).toArray().at(2).toObject().value(s("status")).toString(), s("not_checked"));
        QVERIFY(!run.err.contains(s("Probe:")));

        // The human output lists the checklist after the findings.
        run = test::runCli(QStringList{s("explain"), s("-"), s("--check-tenant")} + profileArguments(fixture), token,
                           secretEnvironment());
        QVERIFY2(run.out.contains(s("[fail] namespace-match")), qPrintable(run.out));

        // The probes belong to the doctor: --probe alone is a usage error, as is an unknown probe.
        run = test::runCli(QStringList{s("explain"), s("-"), s("--probe"), s("actions")} + profileArguments(fixture),
                           token, secretEnvironment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(s("--check-tenant")), qPrintable(run.err));
        run = test::runCli(QStringList{s("explain"), s("-"), s("--check-tenant"), s("--probe"), s("everything")} +
                               profileArguments(fixture),
                           token, secretEnvironment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(s("'everything'")));
    }
};

QTEST_GUILESS_MAIN(TestExplainDoctor)
#include "TestExplainDoctor.moc"
