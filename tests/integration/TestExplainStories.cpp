// The explain engine end to end against the demo tenant: real logins (device, PKCE, refresh, exchange, password,
// client credentials) over HTTP, the session records OrgLens keeps, tenant evidence read with the Management API,
// and orglens-cli explain. In every story the top finding must be the true cause.
#include "CliRunner.h"
#include "ClientLogins.h"
#include "DemoTenantFixture.h"
#include "EventLoop.h"
#include "common/CountingNetworkAccessManager.h"
#include "explain/Explain.h"
#include "management/ManagementClient.h"
#include "oauth/DeviceFlow.h"
#include "oauth/OAuthClient.h"
#include "oauth/PkceFlow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace orglens;
using namespace orglens::explain;
using namespace orglens::oauth;
using orglens::test::DemoTenantFixture;
using orglens::test::deviceLoginWith;
using orglens::test::pkceCallbackFor;
using orglens::test::TestBrowser;
using orglens::test::waitForResult;

namespace {

const auto Native = QStringLiteral("demo-native");
const auto Orders = QLatin1String(demo::OrdersApiAudience);
const auto Password = QLatin1String(demo::DemoPassword);
const auto Namespace = QStringLiteral("https://orglens.example/");

QString describe(const Diagnosis &diagnosis)
{
    QStringList parts;
    for (const Finding &finding : diagnosis.findings)
        parts << finding.id + QLatin1Char('=') + confidenceName(finding.confidence);
    return parts.join(QLatin1String(", "));
}

const Finding *findingOf(const Diagnosis &diagnosis, const QString &id)
{
    for (const Finding &finding : diagnosis.findings) {
        if (finding.id == id)
            return &finding;
    }
    return nullptr;
}

} // namespace

class TestExplainStories : public QObject {
    Q_OBJECT

    std::unique_ptr<DemoTenantFixture> m_demo;
    CountingNetworkAccessManager m_network;
    std::unique_ptr<SessionHistory> m_history;
    std::unique_ptr<OAuthClient> m_oauth;
    QStringList m_table;                        // story -> top finding, printed at the end
    QHash<QString, TokenResult> m_deviceLogins; // one device login per user, shared by the stories (each takes ~1 s)

    QUrl issuer() const { return m_demo->tenant().issuer(); }

    profiles::Profile profile() const
    {
        profiles::Profile p;
        p.issuer = issuer();
        p.clientId = Native;
        p.audience = Orders;
        p.claimNamespace = Namespace;
        p.managementClientId = QStringLiteral("demo-m2m");
        p.exchangeClientId = QStringLiteral("demo-exchange");
        p.subjectTokenType = QStringLiteral("urn:orglens:device-access-token");
        return p;
    }

    TokenResult deviceLogin(const QString &email, const QString &audience = Orders)
    {
        return deviceLoginWith(*m_oauth, issuer(), email, audience);
    }

    const TokenResult &deviceLoginOnce(const QString &email)
    {
        if (!m_deviceLogins.contains(email))
            m_deviceLogins.insert(email, deviceLogin(email));
        return m_deviceLogins[email];
    }

    TokenResult pkceLogin(const QString &email, const QString &organization = {})
    {
        PkceFlowRequest request;
        request.issuer = issuer();
        request.clientId = Native;
        request.audience = Orders;
        request.scope = QStringLiteral("openid profile email offline_access");
        request.organization = organization;
        PkceFlow *flow = PkceFlow::start(*m_oauth, request);
        TestBrowser(issuer()).get(pkceCallbackFor(flow, issuer(), email));
        return waitForResult(flow);
    }

    // Tenant evidence read with a machine-to-machine application, as `explain --check-user` does.
    TenantEvidence fetchEvidence(const ExplainInput &input, const QString &clientId = QStringLiteral("demo-m2m"),
                                 const QByteArray &secret = "demo-m2m-secret")
    {
        OAuthClient oauth(&m_network);
        management::ManagementConfig config;
        config.issuer = issuer();
        config.clientId = clientId;
        config.clientSecret = Secret(secret);
        management::ManagementClient client(&m_network, &oauth, config);
        TenantEvidenceFetcher fetcher(&client);
        std::optional<TenantEvidence> evidence;
        connect(&fetcher, &TenantEvidenceFetcher::finished, this,
                [&evidence](const TenantEvidence &e) { evidence = e; });
        fetcher.fetch(tenantEvidenceRequest(input));
        if (!QTest::qWaitFor([&] { return evidence.has_value(); }, 15000))
            qFatal("no tenant evidence");
        return *evidence;
    }

    ExplainInput inputFor(const Secret &token)
    {
        ExplainInput input = inputFromHistory(*m_history, token.bytes());
        input.profile = profile();
        return input;
    }

    // Diagnoses, records the story's top finding for the table, and checks it is the true cause.
    Diagnosis expectTop(const char *story, const ExplainInput &input, const QString &trueCause)
    {
        const Diagnosis diagnosis = diagnose(input);
        const QString top = diagnosis.findings.isEmpty() ? QStringLiteral("(none)")
                                                         : diagnosis.findings.first().id + QLatin1Char(' ') +
                                                               confidenceName(diagnosis.findings.first().confidence);
        m_table << QStringLiteral("| %1 | %2 | %3 |").arg(QLatin1String(story), top, describe(diagnosis));
        if (diagnosis.findings.isEmpty() || diagnosis.findings.first().id != trueCause)
            qWarning("%s: %s", story, qPrintable(describe(diagnosis)));
        return diagnosis;
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<DemoTenantFixture>();
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
        m_history = std::make_unique<SessionHistory>();
        m_oauth = std::make_unique<OAuthClient>(&m_network);
        m_oauth->setHistory(m_history.get());
    }

    void cleanupTestCase()
    {
        qInfo("| story | top finding | all findings |");
        qInfo("|---|---|---|");
        for (const QString &row : std::as_const(m_table))
            qInfo("%s", qPrintable(row));
        m_oauth.reset();
        m_demo.reset();
    }

    void deviceLoginIsTheDeviceFlowNotYetExchanged()
    {
        const TokenResult &login = deviceLoginOnce(QStringLiteral("alice@example.com"));
        QVERIFY2(login.ok(), qPrintable(login.error.text()));
        const Diagnosis diagnosis = expectTop("device login (alice, Action on)", inputFor(login.response.accessToken),
                                              QStringLiteral("device-flow"));
        QVERIFY(!diagnosis.hasOrgId);
        QCOMPARE(diagnosis.findings.first().id, QStringLiteral("device-flow"));
        QCOMPARE(diagnosis.findings.first().confidence, Confidence::Certain);
        const Finding *notExchanged = findingOf(diagnosis, QStringLiteral("not-exchanged"));
        QVERIFY(notExchanged);
        QCOMPARE(notExchanged->confidence, Confidence::Certain);
        QCOMPARE(notExchanged->actions.first().kind(), FixAction::Kind::RunExchange);
        QCOMPARE(notExchanged->actions.first().arguments().value(QStringLiteral("organization")).toString(),
                 QStringLiteral("org_acme"));
    }

    void deviceLoginWithoutDefaultOrgIsNoDefaultOrg()
    {
        const TokenResult &login = deviceLoginOnce(QStringLiteral("bob@example.com"));
        QVERIFY2(login.ok(), qPrintable(login.error.text()));
        ExplainInput input = inputFor(login.response.accessToken);
        input.tenant = fetchEvidence(input);
        QVERIFY(input.tenant.user);
        QVERIFY(input.tenant.userOrganizations);
        QVERIFY2(input.tenant.unavailable.isEmpty(), qPrintable(input.tenant.unavailable.values().join(u'\n')));
        const Diagnosis diagnosis = expectTop("device login (bob, no default_org_id) + tenant evidence", input,
                                              QStringLiteral("no-default-org"));
        QCOMPARE(diagnosis.findings.first().id, QStringLiteral("no-default-org"));
        QCOMPARE(diagnosis.findings.first().confidence, Confidence::Certain);
        QCOMPARE(findingOf(diagnosis, QStringLiteral("device-flow"))->confidence, Confidence::Certain);
        // The fix OrgLens offers: bob's only organization.
        const FixAction &fix = diagnosis.findings.first().actions.first();
        QCOMPARE(fix.kind(), FixAction::Kind::SetDefaultOrg);
        QCOMPARE(fix.arguments().value(QStringLiteral("user_id")).toString(), QStringLiteral("auth0|bob"));
        QCOMPARE(fix.arguments().value(QStringLiteral("org_id")).toString(), QStringLiteral("org_acme"));
    }

    void deviceLoginWithADefaultOrgTheUserIsNotInIsDefaultOrgNotMember()
    {
        const TokenResult &login = deviceLoginOnce(QStringLiteral("carol@example.com"));
        QVERIFY2(login.ok(), qPrintable(login.error.text()));
        ExplainInput input = inputFor(login.response.accessToken);
        input.tenant = fetchEvidence(input);
        const Diagnosis diagnosis =
            expectTop("device login (carol, default org_globex, not a member) + tenant evidence", input,
                      QStringLiteral("default-org-not-member"));
        QCOMPARE(diagnosis.findings.first().id, QStringLiteral("default-org-not-member"));
        QCOMPARE(diagnosis.findings.first().confidence, Confidence::Certain);
        const FixAction &fix = diagnosis.findings.first().actions.first();
        QCOMPARE(fix.kind(), FixAction::Kind::SetDefaultOrg);
        QCOMPARE(fix.arguments().value(QStringLiteral("org_id")).toString(), QStringLiteral("org_initech"));
    }

    void refreshedDeviceTokenLostTheClaim()
    {
        const TokenResult &login = deviceLoginOnce(QStringLiteral("alice@example.com"));
        QVERIFY2(login.ok(), qPrintable(login.error.text()));
        const TokenResult refreshed = waitForResult(m_oauth->refresh(
            {issuer(), {Native, {}, ClientAuth::Method::Post}, login.response.refreshToken, {}, login.sessionId}));
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.error.text()));
        const Diagnosis diagnosis =
            expectTop("refreshed device token (alice)", inputFor(refreshed.response.accessToken),
                      QStringLiteral("lost-on-refresh"));
        QCOMPARE(diagnosis.findings.first().id, QStringLiteral("lost-on-refresh"));
        QCOMPARE(diagnosis.findings.first().confidence, Confidence::Certain);
    }

    void pkceWithoutOrganizationIsNoOrganizationParameter()
    {
        const TokenResult login = pkceLogin(QStringLiteral("alice@example.com"));
        QVERIFY2(login.ok(), qPrintable(login.error.text()));
        ExplainInput input = inputFor(login.response.accessToken);
        input.tenant = fetchEvidence(input);
        QVERIFY(input.tenant.client);
        const Diagnosis diagnosis =
            expectTop("PKCE without organization (alice)", input, QStringLiteral("no-organization-parameter"));
        const Finding &top = diagnosis.findings.first();
        QCOMPARE(top.id, QStringLiteral("no-organization-parameter"));
        QCOMPARE(top.confidence, Confidence::Certain);
        // The client's settings are part of the evidence; the fix logs in with alice's default organization.
        QVERIFY(std::any_of(top.evidence.begin(), top.evidence.end(), [](const Evidence &e) {
            return e.source == Evidence::Source::Tenant &&
                   e.text.contains(QLatin1String("organization_usage is allow"));
        }));
        QCOMPARE(top.actions.first().kind(), FixAction::Kind::LoginWithOrganization);
        QCOMPARE(top.actions.first().arguments().value(QStringLiteral("organization")).toString(),
                 QStringLiteral("org_acme"));
    }

    void pkceWithOrganizationHasOrgId()
    {
        const TokenResult login = pkceLogin(QStringLiteral("alice@example.com"), QStringLiteral("org_acme"));
        QVERIFY2(login.ok(), qPrintable(login.error.text()));
        ExplainInput input = inputFor(login.response.accessToken);
        input.tenant = fetchEvidence(input);
        const Diagnosis diagnosis = expectTop("PKCE with organization=org_acme", input, QStringLiteral("has-org-id"));
        QVERIFY(diagnosis.hasOrgId);
        const Finding &top = diagnosis.findings.first();
        QCOMPARE(top.id, QStringLiteral("has-org-id"));
        QCOMPARE(top.title, QStringLiteral("The token has org_id org_acme")); // every check passed
        QVERIFY(std::none_of(top.evidence.begin(), top.evidence.end(),
                             [](const Evidence &e) { return e.role != Evidence::Role::Supports; }));
    }

    void exchangedTokenHasOrgId()
    {
        const TokenResult &login = deviceLoginOnce(QStringLiteral("alice@example.com"));
        QVERIFY2(login.ok(), qPrintable(login.error.text()));
        const TokenResult exchanged = waitForResult(m_oauth->exchangeToken(
            {issuer(),
             {QStringLiteral("demo-exchange"), Secret("demo-exchange-secret"), ClientAuth::Method::Post},
             login.response.accessToken,
             QStringLiteral("urn:orglens:device-access-token"),
             Orders,
             {},
             {},
             login.sessionId}));
        QVERIFY2(exchanged.ok(), qPrintable(exchanged.error.text()));
        const ExplainInput input = inputFor(exchanged.response.accessToken);
        QCOMPARE(input.session->flow, oauth::Flow::Exchange);
        QCOMPARE(input.lineage.size(), 1);
        const Diagnosis diagnosis = expectTop("exchanged device token (alice)", input, QStringLiteral("has-org-id"));
        QCOMPARE(diagnosis.findings.first().id, QStringLiteral("has-org-id"));
    }

    void passwordGrantIsPasswordGrant()
    {
        const auto response = m_demo->token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                             {QStringLiteral("client_id"), Native},
                                             {QStringLiteral("username"), QStringLiteral("alice@example.com")},
                                             {QStringLiteral("password"), Password},
                                             {QStringLiteral("audience"), Orders},
                                             {QStringLiteral("scope"), QStringLiteral("openid")}});
        QCOMPARE(response.status, 200);
        ExplainInput input;
        input.token = response.json().value(QStringLiteral("access_token")).toString().toUtf8();
        input.profile = profile();
        const Diagnosis diagnosis = expectTop("password grant (token alone)", input, QStringLiteral("password-grant"));
        QCOMPARE(diagnosis.findings.first().id, QStringLiteral("password-grant"));
        QCOMPARE(diagnosis.findings.first().confidence, Confidence::Certain);
    }

    void clientCredentialsAreM2mWithoutOrganization()
    {
        const TokenResult result = waitForResult(m_oauth->clientCredentials(
            {issuer(),
             {QStringLiteral("demo-m2m"), Secret("demo-m2m-secret"), ClientAuth::Method::Post},
             Orders,
             {},
             {}}));
        QVERIFY2(result.ok(), qPrintable(result.error.text()));
        ExplainInput input = inputFor(result.response.accessToken);
        QCOMPARE(diagnose(input).findings.size(), 1);
        // The tenant says which client grant the token came from: Orders API, organization_usage allow.
        input.tenant = fetchEvidence(input);
        QVERIFY2(input.tenant.clientGrant, qPrintable(input.tenant.unavailable.value(QStringLiteral("client_grant"))));
        QCOMPARE(input.tenant.clientGrant->value(QStringLiteral("id")).toString(),
                 QStringLiteral("cgr_demo_m2m_orders"));
        const Diagnosis diagnosis = expectTop("client credentials without organization (grant allow)", input,
                                              QStringLiteral("m2m-without-organization"));
        QCOMPARE(diagnosis.findings.first().id, QStringLiteral("m2m-without-organization"));
        QCOMPARE(diagnosis.findings.size(), 1);
        const Finding &top = diagnosis.findings.first();
        QVERIFY(std::any_of(top.evidence.begin(), top.evidence.end(), [](const Evidence &e) {
            return e.source == Evidence::Source::Tenant && e.role == Evidence::Role::Supports &&
                   e.text.contains(QLatin1String("client grant for https://api.orglens.example/ has "
                                                 "organization_usage allow"));
        }));
        QVERIFY(std::none_of(top.evidence.begin(), top.evidence.end(),
                             [](const Evidence &e) { return e.role == Evidence::Role::Missing; }));
        QVERIFY2(top.fixSteps.first().startsWith(QLatin1String("Send organization=")),
                 qPrintable(top.fixSteps.first()));
        // And that is what the tenant does: with organization the same client gets org_id.
        const TokenResult withOrg = waitForResult(m_oauth->clientCredentials(
            {issuer(),
             {QStringLiteral("demo-m2m"), Secret("demo-m2m-secret"), ClientAuth::Method::Post},
             Orders,
             {},
             QStringLiteral("org_acme")}));
        QVERIFY2(withOrg.ok(), qPrintable(withOrg.error.text()));
        QCOMPARE(diagnose(inputFor(withOrg.response.accessToken)).hasOrgId, true);
    }

    void managementTokenGrantDeniesOrganizations()
    {
        const TokenResult result = waitForResult(m_oauth->clientCredentials(
            {issuer(),
             {QStringLiteral("demo-m2m"), Secret("demo-m2m-secret"), ClientAuth::Method::Post},
             m_demo->tenant().managementAudience().toString(),
             {},
             {}}));
        QVERIFY2(result.ok(), qPrintable(result.error.text()));
        ExplainInput input = inputFor(result.response.accessToken);
        input.tenant = fetchEvidence(input);
        QVERIFY(input.tenant.clientGrant);
        const Diagnosis diagnosis = expectTop("client credentials for the Management API (grant never set = deny)",
                                              input, QStringLiteral("m2m-without-organization"));
        const Finding &top = diagnosis.findings.first();
        QCOMPARE(top.id, QStringLiteral("m2m-without-organization"));
        QVERIFY(std::any_of(top.evidence.begin(), top.evidence.end(), [](const Evidence &e) {
            return e.source == Evidence::Source::Tenant && e.role == Evidence::Role::Supports &&
                   e.text.contains(QLatin1String("no organization_usage (never set, so deny)"));
        }));
        QVERIFY2(top.fixSteps.first().startsWith(QLatin1String("Set the client grant's organization_usage")),
                 qPrintable(top.fixSteps.first()));
        // The tenant agrees: asking for an organization is refused.
        const TokenResult refused = waitForResult(m_oauth->clientCredentials(
            {issuer(),
             {QStringLiteral("demo-m2m"), Secret("demo-m2m-secret"), ClientAuth::Method::Post},
             m_demo->tenant().managementAudience().toString(),
             {},
             QStringLiteral("org_acme")}));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.text().contains(QLatin1String("not allowed")), qPrintable(refused.error.text()));

        // Read by an application without read:client_grants: missing, with the reason, not an error.
        input.tenant = fetchEvidence(input, QStringLiteral("demo-readonly"), "demo-readonly-secret");
        QVERIFY(!input.tenant.clientGrant);
        const Diagnosis unreadDiagnosis = diagnose(input);
        const Finding &unread = unreadDiagnosis.findings.first();
        QVERIFY(std::any_of(unread.evidence.begin(), unread.evidence.end(), [](const Evidence &e) {
            return e.role == Evidence::Role::Missing && e.text.contains(QLatin1String("read:client_grants")) &&
                   e.text.contains(QLatin1String("insufficient_scope"));
        }));
    }

    void noAudienceGivesAnOpaqueToken()
    {
        const TokenResult login = deviceLogin(QStringLiteral("alice@example.com"), QString());
        QVERIFY2(login.ok(), qPrintable(login.error.text()));
        QVERIFY(!login.response.accessToken.toString().contains(QLatin1Char('.')));
        const Diagnosis diagnosis = expectTop("device login without audience (opaque)",
                                              inputFor(login.response.accessToken), QStringLiteral("opaque-token"));
        QCOMPARE(diagnosis.findings.first().id, QStringLiteral("opaque-token"));
        const Finding &top = diagnosis.findings.first();
        QVERIFY(std::any_of(top.evidence.begin(), top.evidence.end(), [](const Evidence &e) {
            return e.source == Evidence::Source::Session && e.text.contains(QLatin1String("no audience"));
        }));
    }

    void tokenFromAnotherTenantIsWrongTenant()
    {
        DemoTenantFixture other;
        QVERIFY2(other.started(), qPrintable(other.startError()));
        const auto response = other.deviceLogin(QStringLiteral("alice@example.com"));
        QCOMPARE(response.status, 200);
        ExplainInput input;
        input.token = response.json().value(QStringLiteral("access_token")).toString().toUtf8();
        input.profile = profile();
        const Diagnosis diagnosis = expectTop("token from another tenant", input, QStringLiteral("wrong-tenant"));
        QCOMPARE(diagnosis.findings.first().id, QStringLiteral("wrong-tenant"));
        QVERIFY(diagnosis.findings.first().title.contains(other.issuer()));
    }

    void unreadableEvidenceIsMissingNotAnError()
    {
        // demo-readonly may read users but not organizations or clients.
        const TokenResult &login = deviceLoginOnce(QStringLiteral("bob@example.com"));
        QVERIFY2(login.ok(), qPrintable(login.error.text()));
        ExplainInput input = inputFor(login.response.accessToken);
        input.tenant = fetchEvidence(input, QStringLiteral("demo-readonly"), "demo-readonly-secret");
        QVERIFY(input.tenant.user);
        QVERIFY(!input.tenant.userOrganizations);
        QVERIFY2(input.tenant.unavailable.value(QStringLiteral("user_organizations")).contains(u"insufficient_scope"),
                 qPrintable(input.tenant.unavailable.value(QStringLiteral("user_organizations"))));
        QVERIFY(input.tenant.unavailable.value(QStringLiteral("client")).contains(u"insufficient_scope"));
        const Diagnosis diagnosis = diagnose(input);
        QCOMPARE(diagnosis.findings.first().id, QStringLiteral("no-default-org"));
        // Without the memberships the suggested organization is unknown, and that is said.
        const Finding &top = diagnosis.findings.first();
        QCOMPARE(top.actions.first().arguments().value(QStringLiteral("org_id")).toString(), QString());
    }

    void fetcherReportsOncePerFetchAndANewFetchReplacesARunningOne()
    {
        OAuthClient oauth(&m_network);
        management::ManagementConfig config;
        config.issuer = issuer();
        config.clientId = QStringLiteral("demo-m2m");
        config.clientSecret = Secret("demo-m2m-secret");
        management::ManagementClient client(&m_network, &oauth, config);
        TenantEvidenceFetcher fetcher(&client);
        QList<TenantEvidence> reports;
        connect(&fetcher, &TenantEvidenceFetcher::finished, this,
                [&reports](const TenantEvidence &e) { reports.append(e); });

        fetcher.fetch({}, {}, {}); // nothing to read: still reported, from the event loop
        QVERIFY(reports.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return reports.size() == 1; }, 5000));
        QVERIFY(!reports.first().user && !reports.first().userOrganizations && !reports.first().client);

        reports.clear();
        fetcher.fetch(QStringLiteral("auth0|bob"), {}, {});
        fetcher.fetch(QStringLiteral("auth0|carol"), QStringLiteral("demo-native"), {QStringLiteral("org_acme")});
        QVERIFY(QTest::qWaitFor([&] { return !reports.isEmpty(); }, 15000));
        // Nothing of the abandoned fetch is left that could still report.
        QTRY_COMPARE(m_network.requestsInFlight(), 0);
        test::runQueuedEvents();
        QCOMPARE(reports.size(), 1);
        const TenantEvidence &carol = reports.first();
        QCOMPARE(carol.user->value(QStringLiteral("user_id")).toString(), QStringLiteral("auth0|carol"));
        QCOMPARE(carol.client->value(QStringLiteral("organization_usage")).toString(), QStringLiteral("allow"));
        // The token's organization and carol's default organization (org_globex) are both read.
        QStringList orgs;
        for (const QJsonObject &org : carol.organizations)
            orgs << org.value(QStringLiteral("id")).toString();
        orgs.sort();
        QCOMPARE(orgs, QStringList({QStringLiteral("org_acme"), QStringLiteral("org_globex")}));
        QVERIFY(!fetcher.isRunning());
    }

    void cliExplainJsonWithCheckUser()
    {
        const TokenResult &login = deviceLoginOnce(QStringLiteral("bob@example.com"));
        QVERIFY2(login.ok(), qPrintable(login.error.text()));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ORGLENS_MGMT_CLIENT_SECRET"), QStringLiteral("demo-m2m-secret"));
        const QStringList tenant{QStringLiteral("--issuer"),         issuer().toString(),
                                 QStringLiteral("--mgmt-client-id"), QStringLiteral("demo-m2m"),
                                 QStringLiteral("--namespace"),      Namespace};
        const auto run = test::runCli(QStringList{QStringLiteral("explain"), QStringLiteral("-"),
                                                  QStringLiteral("--flow"), QStringLiteral("device"),
                                                  QStringLiteral("--check-user"), QStringLiteral("--json")} +
                                          tenant,
                                      login.response.accessToken.toString(), environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains(login.response.accessToken.toString()), "no token in the output");
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("has_org_id")), QJsonValue(false));
        const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QVERIFY2(findings.size() >= 2, qPrintable(run.out));
        const QJsonObject top = findings.first().toObject();
        QCOMPARE(top.value(QStringLiteral("id")).toString(), QStringLiteral("no-default-org"));
        QCOMPARE(top.value(QStringLiteral("confidence")).toString(), QStringLiteral("certain"));
        QVERIFY(top.value(QStringLiteral("evidence")).isArray());
        QVERIFY(top.value(QStringLiteral("fix")).toString().startsWith(QLatin1String("1. ")));
        QVERIFY(!top.value(QStringLiteral("title")).toString().isEmpty());

        // Human output: the verdict, the findings, and the command that carries out the fix.
        const auto human = test::runCli(QStringList{QStringLiteral("explain"), QStringLiteral("--flow"),
                                                    QStringLiteral("device"), QStringLiteral("--check-user")} +
                                            tenant,
                                        login.response.accessToken.toString(), environment);
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.startsWith(QLatin1String("Verdict: the token has no org_id.")), qPrintable(human.out));
        QVERIFY2(human.out.contains(QStringLiteral("1. [certain] no-default-org:")), qPrintable(human.out));
        QVERIFY2(human.out.contains(QStringLiteral("orglens-cli users set-default-org 'auth0|bob' org_acme --issuer ")),
                 qPrintable(human.out));
    }

    void cliExplainCheckUserReadsTheClientGrantOfAnM2mToken()
    {
        const TokenResult result = waitForResult(m_oauth->clientCredentials(
            {issuer(),
             {QStringLiteral("demo-m2m"), Secret("demo-m2m-secret"), ClientAuth::Method::Post},
             Orders,
             {},
             {}}));
        QVERIFY2(result.ok(), qPrintable(result.error.text()));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ORGLENS_MGMT_CLIENT_SECRET"), QStringLiteral("demo-m2m-secret"));
        const auto run = test::runCli({QStringLiteral("explain"), QStringLiteral("-"), QStringLiteral("--check-user"),
                                       QStringLiteral("--issuer"), issuer().toString(),
                                       QStringLiteral("--mgmt-client-id"), QStringLiteral("demo-m2m")},
                                      result.response.accessToken.toString(), environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains(QLatin1String("could not read")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("m2m-without-organization")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("has organization_usage allow")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestExplainStories)
#include "TestExplainStories.moc"
