// Logins on the demo tenant run the deployed Post-Login Actions for real, on Node, in binding order: claims they
// set reach the tokens (restricted ones are dropped, as Auth0 does), access.deny() and a throwing Action fail the
// login, a refresh runs them again with its own protocol, client credentials do not run them, and every run is
// recorded as an execution.
#include "ActionRunner.h"
#include "ManagementTestTenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace orglens;
using orglens::test::DemoTenantFixture;
using orglens::test::HttpReply;
using Tenant = orglens::test::ManagementTestTenant;
using orglens::test::actionBody;
using orglens::test::compactJson;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The support article's Post-Login Action: it adds the claim on device logins only.
const char *ArticlePostLogin = R"js(
exports.onExecutePostLogin = async (event, api) => {
  if (event.transaction.protocol === 'oauth2-device-code') {
    const namespace = 'https://your-domain.com';
    api.accessToken.setCustomClaim(`${namespace}/org_id`, event.user.app_metadata.default_org_id);
  }
};)js";

} // namespace

class TestDemoActions : public QObject {
    Q_OBJECT

    std::unique_ptr<Tenant> m_tenant;
    QByteArray m_token;

    // Creates, deploys and binds (after the Actions bound already) a post-login Action; returns its id.
    QString deployAndBind(const QString &name, const QString &code)
    {
        const QJsonObject body = actionBody(name, s("post-login"), code);
        const HttpReply created = m_tenant->post(s("actions/actions"), m_token, compactJson(body));
        const QString id = created.json().object().value(s("id")).toString();
        m_tenant->post(s("actions/actions/%1/deploy").arg(id), m_token);
        QJsonArray bindings;
        for (const QJsonValue &bound : m_tenant->get(s("actions/triggers/post-login/bindings"), m_token)
                                           .json()
                                           .object()
                                           .value(s("bindings"))
                                           .toArray())
            bindings.append(QJsonObject{
                {s("ref"), QJsonObject{{s("type"), s("binding_id")}, {s("value"), bound.toObject().value(s("id"))}}}});
        bindings.append(QJsonObject{{s("ref"), QJsonObject{{s("type"), s("action_id")}, {s("value"), id}}}});
        const HttpReply bound = m_tenant->patch(s("actions/triggers/post-login/bindings"), m_token,
                                                compactJson({{s("bindings"), bindings}}));
        if (bound.status != 200)
            qFatal("binding failed: %d %s", bound.status, bound.body.constData());
        return id;
    }

    QString deployExchangeAction(const QString &name, const QString &code)
    {
        const QJsonObject body = actionBody(name, s("custom-token-exchange"), code);
        const QString id =
            m_tenant->post(s("actions/actions"), m_token, compactJson(body)).json().object().value(s("id")).toString();
        m_tenant->post(s("actions/actions/%1/deploy").arg(id), m_token);
        return id;
    }

    HttpReply createProfile(const QString &type, const QString &actionId)
    {
        return m_tenant->post(s("token-exchange-profiles"), m_token,
                              compactJson({{s("name"), s("Profile for ") + type},
                                           {s("subject_token_type"), type},
                                           {s("action_id"), actionId},
                                           {s("type"), s("custom_authentication")}}));
    }

    test::HttpResult exchange(const QString &subjectToken, const QString &type, const QString &organization = {})
    {
        QUrlQuery form{{s("grant_type"), s("urn:ietf:params:oauth:grant-type:token-exchange")},
                       {s("client_id"), s("demo-exchange")},
                       {s("client_secret"), s("demo-exchange-secret")},
                       {s("subject_token"), subjectToken},
                       {s("subject_token_type"), type}};
        if (!organization.isEmpty())
            form.addQueryItem(s("organization"), organization);
        return m_tenant->fixture.token(form);
    }

    test::HttpResult deviceLogin(const char *email = "alice@example.com")
    {
        return m_tenant->fixture.deviceLogin(s(email));
    }

private slots:
    void initTestCase()
    {
        if (!demo::ActionRunner::unavailableReason().isEmpty())
            QSKIP("node is not installed: the demo tenant simulates Actions without it");
    }
    void init()
    {
        m_tenant = std::make_unique<Tenant>();
        m_token = m_tenant->token();
    }
    void cleanup() { m_tenant.reset(); }

    void articleClaimIsLostOnRefresh()
    {
        deployAndBind(s("Article post-login"), s(ArticlePostLogin));
        const test::HttpResult login = deviceLogin();
        QCOMPARE(login.status, 200);
        const QJsonObject payload = DemoTenantFixture::payload(login.json().value(s("access_token")).toString());
        QCOMPARE(payload.value(s("https://your-domain.com/org_id")).toString(), s("org_acme"));
        // The built-in simulation is off while real Actions are bound: its namespace is absent.
        QVERIFY(!payload.contains(s("https://orglens.example/org_id")));

        const test::HttpResult refreshed =
            m_tenant->fixture.token(QUrlQuery{{s("grant_type"), s("refresh_token")},
                                              {s("client_id"), s("demo-native")},
                                              {s("refresh_token"), login.json().value(s("refresh_token")).toString()}});
        QCOMPARE(refreshed.status, 200);
        const QJsonObject after = DemoTenantFixture::payload(refreshed.json().value(s("access_token")).toString());
        QVERIFY(!after.contains(s("https://your-domain.com/org_id")));
        QCOMPARE(after.value(s("sub")).toString(), s("auth0|alice"));
    }

    void bindingOrderRestrictedClaimsAndTheEvent()
    {
        deployAndBind(s("First"), s(R"js(
exports.onExecutePostLogin = async (event, api) => {
  api.accessToken.setCustomClaim('https://x.example/order', 'first');
  api.accessToken.setCustomClaim('org_id', 'org_forged');
  api.idToken.setCustomClaim('https://x.example/client', event.client.client_id);
};)js"));
        deployAndBind(s("Second"), s(R"js(
exports.onExecutePostLogin = async (event, api) => {
  api.accessToken.setCustomClaim('https://x.example/order', 'second');
  api.accessToken.setCustomClaim('https://x.example/protocol', event.transaction.protocol);
  api.accessToken.setCustomClaim('https://x.example/has_org', event.organization !== undefined);
};)js"));
        const test::HttpResult login = deviceLogin();
        QCOMPARE(login.status, 200);
        const QJsonObject access = DemoTenantFixture::payload(login.json().value(s("access_token")).toString());
        QCOMPARE(access.value(s("https://x.example/order")).toString(), s("second"));
        QCOMPARE(access.value(s("https://x.example/protocol")).toString(), s("oauth2-device-code"));
        QCOMPARE(access.value(s("https://x.example/has_org")).toBool(), false);
        QVERIFY(!access.contains(s("org_id"))); // restricted: ignored, the login still succeeds
        const QJsonObject id = DemoTenantFixture::payload(login.json().value(s("id_token")).toString());
        QCOMPARE(id.value(s("https://x.example/client")).toString(), s("demo-native"));
        QVERIFY(!id.contains(s("https://x.example/order")));
    }

    void denyAndFailuresFailTheLogin()
    {
        const QString deny = deployAndBind(s("Deny bob"), s(R"js(
exports.onExecutePostLogin = async (event, api) => {
  console.log('checking', event.user.email);
  if (event.user.email === 'bob@example.com') api.access.deny('Bob may not log in here');
};)js"));
        test::HttpResult login = deviceLogin("bob@example.com");
        QCOMPARE(login.status, 403);
        QCOMPARE(login.json().value(s("error")).toString(), s("access_denied"));
        QCOMPARE(login.json().value(s("error_description")).toString(), s("Bob may not log in here"));
        QCOMPARE(deviceLogin().status, 200);

        m_tenant->remove(s("actions/actions/%1?force=true").arg(deny), m_token);
        deployAndBind(s("Broken"), s("exports.onExecutePostLogin = async (event) => { event.user.missing.field; };"));
        login = deviceLogin();
        QCOMPARE(login.status, 403);
        QCOMPARE(login.json().value(s("error")).toString(), s("access_denied"));
        QVERIFY2(login.json().value(s("error_description")).toString().contains(s("Broken")), login.body.constData());
    }

    void clientCredentialsDoNotRunActions()
    {
        deployAndBind(s("Throws"), s("exports.onExecutePostLogin = async () => { throw new Error('ran'); };"));
        const test::HttpResult m2m = m_tenant->fixture.clientCredentials(QLatin1String(demo::OrdersApiAudience));
        QCOMPARE(m2m.status, 200);
    }

    void executionsAreRecordedWithLogs()
    {
        deployAndBind(
            s("Logger"),
            s("exports.onExecutePostLogin = async (event) => { console.log('hello', event.user.user_id); };"));
        QList<QJsonObject> executions;
        connect(&m_tenant->tenant, &demo::DemoTenant::activity, this, [&](const QJsonObject &entry) {
            if (entry.value(s("type")).toString() == s("actions_executed"))
                executions.append(entry);
        });
        QCOMPARE(deviceLogin().status, 200);
        QCOMPARE(executions.size(), 1);
        QCOMPARE(executions.at(0).value(s("actions")).toArray(), QJsonArray{s("Logger")});
        const HttpReply execution =
            m_tenant->get(s("actions/executions/") + executions.at(0).value(s("execution_id")).toString(), m_token);
        VERIFY_STATUS(execution, 200);
        const QJsonObject result = execution.json().object().value(s("results")).toArray().at(0).toObject();
        QCOMPARE(execution.json().object().value(s("trigger_id")).toString(), s("post-login"));
        QCOMPARE(result.value(s("action_name")).toString(), s("Logger"));
        QCOMPARE(result.value(s("logs")).toArray(), QJsonArray{s("hello auth0|alice")});
        QVERIFY(!result.contains(s("error")));
    }

    void exchangeProfilesApi()
    {
        const QString exchangeAction =
            deployExchangeAction(s("Exchange"), s("exports.onExecuteCustomTokenExchange = async () => {};"));
        const QString loginAction = deployAndBind(s("Login"), s("exports.onExecutePostLogin = async () => {};"));
        HttpReply reply = createProfile(s("urn:ietf:params:oauth:token-type:jwt"), exchangeAction);
        VERIFY_STATUS(reply, 400);
        QVERIFY(reply.json().object().value(s("message")).toString().contains(s("urn:ietf")));
        VERIFY_STATUS(createProfile(s("urn:acme:legacy-token"), s("no-such-action")), 400);
        reply = createProfile(s("urn:acme:legacy-token"), loginAction);
        VERIFY_STATUS(reply, 400);
        QVERIFY(reply.json().object().value(s("message")).toString().contains(s("custom-token-exchange")));

        reply = createProfile(s("urn:acme:legacy-token"), exchangeAction);
        VERIFY_STATUS(reply, 201);
        const QString id = reply.json().object().value(s("id")).toString();
        VERIFY_STATUS(createProfile(s("urn:acme:legacy-token"), exchangeAction), 409);
        reply = m_tenant->get(s("token-exchange-profiles"), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.json().object().value(s("token_exchange_profiles")).toArray().size(), 1);
        reply = m_tenant->patch(s("token-exchange-profiles/") + id, m_token, R"({"name":"Renamed"})");
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.json().object().value(s("name")).toString(), s("Renamed"));
        VERIFY_STATUS(m_tenant->remove(s("token-exchange-profiles/") + id, m_token), 204);
        VERIFY_STATUS(m_tenant->get(s("token-exchange-profiles/") + id, m_token), 404);

        const QByteArray readonly = m_tenant->token(s("demo-readonly"), s("demo-readonly-secret"));
        reply = m_tenant->get(s("token-exchange-profiles"), readonly);
        VERIFY_STATUS(reply, 403);
        QCOMPARE(reply.json().object().value(s("message")).toString(),
                 s("Insufficient scope, expected any of: read:token_exchange_profiles"));
    }

    void exchangeRunsTheProfilesAction()
    {
        // The support article's placeholder: validateToken accepts anything, so a forged token gets an org_id.
        const QString placeholder = deployExchangeAction(s("Placeholder"), s(R"js(
const validateToken = async (token) => ({ sub: 'auth0|alice', org: 'org_acme' });
exports.onExecuteCustomTokenExchange = async (event, api) => {
  const payload = await validateToken(event.transaction.subject_token);
  api.authentication.setUserById(payload.sub);
  api.authentication.setOrganization(payload.org);
};)js"));
        VERIFY_STATUS(createProfile(s("urn:acme:legacy-token"), placeholder), 201);
        deployAndBind(s("After exchange"), s(R"js(
exports.onExecutePostLogin = async (event, api) => {
  api.accessToken.setCustomClaim('https://x.example/protocol', event.transaction.protocol);
};)js"));
        test::HttpResult answer = exchange(s("anything at all"), s("urn:acme:legacy-token"));
        QCOMPARE(answer.status, 200);
        const QJsonObject payload = DemoTenantFixture::payload(answer.json().value(s("access_token")).toString());
        QCOMPARE(payload.value(s("sub")).toString(), s("auth0|alice"));
        QCOMPARE(payload.value(s("org_id")).toString(), s("org_acme"));
        QCOMPARE(payload.value(s("https://x.example/protocol")).toString(), s("oauth2-token-exchange"));

        // Rejections, a missing user, a non-member organization.
        const auto profileFor = [&](const char *type, const char *code) {
            const QString action = deployExchangeAction(s(type), s(code));
            VERIFY_STATUS(createProfile(s(type), action), 201);
        };
        profileFor("urn:acme:rejects", "exports.onExecuteCustomTokenExchange = async (e, api) => { "
                                       "api.access.rejectInvalidSubjectToken('bad signature'); };");
        answer = exchange(s("forged"), s("urn:acme:rejects"));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json().value(s("error")).toString(), s("invalid_request"));
        QCOMPARE(answer.json().value(s("error_description")).toString(), s("bad signature"));
        profileFor("urn:acme:no-user", "exports.onExecuteCustomTokenExchange = async () => {};");
        answer = exchange(s("x"), s("urn:acme:no-user"));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.json().value(s("error_description")).toString().contains(s("setUserById")));
        profileFor("urn:acme:not-member",
                   "exports.onExecuteCustomTokenExchange = async (e, api) => { "
                   "api.authentication.setUserById('auth0|bob'); api.authentication.setOrganization('org_globex'); };");
        answer = exchange(s("x"), s("urn:acme:not-member"));
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.json().value(s("error")).toString(), s("access_denied"));
    }

    void clientsMayBeBarredFromExchangeProfiles()
    {
        const QString action =
            deployExchangeAction(s("Alice"), s("exports.onExecuteCustomTokenExchange = async (e, api) => { "
                                               "api.authentication.setUserById('auth0|alice'); };"));
        VERIFY_STATUS(createProfile(s("urn:acme:legacy-token"), action), 201);
        HttpReply reply = m_tenant->get(s("clients/demo-exchange"), m_token);
        QCOMPARE(
            reply.json().object().value(s("token_exchange")).toObject().value(s("allow_any_profile_of_type")).toArray(),
            QJsonArray{s("custom_authentication")});

        reply = m_tenant->patch(s("clients/demo-exchange"), m_token,
                                R"({"token_exchange":{"allow_any_profile_of_type":[]}})");
        VERIFY_STATUS(reply, 200);
        test::HttpResult answer = exchange(s("x"), s("urn:acme:legacy-token"));
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.json().value(s("error")).toString(), s("unauthorized_client"));
        QVERIFY(answer.json().value(s("error_description")).toString().contains(s("allow_any_profile_of_type")));

        reply = m_tenant->patch(s("clients/demo-exchange"), m_token,
                                R"({"token_exchange":{"allow_any_profile_of_type":["custom_authentication"]}})");
        VERIFY_STATUS(reply, 200);
        QCOMPARE(exchange(s("x"), s("urn:acme:legacy-token")).status, 200);

        VERIFY_STATUS(m_tenant->patch(s("clients/demo-exchange"), m_token, R"({"organization_usage":"sometimes"})"),
                      400);
        VERIFY_STATUS(m_tenant->patch(s("clients/no-such-client"), m_token, R"({"organization_usage":"allow"})"), 404);
        reply =
            m_tenant->patch(s("clients/demo-exchange"), m_tenant->token(s("demo-readonly"), s("demo-readonly-secret")),
                            R"({"organization_usage":"allow"})");
        VERIFY_STATUS(reply, 403);
        QVERIFY(reply.json().object().value(s("message")).toString().endsWith(s("update:clients")));
    }

    void tenantSettingsAllowOrganizationNames()
    {
        HttpReply reply = m_tenant->get(s("tenants/settings"), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.json().object().value(s("allow_organization_name_in_authentication_api")).toBool(), false);
        const auto byName = [&] {
            return m_tenant->fixture.clientCredentials(QLatin1String(demo::OrdersApiAudience), s("acme"));
        };
        QCOMPARE(byName().status, 400);

        reply = m_tenant->patch(s("tenants/settings"), m_token,
                                R"({"allow_organization_name_in_authentication_api":true})");
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.json().object().value(s("allow_organization_name_in_authentication_api")).toBool(), true);
        const test::HttpResult answer = byName();
        QCOMPARE(answer.status, 200);
        const QJsonObject payload = DemoTenantFixture::payload(answer.json().value(s("access_token")).toString());
        QCOMPARE(payload.value(s("org_id")).toString(), s("org_acme"));
        QCOMPARE(payload.value(s("org_name")).toString(), s("acme"));

        VERIFY_STATUS(m_tenant->patch(s("tenants/settings"), m_token,
                                      R"({"allow_organization_name_in_authentication_api":"yes"})"),
                      400);
        m_tenant->tenant.reset();
        QCOMPARE(m_tenant->get(s("tenants/settings"), m_token)
                     .json()
                     .object()
                     .value(s("allow_organization_name_in_authentication_api"))
                     .toBool(),
                 false);
    }

    void logsRecordEveryFlowWithAuth0Types()
    {
        const QString rejecting =
            deployExchangeAction(s("Rejects"), s("exports.onExecuteCustomTokenExchange = async (e, api) => { "
                                                 "api.access.rejectInvalidSubjectToken('signature invalid'); };"));
        VERIFY_STATUS(createProfile(s("urn:acme:legacy-token"), rejecting), 201);
        const test::HttpResult login = deviceLogin();
        QCOMPARE(login.status, 200);
        QCOMPARE(m_tenant->fixture.clientCredentials(QLatin1String(demo::OrdersApiAudience)).status, 200);
        QCOMPARE(exchange(s("forged"), s("urn:acme:legacy-token")).status, 400);
        QCOMPARE(m_tenant->fixture
                     .token(QUrlQuery{{s("grant_type"), s("refresh_token")},
                                      {s("client_id"), s("demo-native")},
                                      {s("refresh_token"), login.json().value(s("refresh_token")).toString()}})
                     .status,
                 200);

        // Newest first; the Management API token request itself is logged too (seccft).
        HttpReply reply = m_tenant->get(s("logs?per_page=100"), m_token);
        VERIFY_STATUS(reply, 200);
        QStringList types;
        for (const QJsonValue &entry : reply.json().array())
            types.append(entry.toObject().value(s("type")).toString());
        QCOMPARE(types.first(), s("sertft"));
        QVERIFY2(types.contains(s("sede")) && types.contains(s("fecte")) && types.count(s("seccft")) == 2,
                 qPrintable(types.join(u' ')));

        reply = m_tenant->get(s("logs?q=type:fecte&include_totals=true"), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.json().object().value(s("total")).toInt(), 1);
        const QJsonObject failed = reply.json().object().value(s("logs")).toArray().at(0).toObject();
        QCOMPARE(failed.value(s("description")).toString(), s("signature invalid"));
        QCOMPARE(failed.value(s("client_id")).toString(), s("demo-exchange"));
        reply = m_tenant->get(s("logs/") + failed.value(s("log_id")).toString(), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.json().object().value(s("type")).toString(), s("fecte"));
        VERIFY_STATUS(m_tenant->get(s("logs/nope"), m_token), 404);

        reply = m_tenant->get(s("users/auth0%7Calice/logs"), m_token);
        VERIFY_STATUS(reply, 200);
        QStringList aliceTypes;
        for (const QJsonValue &entry : reply.json().array())
            aliceTypes.append(entry.toObject().value(s("type")).toString());
        // The refresh, the device code exchange and the sign-in on the device page, newest first.
        QCOMPARE(aliceTypes, (QStringList{s("sertft"), s("sede"), s("s")}));
        QCOMPARE(reply.json().array().at(1).toObject().value(s("user_name")).toString(), s("alice@example.com"));

        // Checkpoints: oldest first after `from`, with a Link to the next page.
        reply = m_tenant->get(s("logs?take=2"), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.json().array().size(), 2);
        const QString second = reply.json().array().at(1).toObject().value(s("log_id")).toString();
        QVERIFY(reply.header("Link").contains("from=" + second.toLatin1()));
        reply = m_tenant->get(s("logs?take=100&from=") + second, m_token);
        QCOMPARE(reply.json().array().size(), types.size() - 2);
        QVERIFY(reply.json().array().at(0).toObject().value(s("log_id")).toString() > second);

        VERIFY_STATUS(m_tenant->get(s("logs?per_page=101"), m_token), 400);
        VERIFY_STATUS(m_tenant->get(s("logs?per_page=100&page=10"), m_token), 400);
        VERIFY_STATUS(m_tenant->get(s("logs?q=type:(fecte"), m_token), 400);
        reply = m_tenant->get(s("logs"), m_tenant->token(s("demo-readonly"), s("demo-readonly-secret")));
        VERIFY_STATUS(reply, 403);
        QCOMPARE(reply.json().object().value(s("message")).toString(),
                 s("Insufficient scope, expected any of: read:logs"));
    }
};

QTEST_GUILESS_MAIN(TestDemoActions)
#include "TestDemoActions.moc"
