// orglens-cli actions and preflight, the generated Actions run by Node.js (the exchange Action with the real `jose`
// against the demo tenant's JWKS), and the support report's reproduction commands run with curl against the demo
// tenant.
#include "ActionRunner.h"
#include "CliRunner.h"
#include "DemoCliProfile.h"
#include "DemoTenantFixture.h"
#include "NodeRunner.h"
#include "explain/ActionTemplates.h"
#include "explain/SupportReport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens;
using namespace orglens::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QProcessEnvironment secretEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(s("ORGLENS_MGMT_CLIENT_SECRET"), s("demo-m2m-secret"));
    return environment;
}

QStringList reasonIds(const QJsonObject &prediction)
{
    QStringList ids;
    for (const QJsonValue &reason : prediction.value(QLatin1String("reasons")).toArray())
        ids << reason.toObject().value(QLatin1String("id")).toString();
    return ids;
}

} // namespace

class TestExplainToolsCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void actionsGeneratePrintsBoth()
    {
        const CliRun run =
            runCli({s("actions"), s("generate"), s("--namespace"), s("https://orglens.example"), s("--issuer"),
                    s("tenant.example.com"), s("--audience"), s("https://api.orglens.example/")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(s("// ===== post-login.js")));
        QVERIFY(run.out.contains(s("// ===== token-exchange.js")));
        QVERIFY(run.out.contains(s("const NAMESPACE = \"https://orglens.example/\";")));
        QVERIFY(run.out.contains(s("const ISSUER = \"https://tenant.example.com/\";")));
    }

    void actionsGenerateRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no namespace") << QStringList{s("generate")} << s("no claim namespace");
        QTest::newRow("http namespace") << QStringList{s("generate"), s("--namespace"), s("http://orglens.example/")}
                                        << s("is not an https URL");
        QTest::newRow("exchange without issuer")
            << QStringList{s("generate"), s("--namespace"), s("https://orglens.example/"), s("--which"),
                           s("token-exchange")}
            << s("--issuer");
        QTest::newRow("exchange without audience")
            << QStringList{s("generate"), s("--namespace"), s("https://orglens.example/"), s("--issuer"),
                           s("https://tenant.example.com/")}
            << s("--audience");
        QTest::newRow("bad which") << QStringList{s("generate"), s("--namespace"), s("https://orglens.example/"),
                                                  s("--which"), s("all")}
                                   << s("--which must be");
        QTest::newRow("no verb") << QStringList{s("--namespace"), s("https://orglens.example/")}
                                 << s("expected 'actions generate'");
    }
    void actionsGenerateRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(QStringList{s("actions")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void actionsGenerateWritesFiles()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(s("actions"));
        const CliRun run = runCli({s("actions"), s("generate"), s("--namespace"), s("https://orglens.example/"),
                                   s("--issuer"), s("https://tenant.example.com/"), s("--audience"),
                                   s("https://api.orglens.example/"), s("--out"), out});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QDir(out).entryList(QDir::Files), (QStringList{s("post-login.js"), s("token-exchange.js")}));
        if (nodeBinary().isEmpty())
            QSKIP("node is not installed: the syntax check needs it");
        for (const char *file : {"post-login.js", "token-exchange.js"}) {
            const NodeRun check = runNode({s("--check"), QDir(out).filePath(s(file))});
            QVERIFY2(check.finished && check.exitCode == 0, qPrintable(check.err));
        }
    }

    void doctorChecksThePipeline()
    {
        if (!demo::ActionRunner::unavailableReason().isEmpty())
            QSKIP("node is not installed: the Action probe needs it");
        demo::DemoTenantOptions options = DemoTenantFixture::testOptions();
        options.actionPreset = demo::ActionPreset::Article;
        DemoTenantFixture fixture(options);
        const QStringList profile = demoProfileArguments(fixture.issuer());
        CliRun run = runCli(
            QStringList{s("doctor"), s("--json"), s("--probe"), s("actions"), s("--user"), s("auth0|alice")} + profile,
            {}, secretEnvironment());
        QCOMPARE(run.exitCode, 1); // a step fails
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(s("critical")).toBool(), true);
        QCOMPARE(report.value(s("tenant")).toString(), fixture.issuer());
        QStringList failed;
        for (const QJsonValue &step : report.value(s("steps")).toArray()) {
            if (step.toObject().value(s("status")).toString() == s("fail"))
                failed.append(step.toObject().value(s("id")).toString());
        }
        QCOMPARE(failed, (QStringList{s("refresh-claim"), s("namespace-match"), s("exchange-verifies-subject")}));
        QCOMPARE(report.value(s("probes")).toArray().at(0).toObject().value(s("ran")).toBool(), true);
        QVERIFY(run.err.contains(s("throwaway key"))); // the probe says what it does before it runs

        run = runCli(QStringList{s("doctor")} + profile, {}, secretEnvironment());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(s("[fail] namespace-match")) && run.out.contains(s("[not_checked] refresh-claim")),
                 qPrintable(run.out));
        QVERIFY(!run.out.contains(s("demo-m2m-secret")) && !run.err.contains(s("demo-m2m-secret")));

        // The live probe needs the exchange application's secret, and says what it sends before it does.
        run = runCli(QStringList{s("doctor"), s("--probe"), s("exchange")} + profile, {}, secretEnvironment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(s("ORGLENS_EXCHANGE_CLIENT_SECRET")), qPrintable(run.err));
        QProcessEnvironment both = secretEnvironment();
        both.insert(s("ORGLENS_EXCHANGE_CLIENT_SECRET"), s("demo-exchange-secret"));
        run =
            runCli(QStringList{s("doctor"), s("--probe"), s("all"), s("--user"), s("auth0|alice")} + profile, {}, both);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(fixture.issuer()) && run.err.contains(s("never stored")), qPrintable(run.err));
        QVERIFY2(run.out.contains(s("Probe exchange: A token was issued")) && run.out.contains(s("CRITICAL")),
                 qPrintable(run.out));
        QVERIFY(!run.out.contains(s("demo-exchange-secret")) && !run.err.contains(s("demo-exchange-secret")));

        run = runCli(QStringList{s("doctor"), s("--probe"), s("everything")} + profile, {}, secretEnvironment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(s("'everything'")));
    }

    void repairPlansAppliesAndUndoes()
    {
        if (!demo::ActionRunner::unavailableReason().isEmpty())
            QSKIP("node is not installed: the repaired tenant runs its Actions on Node");
        demo::DemoTenantOptions options = DemoTenantFixture::testOptions();
        options.actionPreset = demo::ActionPreset::Article;
        DemoTenantFixture fixture(options);
        const demo::TenantStore &store = fixture.tenant().store();
        const size_t actionsBefore = store.actions().actions().size();
        const QStringList profile = demoProfileArguments(fixture.issuer());

        CliRun run = runCli(QStringList{s("repair"), s("--plan"), s("--json")} + profile, {}, secretEnvironment());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(plan.value(s("steps")).toArray().size(), 5);
        QCOMPARE(plan.value(s("steps")).toArray().at(0).toObject().value(s("status")).toString(), s("todo"));
        QCOMPARE(plan.value(s("conflicts")).toArray().at(0).toObject().value(s("unbind")).toBool(), false);

        run = runCli(QStringList{s("repair"), s("--dry-run")} + profile, {}, secretEnvironment());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(s("POST /api/v2/actions/actions\n")) &&
                     run.out.contains(s("\"name\": \"OrgLens: org claim\"")) &&
                     run.out.contains(s("DELETE /api/v2/token-exchange-profiles/")) &&
                     run.out.contains(s("Dry run: nothing was written.")),
                 qPrintable(run.out));
        QCOMPARE(store.actions().actions().size(), actionsBefore);

        run = runCli(QStringList{s("repair"), s("--apply")} + profile, {}, secretEnvironment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(s("--yes")));
        QCOMPARE(store.actions().actions().size(), actionsBefore);

        run = runCli(QStringList{s("repair"), s("--apply"), s("--yes"), s("--unbind"),
                                 s("Add org_id claim (support article)"), s("--probe"), s("actions")} +
                         profile,
                     {}, secretEnvironment());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(s("Repaired: 4 step")), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(s("exchange-verifies-subject   fail        → pass")), qPrintable(run.out));
        QVERIFY(run.err.contains(s("Step 1: Deploy OrgLens's Post-Login Action")));
        QCOMPARE(store.actions().actions().size(), actionsBefore + 2);
        QVERIFY(!run.out.contains(s("demo-m2m-secret")) && !run.err.contains(s("demo-m2m-secret")));

        run = runCli(QStringList{s("audit"), s("list")}, {}, secretEnvironment());
        QCOMPARE(run.exitCode, 0);
        const QString line = run.out.split(u'\n', Qt::SkipEmptyParts).constLast();
        QVERIFY2(line.contains(s("4 step")) && line.contains(s("applied")) && line.contains(s("repair")),
                 qPrintable(run.out));
        run = runCli(QStringList{s("audit"), s("undo"), line.section(u' ', 0, 0)} + profile, {}, secretEnvironment());
        QVERIFY2(run.exitCode == 0 && run.out.contains(s("Undone: 4 step")), qPrintable(run.out + run.err));
        QCOMPARE(store.actions().actions().size(), actionsBefore);
        QCOMPARE(store.actions().boundActions(s("post-login")).at(0)->name, s("Add org_id claim (support article)"));
    }

    void preflightWithoutUser()
    {
        const CliRun run = runCli({s("preflight"), s("--flow"), s("pkce"), s("--issuer"), s("http://127.0.0.1:9/")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(s("org_id: no")));
        QVERIFY(run.out.contains(s("[likely] no-organization-parameter")));

        const CliRun bad = runCli({s("preflight"), s("--flow"), s("implicit")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(s("Unknown flow \"implicit\"")));
    }

    void preflightReadsTheTenant_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("orgId");
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QStringList>("reasons");
        QTest::newRow("bob, device") << QStringList{s("--flow"), s("device"), s("--user"), s("auth0|bob")} << s("no")
                                     << s("no") << QStringList{s("device-flow"), s("no-default-org")};
        QTest::newRow("alice, pkce with org_acme")
            << QStringList{s("--flow"), s("pkce"), s("--organization"), s("org_acme"), s("--user"), s("auth0|alice")}
            << s("yes") << s("yes") << QStringList{};
        QTest::newRow("bob, pkce with org_globex")
            << QStringList{s("--flow"), s("pkce"), s("--organization"), s("org_globex"), s("--user"), s("auth0|bob")}
            << s("no") << s("no") << QStringList{s("user-not-member"), s("no-default-org")};
        QTest::newRow("demo-m2m, client credentials")
            << QStringList{s("--flow"), s("client-credentials"), s("--user"), s("auth0|alice")} << s("no") << s("no")
            << QStringList{s("m2m-without-organization")};
    }
    void preflightReadsTheTenant()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, orgId);
        QFETCH(QString, claim);
        QFETCH(QStringList, reasons);
        DemoTenantFixture fixture;
        QVERIFY2(fixture.started(), qPrintable(fixture.startError()));
        const CliRun run = runCli(QStringList{s("preflight"), s("--json"), s("--issuer"), fixture.issuer(),
                                              s("--client-id"), s("demo-native"), s("--mgmt-client-id"), s("demo-m2m"),
                                              s("--namespace"), s("https://orglens.example/")} +
                                      arguments,
                                  {}, secretEnvironment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject prediction = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(prediction.value(s("org_id")).toString(), orgId);
        QCOMPARE(prediction.value(s("namespaced_claim")).toObject().value(s("outlook")).toString(), claim);
        QCOMPARE(reasonIds(prediction), reasons);
        QVERIFY2(!run.err.contains(s("could not read")), qPrintable(run.err));
        QVERIFY(!run.out.contains(s("demo-m2m-secret")) && !run.err.contains(s("demo-m2m-secret")));
    }

    // Client credentials: the M2M application's client grant for the audience is read, no --user needed.
    void preflightReadsTheClientGrant()
    {
        DemoTenantFixture fixture;
        QVERIFY2(fixture.started(), qPrintable(fixture.startError()));
        const QStringList arguments{s("preflight"),   s("--flow"),     s("client-credentials"),        s("--issuer"),
                                    fixture.issuer(), s("--audience"), fixture.issuer() + s("api/v2/")};
        CliRun run = runCli(arguments + QStringList{s("--mgmt-client-id"), s("demo-m2m")}, {}, secretEnvironment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(s("client-grant-denies-organizations: client grant organization_usage = deny")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(s("m2m-without-organization")));
        QVERIFY2(!run.err.contains(s("could not read")), qPrintable(run.err));

        // An application without read:client_grants: a note, and the prediction without the grant.
        QProcessEnvironment readonly = QProcessEnvironment::systemEnvironment();
        readonly.insert(s("ORGLENS_MGMT_CLIENT_SECRET"), s("demo-readonly-secret"));
        run = runCli(arguments + QStringList{s("--mgmt-client-id"), s("demo-readonly"), s("--json")}, {}, readonly);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(s("could not read client_grant")) && run.err.contains(s("insufficient_scope")),
                 qPrintable(run.err));
        QCOMPARE(reasonIds(QJsonDocument::fromJson(run.out.toUtf8()).object()),
                 QStringList{s("m2m-without-organization")});
    }

    // explain --report writes the hand-off report; the token value only with --include-tokens.
    void explainWritesAReport()
    {
        DemoTenantFixture fixture;
        QVERIFY2(fixture.started(), qPrintable(fixture.startError()));
        const QJsonObject response = fixture.deviceLogin(s("bob@example.com")).json();
        const QString token = response.value(s("access_token")).toString();
        const QString refreshToken = response.value(s("refresh_token")).toString();
        QVERIFY(!token.isEmpty() && !refreshToken.isEmpty());
        QTemporaryDir dir;
        const QStringList arguments{
            s("explain"),     s("-"),           s("--flow"),      s("device"),      s("--issuer"),
            fixture.issuer(), s("--client-id"), s("demo-native"), s("--namespace"), s("https://orglens.example/")};
        CliRun run = runCli(arguments + QStringList{s("--report"), dir.filePath(s("report.md"))}, token);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile markdown(dir.filePath(s("report.md")));
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(markdown.readAll());
        QVERIFY(text.contains(s("(`device-flow`, certain)")));
        QVERIFY(text.contains(s("\"sub\": \"auth0|bob\"")));
        QVERIFY(text.contains(s("/oauth/device/code")));
        QVERIFY(!text.contains(token));
        QVERIFY(!text.contains(token.section(QLatin1Char('.'), 2)));
        QVERIFY(!text.contains(refreshToken));

        run = runCli(arguments + QStringList{s("--report"), dir.filePath(s("report.json")), s("--include-tokens")},
                     token);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile json(dir.filePath(s("report.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(report.value(s("tokens")).toArray().at(0).toObject().value(s("value")).toString(), token);
        QCOMPARE(report.value(s("diagnosis")).toObject().value(s("findings")).toArray().at(0).toObject().value(s("id")),
                 QJsonValue(s("device-flow")));

        run = runCli(arguments + QStringList{s("--report"), dir.filePath(s("no/such/dir/report.md"))}, token);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(s("no/such/dir/report.md")));
    }

    // The generated exchange Action, with the real jose, verifies demo-tenant tokens against the tenant's JWKS.
    void exchangeActionVerifiesRealTokens()
    {
        if (nodeBinary().isEmpty())
            QSKIP("node is not installed");
        const QString modules = joseModules();
        if (modules.isEmpty())
            QSKIP("jose is not installed: configure with -DORGLENS_NODE_MODULES=<dir with node_modules/jose>");
        DemoTenantFixture fixture;
        QVERIFY2(fixture.started(), qPrintable(fixture.startError()));
        const auto generate = [&](const QString &audience) {
            return explain::generateActions({s("https://orglens.example/"), QUrl(fixture.issuer()), audience, {}},
                                            {explain::ActionKind::TokenExchange})
                .value()
                .at(0)
                .code;
        };
        const QString code = generate(QLatin1String(demo::OrdersApiAudience));
        const auto exchange = [&](const QString &actionCode, const QString &token) {
            QString error;
            const QJsonArray calls =
                runAction(actionCode, "onExecuteCustomTokenExchange",
                          {{s("transaction"), QJsonObject{{s("subject_token"), token}}}}, error, modules);
            if (!error.isEmpty())
                qWarning("%s", qPrintable(error));
            return calls;
        };
        const QString alice = fixture.deviceLogin(s("alice@example.com")).json().value(s("access_token")).toString();
        QVERIFY(!alice.isEmpty());
        QCOMPARE(exchange(code, alice), (QJsonArray{QJsonArray{s("authentication.setUserById"), s("auth0|alice")},
                                                    QJsonArray{s("authentication.setOrganization"), s("org_acme")}}));

        // A forged signature, another audience: rejected as invalid subject tokens.
        QString forged = alice;
        forged.chop(4);
        forged += s("AAAA");
        QJsonArray calls = exchange(code, forged);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).toArray().at(0).toString(), s("access.rejectInvalidSubjectToken"));
        calls = exchange(generate(s("https://other-api.example/")), alice);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).toArray().at(0).toString(), s("access.rejectInvalidSubjectToken"));
        QVERIFY(calls.at(0).toArray().at(1).toString().contains(s("ERR_JWT_CLAIM_VALIDATION_FAILED")));

        // Bob has no default_org_id: a valid token without the claim is denied, not given an organization.
        const QString bob = fixture.deviceLogin(s("bob@example.com")).json().value(s("access_token")).toString();
        calls = exchange(code, bob);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).toArray().at(0).toString(), s("access.deny"));
    }

    // The report's client-credentials reproduction, run by the shell with the secret in the environment, gets a token.
    void reproductionRunsAgainstTheTenant()
    {
        if (QStandardPaths::findExecutable(s("curl")).isEmpty())
            QSKIP("curl is not installed");
        DemoTenantFixture fixture;
        QVERIFY2(fixture.started(), qPrintable(fixture.startError()));
        explain::SupportReportInput input;
        oauth::SessionRecord record;
        record.flow = oauth::Flow::ClientCredentials;
        record.issuer = QUrl(fixture.issuer());
        record.clientId = s("demo-m2m");
        record.parameters = {{s("audience"), QLatin1String(demo::OrdersApiAudience)},
                             {s("organization"), s("org_acme")}};
        input.session = record;
        const QStringList commands = explain::reproductionCommands(input);
        QCOMPARE(commands.size(), 2); // comment + curl
        QVERIFY(!commands.at(1).contains(s("demo-m2m-secret")));

        QProcess shell;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(s("CLIENT_SECRET"), s("demo-m2m-secret"));
        shell.setProcessEnvironment(environment);
        QEventLoop loop;
        QObject::connect(&shell, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        shell.start(s("sh"), {s("-c"), commands.at(1)});
        loop.exec();
        QCOMPARE(shell.exitCode(), 0);
        const QJsonObject response = QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
        const QJsonObject payload = DemoTenantFixture::payload(response.value(s("access_token")).toString());
        QCOMPARE(payload.value(s("org_id")).toString(), s("org_acme"));
        QCOMPARE(payload.value(s("sub")).toString(), s("demo-m2m@clients"));
    }
};

QTEST_GUILESS_MAIN(TestExplainToolsCli)
#include "TestExplainToolsCli.moc"
