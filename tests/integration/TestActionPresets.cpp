// The demo tenant's Action presets over HTTP: `article` deploys the support article's two Actions (the org claim on
// device logins only; an exchange whose placeholder accepts any subject token), `decoded` trusts whatever claims a
// forger writes, `fixed` keeps the claim on refresh and refuses forged tokens with a fecte log, and `none` has no
// pipeline at all. Every preset comes back after reset().
#include "ActionPresets.h"
#include "ActionRunner.h"
#include "ManagementTestTenant.h"
#include "TestKeys.h"
#include "UnsignedTokens.h"

#include <QJsonArray>
#include <QTest>

using namespace orglens;
using orglens::test::DemoTenantFixture;
using orglens::test::HttpReply;
using Tenant = orglens::test::ManagementTestTenant;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString ArticleClaim = s("https://your-domain.com/org_id");
const QString DemoClaim = s("https://orglens.example/org_id");

std::unique_ptr<Tenant> tenantWith(demo::ActionPreset preset)
{
    demo::DemoTenantOptions options = DemoTenantFixture::testOptions();
    options.actionPreset = preset;
    return std::make_unique<Tenant>(options);
}

QString accessToken(const test::HttpResult &answer)
{
    return answer.json().value(s("access_token")).toString();
}

} // namespace

class TestActionPresets : public QObject {
    Q_OBJECT

    test::HttpResult exchange(Tenant &tenant, const QString &subjectToken)
    {
        return tenant.fixture.token({{s("grant_type"), s("urn:ietf:params:oauth:grant-type:token-exchange")},
                                     {s("client_id"), s("demo-exchange")},
                                     {s("client_secret"), s("demo-exchange-secret")},
                                     {s("subject_token"), subjectToken},
                                     {s("subject_token_type"), QLatin1String(demo::DeviceTokenSubjectType)}});
    }

    test::HttpResult refresh(Tenant &tenant, const test::HttpResult &login)
    {
        return tenant.fixture.token({{s("grant_type"), s("refresh_token")},
                                     {s("client_id"), s("demo-native")},
                                     {s("refresh_token"), login.json().value(s("refresh_token")).toString()}});
    }

    // A token for `subject` in `orgId` under the article's namespace, with the claims of a real device token of
    // alice otherwise, signed by a key the tenant never saw (kid copied from the tenant's, so only the signature
    // gives it away).
    QString forgedToken(Tenant &tenant, const QString &subject, const QString &claim, const QString &orgId)
    {
        const test::HttpResult login = tenant.fixture.deviceLogin(s("alice@example.com"));
        QJsonObject claims = DemoTenantFixture::payload(accessToken(login));
        claims.insert(s("sub"), subject);
        claims.insert(claim, orgId);
        return test::TestKey::generate(s("RS256"), tenant.tenant.signingKey().kid()).sign(claims);
    }

    QStringList logTypes(Tenant &tenant, const QByteArray &bearer, const QString &query = {})
    {
        QStringList types;
        for (const QJsonValue &entry : tenant.get(s("logs?per_page=100") + query, bearer).json().array())
            types.append(entry.toObject().value(s("type")).toString());
        return types;
    }

private slots:
    void initTestCase()
    {
        if (!demo::ActionRunner::unavailableReason().isEmpty())
            QSKIP("node is not installed: the presets' Actions cannot run");
    }

    void presetNames()
    {
        QCOMPARE(demo::actionPresetNames(),
                 (QStringList{s("builtin"), s("article"), s("decoded"), s("fixed"), s("none")}));
        for (const QString &name : demo::actionPresetNames())
            QCOMPARE(demo::actionPresetName(*demo::actionPresetFromName(name)), name);
        QVERIFY(!demo::actionPresetFromName(s("Article")));
    }

    void articleIsTheSupportArticleAsPublished()
    {
        const auto tenant = tenantWith(demo::ActionPreset::Article);
        const QByteArray bearer = tenant->token();

        // What the Management API shows: two deployed Actions, one bound, the profile, the exchange app enabled.
        HttpReply reply = tenant->get(s("actions/actions?deployed=true"), bearer);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.json().object().value(s("actions")).toArray().size(), 2);
        reply = tenant->get(s("actions/triggers/post-login/bindings"), bearer);
        const QJsonArray bindings = reply.json().object().value(s("bindings")).toArray();
        QCOMPARE(bindings.size(), 1);
        QCOMPARE(bindings.at(0).toObject().value(s("display_name")).toString(),
                 s("Add org_id claim (support article)"));
        reply = tenant->get(s("token-exchange-profiles"), bearer);
        const QJsonArray profiles = reply.json().object().value(s("token_exchange_profiles")).toArray();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.at(0).toObject().value(s("subject_token_type")).toString(),
                 QLatin1String(demo::DeviceTokenSubjectType));
        reply = tenant->get(s("clients/demo-exchange"), bearer);
        QCOMPARE(reply.json().object().value(s("token_exchange")).toObject().value(s("allow_any_profile_of_type")),
                 QJsonValue(QJsonArray{s("custom_authentication")}));
        VERIFY_STATUS(tenant->get(s("users/auth0%7Cuser123"), bearer), 200);

        // The claim comes from device logins only: a refresh loses it.
        const test::HttpResult login = tenant->fixture.deviceLogin(s("alice@example.com"));
        QCOMPARE(login.status, 200);
        const QJsonObject payload = DemoTenantFixture::payload(accessToken(login));
        QCOMPARE(payload.value(ArticleClaim).toString(), s("org_acme"));
        QVERIFY(!payload.contains(DemoClaim));
        const test::HttpResult refreshed = refresh(*tenant, login);
        QCOMPARE(refreshed.status, 200);
        QVERIFY(!DemoTenantFixture::payload(accessToken(refreshed)).contains(ArticleClaim));

        // The placeholder validateToken accepts anything, signed by anyone or not at all, and always answers with
        // the article's hard-coded user and organization.
        for (const QString &forged : {forgedToken(*tenant, s("auth0|carol"), ArticleClaim, s("org_initech")),
                                      test::unsignedToken({{s("sub"), s("anyone")}}), s("not a token")}) {
            const test::HttpResult answer = exchange(*tenant, forged);
            QCOMPARE(answer.status, 200);
            const QJsonObject exchanged = DemoTenantFixture::payload(accessToken(answer));
            QCOMPARE(exchanged.value(s("sub")).toString(), s("auth0|user123"));
            QCOMPARE(exchanged.value(s("org_id")).toString(), s("org_xyz"));
        }
        QCOMPARE(logTypes(*tenant, bearer, s("&q=type:secte")).size(), 3);
    }

    void decodedAcceptsForgedTokensForAnyUser()
    {
        const auto tenant = tenantWith(demo::ActionPreset::Decoded);
        // Signed by a throwaway key: the forger chose carol and her organization.
        test::HttpResult answer =
            exchange(*tenant, forgedToken(*tenant, s("auth0|carol"), ArticleClaim, s("org_initech")));
        QCOMPARE(answer.status, 200);
        QJsonObject exchanged = DemoTenantFixture::payload(accessToken(answer));
        QCOMPARE(exchanged.value(s("sub")).toString(), s("auth0|carol"));
        QCOMPARE(exchanged.value(s("org_id")).toString(), s("org_initech"));

        // Not signed at all.
        const QString unsignedForgery = test::unsignedToken({{s("sub"), s("auth0|bob")}, {ArticleClaim, s("org_acme")}},
                                                            {{s("alg"), s("none")}, {s("typ"), s("JWT")}});
        answer = exchange(*tenant, unsignedForgery);
        QCOMPARE(answer.status, 200);
        exchanged = DemoTenantFixture::payload(accessToken(answer));
        QCOMPARE(exchanged.value(s("sub")).toString(), s("auth0|bob"));
        QCOMPARE(exchanged.value(s("org_id")).toString(), s("org_acme"));

        // Still refuses what it cannot decode.
        answer = exchange(*tenant, s("garbage"));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json().value(s("error_description")).toString(), s("Invalid subject_token"));
    }

    void fixedKeepsTheClaimAndRefusesForgedTokens()
    {
        if (demo::ActionRunner::defaultModulesDirectory().isEmpty())
            QSKIP("jose is not installed: configure with -DORGLENS_NODE_MODULES=<dir with node_modules/jose>");
        const auto tenant = tenantWith(demo::ActionPreset::Fixed);
        const QByteArray bearer = tenant->token();

        const test::HttpResult login = tenant->fixture.deviceLogin(s("alice@example.com"));
        QCOMPARE(login.status, 200);
        QCOMPARE(DemoTenantFixture::payload(accessToken(login)).value(DemoClaim).toString(), s("org_acme"));
        const test::HttpResult refreshed = refresh(*tenant, login);
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(DemoTenantFixture::payload(accessToken(refreshed)).value(DemoClaim).toString(), s("org_acme"));

        // The real token is exchanged for one with org_id.
        test::HttpResult answer = exchange(*tenant, accessToken(login));
        QCOMPARE(answer.status, 200);
        QJsonObject exchanged = DemoTenantFixture::payload(accessToken(answer));
        QCOMPARE(exchanged.value(s("sub")).toString(), s("auth0|alice"));
        QCOMPARE(exchanged.value(s("org_id")).toString(), s("org_acme"));

        // A forgery is refused, with the reason in the tenant's logs.
        answer = exchange(*tenant, forgedToken(*tenant, s("auth0|carol"), DemoClaim, s("org_initech")));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json().value(s("error")).toString(), s("invalid_request"));
        const HttpReply reply = tenant->get(s("logs?q=type:fecte"), bearer);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.json().array().size(), 1);
        const QString reason = reply.json().array().at(0).toObject().value(s("description")).toString();
        QVERIFY2(reason.contains(s("ERR_JWS_SIGNATURE_VERIFICATION_FAILED")), qPrintable(reason));
        QCOMPARE(
            exchange(*tenant, test::unsignedToken({{s("sub"), s("auth0|bob")}, {DemoClaim, s("org_acme")}})).status,
            400);
    }

    void noneHasNoPipeline()
    {
        const auto tenant = tenantWith(demo::ActionPreset::None);
        const QByteArray bearer = tenant->token();
        const test::HttpResult login = tenant->fixture.deviceLogin(s("alice@example.com"));
        QCOMPARE(login.status, 200);
        const QJsonObject payload = DemoTenantFixture::payload(accessToken(login));
        QVERIFY(!payload.contains(DemoClaim) && !payload.contains(ArticleClaim));
        const test::HttpResult answer = exchange(*tenant, accessToken(login));
        QCOMPARE(answer.status, 400);
        QVERIFY(
            answer.json().value(s("error_description")).toString().startsWith(s("No Custom Token Exchange profile")));
        QCOMPARE(tenant->get(s("actions/actions"), bearer).json().object().value(s("total")).toInt(), 0);
        // The exchange application is not allowed to use custom_authentication profiles either.
        QVERIFY(tenant->get(s("clients/demo-exchange"), bearer)
                    .json()
                    .object()
                    .value(s("token_exchange"))
                    .toObject()
                    .value(s("allow_any_profile_of_type"))
                    .toArray()
                    .isEmpty());
        QVERIFY(!tenant->tenant.store().findUser(s("auth0|user123")));
    }

    void undeployedProfileActionFailsTheExchange()
    {
        // Someone rolls the article's exchange profile over to an Action that was never deployed.
        const auto tenant = tenantWith(demo::ActionPreset::Article);
        const QByteArray bearer = tenant->token();
        const QString draft = tenant
                                  ->post(s("actions/actions"), bearer,
                                         test::compactJson(test::actionBody(s("Draft"), s("custom-token-exchange"),
                                                                            s("exports.onExecuteCustomTokenExchange "
                                                                              "= async () => {};"))))
                                  .json()
                                  .object()
                                  .value(s("id"))
                                  .toString();
        const QString profile = tenant->get(s("token-exchange-profiles"), bearer)
                                    .json()
                                    .object()
                                    .value(s("token_exchange_profiles"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(s("id"))
                                    .toString();
        // The API refuses an undeployed Action only if Auth0 does; the store is changed directly here.
        demo::TokenExchangeProfile *stored = nullptr;
        for (const demo::TokenExchangeProfile &candidate : tenant->tenant.store().exchangeProfiles().profiles()) {
            if (candidate.id == profile)
                stored = const_cast<demo::TokenExchangeProfile *>(&candidate);
        }
        QVERIFY(stored);
        stored->actionId = draft;
        const test::HttpResult answer = exchange(*tenant, s("anything"));
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.json().value(s("error_description")).toString().contains(s("not deployed")),
                 answer.body.constData());
    }

    void resetBringsThePresetBack()
    {
        const auto tenant = tenantWith(demo::ActionPreset::Article);
        const QByteArray bearer = tenant->token();
        VERIFY_STATUS(tenant->patch(s("actions/triggers/post-login/bindings"), bearer, "{\"bindings\":[]}"), 200);
        QCOMPARE(tenant->get(s("actions/triggers/post-login/bindings"), bearer)
                     .json()
                     .object()
                     .value(s("bindings"))
                     .toArray()
                     .size(),
                 0);
        tenant->tenant.reset();
        const QByteArray fresh = tenant->token();
        QCOMPARE(tenant->get(s("actions/triggers/post-login/bindings"), fresh)
                     .json()
                     .object()
                     .value(s("bindings"))
                     .toArray()
                     .size(),
                 1);
    }

    void organizationEnabledConnections()
    {
        const auto tenant = tenantWith(demo::ActionPreset::Article);
        const QByteArray bearer = tenant->token();
        HttpReply reply = tenant->get(s("organizations/org_xyz/enabled_connections"), bearer);
        VERIFY_STATUS(reply, 200);
        const QJsonObject connection = reply.json().array().at(0).toObject();
        QCOMPARE(connection.value(s("connection")).toObject().value(s("name")).toString(),
                 QLatin1String(demo::DatabaseConnection));
        QVERIFY(connection.value(s("connection_id")).toString().startsWith(s("con_")));
        VERIFY_STATUS(tenant->get(s("organizations/org_nope/enabled_connections"), bearer), 404);
        reply = tenant->get(s("organizations/org_acme/enabled_connections"),
                            tenant->token(s("demo-readonly"), s("demo-readonly-secret")));
        VERIFY_STATUS(reply, 403);
        QCOMPARE(reply.json().object().value(s("message")).toString(),
                 s("Insufficient scope, expected any of: read:organization_connections"));
    }
};

QTEST_GUILESS_MAIN(TestActionPresets)
#include "TestActionPresets.moc"
