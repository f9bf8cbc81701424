#include "MintToken.h"
#include "explain/SupportReport.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens;
using namespace orglens::explain;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QByteArray RefreshToken = "v1.MRrefresh-token-SECRET-4f2a9c";
const QString ClientSecret = s("client-secret-SECRET-77e1");
const QByteArray Signature = "signature-bytes-SECRET";

QByteArray accessToken()
{
    return test::mintToken(test::rs256Header(),
                           {{s("iss"), s("http://127.0.0.1:4000/")},
                            {s("sub"), s("auth0|bob")},
                            {s("aud"), s("https://api.orglens.example/")},
                            {s("azp"), s("demo-native")},
                            {s("iat"), 1700000000},
                            {s("exp"), 1700086400},
                            {s("https://orglens.example/marker"), s("access-claim")}},
                           Signature)
        .toUtf8();
}

QByteArray idToken()
{
    return test::mintToken(test::rs256Header(),
                           {{s("iss"), s("http://127.0.0.1:4000/")},
                            {s("sub"), s("auth0|bob")},
                            {s("aud"), s("demo-native")},
                            {s("name"), s("Bob Example")}},
                           Signature)
        .toUtf8();
}

Diagnosis diagnosis()
{
    Finding deviceFlow;
    deviceFlow.id = s("device-flow");
    deviceFlow.confidence = Confidence::Certain;
    deviceFlow.title = s("The token comes from the Device Authorization flow");
    deviceFlow.evidence = {{Evidence::Source::Session, Evidence::Role::Supports, s("the session record says device")}};
    deviceFlow.fixSteps = {s("Deploy the Post-Login Action."), s("Exchange the token.")};
    Finding noDefault;
    noDefault.id = s("no-default-org");
    noDefault.confidence = Confidence::Likely;
    noDefault.title = s("The user has no default_org_id");
    noDefault.evidence = {{Evidence::Source::Tenant, Evidence::Role::Missing, s("app_metadata was not read")}};
    Diagnosis result;
    result.hasOrgId = false;
    result.findings = {deviceFlow, noDefault};
    return result;
}

SupportReportInput deviceReport()
{
    SupportReportInput input;
    input.diagnosis = diagnosis();
    input.token = accessToken();
    oauth::SessionRecord record;
    record.flow = oauth::Flow::Device;
    record.issuer = QUrl(s("http://127.0.0.1:4000/"));
    record.clientId = s("demo-native");
    // A record should never hold secrets; the report drops them even if one did.
    record.parameters = {{s("scope"), s("openid offline_access")},
                         {s("audience"), s("https://api.orglens.example/")},
                         {s("client_secret"), ClientSecret},
                         {s("refresh_token"), QString::fromLatin1(RefreshToken)}};
    record.tokens.accessToken = Secret(accessToken());
    record.tokens.idToken = Secret(idToken());
    record.tokens.refreshToken = Secret(RefreshToken);
    record.tokens.body = Secret("{\"refresh_token\":\"" + RefreshToken + "\"}");
    input.session = record;
    profiles::Profile profile;
    profile.issuer = record.issuer;
    profile.clientId = s("demo-native");
    profile.managementClientId = s("demo-m2m");
    input.profile = profile;
    input.tenant.user = QJsonObject{{s("user_id"), s("auth0|bob")},
                                    {s("email"), s("bob@example.com")},
                                    {s("app_metadata"), QJsonObject{{s("plan"), s("free")}}},
                                    {s("identities"), QJsonArray{QJsonObject{{s("access_token"), s("idp-SECRET")}}}}};
    input.tenant.userOrganizations = QJsonArray{QJsonObject{{s("id"), s("org_acme")}, {s("name"), s("acme")}}};
    input.tenant.client = QJsonObject{
        {s("client_id"), s("demo-native")}, {s("organization_usage"), s("allow")}, {s("client_secret"), ClientSecret}};
    input.generatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    return input;
}

QString signaturePart(const QByteArray &token)
{
    return QString::fromLatin1(token.split('.').at(2));
}

QString bothFormats(const SupportReportInput &input)
{
    return supportReportMarkdown(input) + QString::fromUtf8(QJsonDocument(supportReportJson(input)).toJson());
}

} // namespace

class TestSupportReport : public QObject {
    Q_OBJECT

private slots:
    void secretsNeverAppear_data()
    {
        QTest::addColumn<bool>("includeTokens");
        QTest::newRow("default") << false;
        QTest::newRow("include tokens") << true;
    }
    void secretsNeverAppear()
    {
        QFETCH(bool, includeTokens);
        SupportReportInput input = deviceReport();
        input.includeTokens = includeTokens;
        const QString report = bothFormats(input);
        QVERIFY(!report.contains(QString::fromLatin1(RefreshToken)));
        QVERIFY(!report.contains(ClientSecret));
        QVERIFY(!report.contains(s("idp-SECRET")));
        if (!includeTokens) {
            QVERIFY(!report.contains(signaturePart(accessToken())));
            QVERIFY(!report.contains(QString::fromLatin1(accessToken())));
            QVERIFY(!report.contains(QString::fromLatin1(idToken())));
        }
    }

    void tokenValuesOnlyWhenAsked()
    {
        SupportReportInput input = deviceReport();
        QJsonObject json = supportReportJson(input);
        QCOMPARE(json.value(s("tokens_included")).toBool(), false);
        const QJsonArray tokens = json.value(s("tokens")).toArray();
        QCOMPARE(tokens.size(), 2); // the diagnosed access token once, the ID token; never the refresh token
        QCOMPARE(tokens.at(0).toObject().value(s("kind")).toString(), s("diagnosed"));
        QCOMPARE(tokens.at(1).toObject().value(s("kind")).toString(), s("id_token"));
        for (const QJsonValue &token : tokens) {
            QVERIFY(!token.toObject().contains(s("value")));
            QVERIFY(!token.toObject().contains(s("signature")));
        }
        QCOMPARE(tokens.at(0).toObject().value(s("payload")).toObject().value(s("https://orglens.example/marker")),
                 QJsonValue(s("access-claim")));
        QCOMPARE(tokens.at(1).toObject().value(s("payload")).toObject().value(s("name")), QJsonValue(s("Bob Example")));

        input.includeTokens = true;
        json = supportReportJson(input);
        QCOMPARE(json.value(s("tokens")).toArray().at(0).toObject().value(s("value")).toString(),
                 QString::fromLatin1(accessToken()));
        const QString markdown = supportReportMarkdown(input);
        QVERIFY(markdown.contains(QString::fromLatin1(accessToken())));
        QVERIFY(markdown.contains(QString::fromLatin1(idToken())));
    }

    void carriesDiagnosisRequestAndTenant()
    {
        const SupportReportInput input = deviceReport();
        const QJsonObject json = supportReportJson(input);
        QCOMPARE(json.value(s("generated_at")).toString(), s("2026-01-02T03:04:05Z"));
        QCOMPARE(json.value(s("verdict")).toObject().value(s("has_org_id")), QJsonValue(false));
        QCOMPARE(json.value(s("diagnosis")).toObject(), input.diagnosis.toJson());
        const QJsonObject request = json.value(s("request")).toObject();
        QCOMPARE(request.value(s("flow")).toString(), s("device"));
        QCOMPARE(request.value(s("client_id")).toString(), s("demo-native"));
        QCOMPARE(request.value(s("parameters")).toObject(),
                 (QJsonObject{{s("scope"), s("openid offline_access")},
                              {s("audience"), s("https://api.orglens.example/")}}));
        const QJsonObject tenant = json.value(s("tenant")).toObject();
        QCOMPARE(tenant.value(s("user")).toObject().value(s("app_metadata")).toObject(),
                 (QJsonObject{{s("plan"), s("free")}}));
        QCOMPARE(tenant.value(s("client")).toObject().value(s("organization_usage")).toString(), s("allow"));

        const QString markdown = supportReportMarkdown(input);
        for (const char *expected :
             {"# OrgLens support report", "The token has no org_id.",
              "### 1. The token comes from the Device Authorization flow (`device-flow`, certain)",
              "### 2. The user has no default_org_id (`no-default-org`, likely)",
              "- supports (session): the session record says device", "- missing (tenant): app_metadata was not read",
              "1. Deploy the Post-Login Action.", "2. Exchange the token.",
              "| audience | https://api.orglens.example/ |", "## Tenant evidence", "\"organization_usage\": \"allow\"",
              "## Reproduction", "```sh"})
            QVERIFY2(markdown.contains(s(expected)), expected);
    }

    void carriesTheDoctorsChecklistWhenItRan()
    {
        SupportReportInput input = deviceReport();
        QVERIFY(!supportReportJson(input).contains(s("doctor")));
        QVERIFY(!supportReportMarkdown(input).contains(s("## Tenant doctor")));

        doctor::DoctorReport report;
        report.tenant = s("http://127.0.0.1:4000/");
        report.steps = {
            {s("refresh-claim"),
             doctor::StepStatus::Fail,
             s("Refreshed tokens keep the org claim"),
             {s("if (event.transaction.protocol !== 'oauth2-device-code') return;"), s("no claim | set")},
             s("Run the Post-Login Action for every protocol."),
             false},
            {s("user-member"), doctor::StepStatus::Pass, s("The user is a member"), {s("org_acme")}, {}, false}};
        input.tenant.doctor = report;
        QCOMPARE(supportReportJson(input).value(s("doctor")).toObject(), report.toJson());
        const QString markdown = supportReportMarkdown(input);
        for (const char *expected :
             {"## Tenant doctor", "| step | status | check | evidence | fix |",
              "| refresh-claim | fail | Refreshed tokens keep the org claim | if (event.transaction.protocol !== "
              "'oauth2-device-code') return;; no claim \\| set | Run the Post-Login Action for every protocol. |",
              "| user-member | pass | The user is a member | org_acme |  |"})
            QVERIFY2(markdown.contains(s(expected)), qPrintable(markdown));
        QVERIFY(markdown.indexOf(s("## Tenant doctor")) < markdown.indexOf(s("## Reproduction")));
    }

    void reproducesEachFlowWithPlaceholders_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("device") << s("device")
                                << QStringList{s("'http://127.0.0.1:4000/oauth/device/code'"),
                                               s("'client_id=demo-native'"), s("\"device_code=$DEVICE_CODE\""),
                                               s("urn:ietf:params:oauth:grant-type:device_code")};
        QTest::newRow("refresh") << s("refresh")
                                 << QStringList{s("\"refresh_token=$REFRESH_TOKEN\""), s("'grant_type=refresh_token'")};
        QTest::newRow("client credentials")
            << s("client_credentials")
            << QStringList{s("\"client_secret=$CLIENT_SECRET\""), s("'grant_type=client_credentials'")};
        QTest::newRow("exchange") << s("token_exchange")
                                  << QStringList{s("\"subject_token=$SUBJECT_TOKEN\""),
                                                 s("\"client_secret=$CLIENT_SECRET\""),
                                                 s("'subject_token_type=urn:orglens:device-access-token'")};
        QTest::newRow("pkce") << s("pkce")
                              << QStringList{s("authorize?response_type=code&client_id=demo-native"),
                                             s("\"code_verifier=$CODE_VERIFIER\""), s("\"code=$CODE\"")};
        QTest::newRow("password") << s("password") << QStringList{s("\"password=$PASSWORD\"")};
    }
    void reproducesEachFlowWithPlaceholders()
    {
        QFETCH(QString, flow);
        QFETCH(QStringList, expected);
        SupportReportInput input = deviceReport();
        input.session->flow = *oauth::parseFlow(flow);
        input.profile->subjectTokenType = s("urn:orglens:device-access-token");
        const QString commands = reproductionCommands(input).join(QLatin1Char('\n'));
        for (const QString &each : expected)
            QVERIFY2(commands.contains(each), qPrintable(each + s("\n") + commands));
        // The tenant evidence is fetched again with a Management API token.
        QVERIFY(commands.contains(s("'http://127.0.0.1:4000/api/v2/users/auth0%7Cbob'")));
        QVERIFY(commands.contains(s("'http://127.0.0.1:4000/api/v2/users/auth0%7Cbob/organizations'")));
        QVERIFY(commands.contains(s("'http://127.0.0.1:4000/api/v2/clients/demo-native'")));
        QVERIFY(commands.contains(s("\"client_secret=$MGMT_CLIENT_SECRET\"")));
        QVERIFY(commands.contains(s("Authorization: Bearer $MGMT_TOKEN")));
        QVERIFY(!commands.contains(ClientSecret));
        QVERIFY(!commands.contains(QString::fromLatin1(RefreshToken)));
    }

    void quotesValuesForTheShell()
    {
        SupportReportInput input = deviceReport();
        input.session->parameters.insert(s("scope"), s("openid it's"));
        const QString commands = reproductionCommands(input).join(QLatin1Char('\n'));
        QVERIFY2(commands.contains(s("'scope=openid it'\\''s'")), qPrintable(commands));
    }

    void withoutSessionUsesTheDeclaredFlowAndProfile()
    {
        SupportReportInput input = deviceReport();
        input.session.reset();
        input.flow = oauth::Flow::ClientCredentials;
        input.profile->audience = s("https://api.orglens.example/");
        const QJsonObject request = supportReportJson(input).value(s("request")).toObject();
        QCOMPARE(request.value(s("client_id")).toString(), s("demo-m2m"));
        QCOMPARE(request.value(s("parameters")).toObject().value(s("audience")).toString(),
                 s("https://api.orglens.example/"));
        QVERIFY(reproductionCommands(input).join(QLatin1Char('\n')).contains(s("'client_id=demo-m2m'")));

        // Without a profile the token's iss and azp name the tenant and the application.
        input.profile.reset();
        const QString fromToken = reproductionCommands(input).join(QLatin1Char('\n'));
        QVERIFY(fromToken.contains(s("'http://127.0.0.1:4000/oauth/token'")));
        QVERIFY(fromToken.contains(s("'client_id=demo-native'")));

        input.token = "opaque-access-token";
        const QStringList commands = reproductionCommands(input);
        QCOMPARE(commands.size(), 1);
        QVERIFY(commands.at(0).startsWith(QLatin1Char('#')));
    }

    void writesMarkdownOrJson()
    {
        QTemporaryDir dir;
        const SupportReportInput input = deviceReport();
        auto written = writeSupportReport(input, dir.filePath(s("report.json")));
        QVERIFY(written.ok());
        QCOMPARE(written.value(), s("json"));
        QFile json(dir.filePath(s("report.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object(), supportReportJson(input));

        written = writeSupportReport(input, dir.filePath(s("report.md")));
        QVERIFY(written.ok());
        QFile markdown(dir.filePath(s("report.md")));
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(markdown.readAll()), supportReportMarkdown(input));

        written = writeSupportReport(input, dir.filePath(s("missing/dir/report.md")));
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(s("missing/dir/report.md")));
    }
};

QTEST_GUILESS_MAIN(TestSupportReport)
#include "TestSupportReport.moc"
