#include "MintToken.h"
#include "explain/Preflight.h"

#include <QTest>

using namespace orglens;
using namespace orglens::explain;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

profiles::Profile demoProfile()
{
    profiles::Profile profile;
    profile.issuer = QUrl(s("http://127.0.0.1:4000/"));
    profile.clientId = s("demo-native");
    profile.claimNamespace = s("https://orglens.example/");
    return profile;
}

QJsonObject org(const char *id, const char *name)
{
    return {{s("id"), s(id)}, {s("name"), s(name)}};
}

// Tenant evidence shaped like the demo tenant's seed users (Management API responses).
TenantEvidence userEvidence(const char *userId, const QJsonObject &appMetadata, const QJsonArray &organizations)
{
    TenantEvidence evidence;
    evidence.user = QJsonObject{{s("user_id"), s(userId)}, {s("app_metadata"), appMetadata}};
    evidence.userOrganizations = organizations;
    return evidence;
}

TenantEvidence alice()
{
    return userEvidence("auth0|alice", {{s("default_org_id"), s("org_acme")}},
                        {org("org_acme", "acme"), org("org_globex", "globex")});
}
TenantEvidence bob()
{
    return userEvidence("auth0|bob", {{s("plan"), s("free")}}, {org("org_acme", "acme")});
}
TenantEvidence carol()
{
    return userEvidence("auth0|carol", {{s("default_org_id"), s("org_globex")}}, {org("org_initech", "initech")});
}

TenantEvidence withClient(TenantEvidence evidence, const char *usage, const char *behavior = "no_prompt")
{
    evidence.client = QJsonObject{{s("client_id"), s("demo-native")},
                                  {s("organization_usage"), s(usage)},
                                  {s("organization_require_behavior"), s(behavior)}};
    return evidence;
}

// The client grant as GET /api/v2/client-grants returns it; usage null = never set (Auth0 omits it).
TenantEvidence withGrant(const char *usage, bool anyOrganization = false, const char *defaultOrg = nullptr)
{
    TenantEvidence evidence;
    QJsonObject grant{
        {s("id"), s("cgr_1")}, {s("client_id"), s("demo-m2m")}, {s("audience"), s("https://api.orglens.example/")}};
    if (usage) {
        grant.insert(s("organization_usage"), s(usage));
        grant.insert(s("allow_any_organization"), anyOrganization);
    }
    evidence.clientGrant = grant;
    evidence.client = QJsonObject{{s("client_id"), s("demo-m2m")}};
    if (defaultOrg)
        evidence.client->insert(
            s("default_organization"),
            QJsonObject{{s("organization_id"), s(defaultOrg)}, {s("flows"), QJsonArray{s("client_credentials")}}});
    return evidence;
}

PreflightInput input(oauth::Flow flow, const QString &organization = {}, const TenantEvidence &tenant = {})
{
    PreflightInput in;
    in.profile = demoProfile();
    in.flow = flow;
    in.organization = organization;
    in.tenant = tenant;
    if (tenant.user)
        in.userId = tenant.user->value(QLatin1String("user_id")).toString();
    return in;
}

QStringList reasonIds(const Prediction &prediction)
{
    QStringList ids;
    for (const BlockingReason &reason : prediction.reasons)
        ids << reason.id;
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(orglens::explain::PreflightInput)
Q_DECLARE_METATYPE(orglens::explain::ClaimOutlook)

class TestPreflight : public QObject {
    Q_OBJECT

private slots:
    void parsesFlows()
    {
        QCOMPARE(parsePreflightFlow(s("device")).value(), oauth::Flow::Device);
        QCOMPARE(parsePreflightFlow(s("client-credentials")).value(), oauth::Flow::ClientCredentials);
        QCOMPARE(parsePreflightFlow(s("client_credentials")).value(), oauth::Flow::ClientCredentials);
        QCOMPARE(parsePreflightFlow(s("token_exchange")).value(), oauth::Flow::Exchange);
        const auto bad = parsePreflightFlow(s("implicit"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(s("\"implicit\"")));
        QVERIFY(bad.error().message.contains(s("pkce")));
        for (auto flow : {oauth::Flow::Device, oauth::Flow::Pkce, oauth::Flow::ClientCredentials, oauth::Flow::Refresh,
                          oauth::Flow::Exchange, oauth::Flow::Password})
            QCOMPARE(parsePreflightFlow(oauth::flowOptionName(flow)).value(), flow);
    }

    void predicts_data()
    {
        QTest::addColumn<PreflightInput>("in");
        QTest::addColumn<ClaimOutlook>("orgId");
        QTest::addColumn<QString>("expectedOrgId");
        QTest::addColumn<ClaimOutlook>("claim");
        QTest::addColumn<QStringList>("reasons"); // ids, in order
        QTest::addColumn<bool>("refused");
        using O = ClaimOutlook;
        using L = QStringList;

        QTest::newRow("device, bob") << input(oauth::Flow::Device, {}, bob()) << O::No << QString() << O::No
                                     << L{s("device-flow"), s("no-default-org")} << false;
        QTest::newRow("device, alice") << input(oauth::Flow::Device, {}, alice()) << O::No << QString() << O::Yes
                                       << L{s("device-flow")} << false;
        QTest::newRow("device, carol (default not a member)")
            << input(oauth::Flow::Device, {}, carol()) << O::No << QString() << O::Yes
            << L{s("device-flow"), s("default-org-not-member")} << false;
        QTest::newRow("device, no user") << input(oauth::Flow::Device) << O::No << QString() << O::Unknown
                                         << L{s("device-flow")} << false;
        QTest::newRow("password") << input(oauth::Flow::Password, {}, alice()) << O::No << QString() << O::Yes
                                  << L{s("password-grant")} << false;
        QTest::newRow("pkce org_acme, alice")
            << input(oauth::Flow::Pkce, s("org_acme"), alice()) << O::Yes << s("org_acme") << O::Yes << L{} << false;
        QTest::newRow("pkce org_acme, no user")
            << input(oauth::Flow::Pkce, s("org_acme")) << O::Yes << s("org_acme") << O::Unknown << L{} << false;
        PreflightInput byName = input(oauth::Flow::Pkce, s("globex"), alice());
        byName.profile.useOrganizationNames = true;
        QTest::newRow("pkce by name, names allowed") << byName << O::Yes << s("org_globex") << O::Yes << L{} << false;
        QTest::newRow("pkce by name, names not allowed")
            << input(oauth::Flow::Pkce, s("globex"), alice()) << O::Yes << s("org_globex") << O::Yes
            << L{s("organization-name-not-allowed")} << false;
        QTest::newRow("pkce org_globex, bob not a member")
            << input(oauth::Flow::Pkce, s("org_globex"), bob()) << O::No << QString() << O::No
            << L{s("user-not-member"), s("no-default-org")} << true;
        QTest::newRow("pkce org, client deny")
            << input(oauth::Flow::Pkce, s("org_acme"), withClient(alice(), "deny")) << O::No << QString() << O::Yes
            << L{s("client-denies-organizations")} << true;
        QTest::newRow("pkce no org, client allow")
            << input(oauth::Flow::Pkce, {}, withClient(alice(), "allow")) << O::No << QString() << O::Yes
            << L{s("no-organization-parameter")} << false;
        QTest::newRow("pkce no org, client unknown") << input(oauth::Flow::Pkce) << O::No << QString() << O::Unknown
                                                     << L{s("no-organization-parameter")} << false;
        QTest::newRow("pkce no org, client require no_prompt")
            << input(oauth::Flow::Pkce, {}, withClient(alice(), "require")) << O::No << QString() << O::Yes
            << L{s("organization-required")} << true;
        QTest::newRow("pkce no org, client require with prompt")
            << input(oauth::Flow::Pkce, {}, withClient(alice(), "require", "post_login_prompt")) << O::Unknown
            << QString() << O::Yes << L{} << false;
        QTest::newRow("client credentials, no org") << input(oauth::Flow::ClientCredentials) << O::No << QString()
                                                    << O::No << L{s("m2m-without-organization")} << false;
        QTest::newRow("client credentials, org")
            << input(oauth::Flow::ClientCredentials, s("org_acme")) << O::Yes << s("org_acme") << O::No << L{} << false;
        const auto m2m = [](const QString &organization, const TenantEvidence &tenant) {
            PreflightInput in = input(oauth::Flow::ClientCredentials, organization, tenant);
            in.audience = s("https://api.orglens.example/");
            return in;
        };
        QTest::newRow("client credentials, no org, grant deny")
            << m2m({}, withGrant("deny")) << O::No << QString() << O::No
            << L{s("client-grant-denies-organizations"), s("m2m-without-organization")} << false;
        QTest::newRow("client credentials, no org, grant never set")
            << m2m({}, withGrant(nullptr)) << O::No << QString() << O::No
            << L{s("client-grant-denies-organizations"), s("m2m-without-organization")} << false;
        QTest::newRow("client credentials, org, grant deny")
            << m2m(s("org_acme"), withGrant("deny")) << O::No << QString() << O::No
            << L{s("client-grant-denies-organizations")} << true;
        QTest::newRow("client credentials, no org, grant allow")
            << m2m({}, withGrant("allow", true)) << O::No << QString() << O::No << L{s("m2m-without-organization")}
            << false;
        QTest::newRow("client credentials, org, grant allow")
            << m2m(s("org_acme"), withGrant("allow", true)) << O::Yes << s("org_acme") << O::No << L{} << false;
        QTest::newRow("client credentials, no org, grant require, no default")
            << m2m({}, withGrant("require")) << O::No << QString() << O::No << L{s("organization-required")} << true;
        QTest::newRow("client credentials, no org, grant require, default org_globex")
            << m2m({}, withGrant("require", false, "org_globex")) << O::Yes << s("org_globex") << O::No << L{} << false;
        PreflightInput refreshNoOrg = input(oauth::Flow::Refresh, {}, alice());
        refreshNoOrg.refreshedOrgId = QString();
        QTest::newRow("refresh of a non-org login")
            << refreshNoOrg << O::No << QString() << O::Yes << L{s("refreshed-without-organization")} << false;
        PreflightInput refreshOrg = input(oauth::Flow::Refresh, {}, alice());
        refreshOrg.refreshedOrgId = s("org_acme");
        QTest::newRow("refresh of an org login") << refreshOrg << O::Yes << s("org_acme") << O::Yes << L{} << false;
        QTest::newRow("refresh, origin unknown")
            << input(oauth::Flow::Refresh) << O::Unknown << QString() << O::Unknown << L{} << false;
        QTest::newRow("exchange, alice") << input(oauth::Flow::Exchange, {}, alice()) << O::Yes << s("org_acme")
                                         << O::Yes << L{} << false;
        QTest::newRow("exchange, bob") << input(oauth::Flow::Exchange, {}, bob()) << O::No << QString() << O::No
                                       << L{s("no-default-org"), s("exchange-without-organization")} << false;
        QTest::newRow("exchange with organization") << input(oauth::Flow::Exchange, s("org_acme"), bob()) << O::Yes
                                                    << s("org_acme") << O::No << L{s("no-default-org")} << false;
    }
    void predicts()
    {
        QFETCH(PreflightInput, in);
        QFETCH(ClaimOutlook, orgId);
        QFETCH(QString, expectedOrgId);
        QFETCH(ClaimOutlook, claim);
        QFETCH(QStringList, reasons);
        QFETCH(bool, refused);
        const Prediction prediction = predict(in);
        QCOMPARE(claimOutlookName(prediction.orgId), claimOutlookName(orgId));
        QCOMPARE(prediction.expectedOrgId, expectedOrgId);
        QCOMPARE(claimOutlookName(prediction.namespacedClaim), claimOutlookName(claim));
        QCOMPARE(reasonIds(prediction), reasons);
        QCOMPARE(prediction.loginRefused(), refused);
        QCOMPARE(prediction.claimName, s("https://orglens.example/org_id"));
        for (const BlockingReason &reason : prediction.reasons) {
            QVERIFY(!reason.text.isEmpty());
            QVERIFY(!reason.fix.isEmpty());
        }
        const QJsonObject json = prediction.toJson();
        QCOMPARE(json.value(s("org_id")).toString(), claimOutlookName(orgId));
        QCOMPARE(json.value(s("reasons")).toArray().size(), reasons.size());
    }

    void reasonsAreOrderedByConfidence()
    {
        const Prediction prediction = predict(input(oauth::Flow::Pkce, s("globex"), bob()));
        QCOMPARE(reasonIds(prediction),
                 (QStringList{s("user-not-member"), s("no-default-org"), s("organization-name-not-allowed")}));
        QCOMPARE(prediction.reasons.constLast().confidence, Confidence::Likely);
    }

    void withoutNamespaceTheClaimIsNotPredicted()
    {
        PreflightInput in = input(oauth::Flow::Device, {}, bob());
        in.profile.claimNamespace.clear();
        const Prediction prediction = predict(in);
        QVERIFY(prediction.claimName.isEmpty());
        QCOMPARE(prediction.namespacedClaim, ClaimOutlook::Unknown);
        QCOMPARE(reasonIds(prediction), QStringList{s("device-flow")});
    }

    void clientCredentialsNamesTheGrantItAssumes()
    {
        PreflightInput in = input(oauth::Flow::ClientCredentials, s("org_acme"));
        in.audience = s("https://api.orglens.example/");
        const QString assumptions = predict(in).assumptions.join(QLatin1Char('\n'));
        QVERIFY2(assumptions.contains(s("The client grant for https://api.orglens.example/ allows organizations")),
                 qPrintable(assumptions));
        QVERIFY(assumptions.contains(s("associated with org_acme")));
    }

    void clientCredentialsCitesTheGrant()
    {
        PreflightInput in = input(oauth::Flow::ClientCredentials, {}, withGrant("deny"));
        in.audience = s("https://api.orglens.example/");
        Prediction prediction = predict(in);
        QVERIFY2(prediction.reasons.first().text.startsWith(
                     s("client grant organization_usage = deny (for https://api.orglens.example/)")),
                 qPrintable(prediction.reasons.first().text));
        QVERIFY(prediction.reasons.first().fix.contains(s("allow or require")));
        // The grant was read: nothing is assumed about it any more.
        QVERIFY(!prediction.assumptions.join(u'\n').contains(s("client grants were not read")));

        in = input(oauth::Flow::ClientCredentials, s("org_acme"), withGrant("allow"));
        prediction = predict(in);
        QVERIFY2(prediction.assumptions.join(u'\n').contains(s("org_acme is associated with the client grant")),
                 qPrintable(prediction.assumptions.join(u'\n')));
        in.tenant = withGrant("allow", true);
        QVERIFY(predict(in).assumptions.isEmpty());
    }

    void namespaceWithoutSlashNamesTheSameClaim()
    {
        PreflightInput in = input(oauth::Flow::Device, {}, alice());
        in.profile.claimNamespace = s("https://orglens.example");
        QCOMPARE(predict(in).claimName, s("https://orglens.example/org_id"));
    }

    void comparesWithTheRealToken_data()
    {
        QTest::addColumn<PreflightInput>("in");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QStringList>("mismatches");
        const QString claim = s("https://orglens.example/org_id");
        QTest::newRow("device as predicted")
            << input(oauth::Flow::Device, {}, alice())
            << QJsonObject{{s("sub"), s("auth0|alice")}, {claim, s("org_acme")}} << QStringList{};
        QTest::newRow("device, claim missing")
            << input(oauth::Flow::Device, {}, alice()) << QJsonObject{{s("sub"), s("auth0|alice")}}
            << QStringList{s("pre-flight predicted https://orglens.example/org_id yes, got no")};
        QTest::newRow("pkce, org_id missing")
            << input(oauth::Flow::Pkce, s("org_acme")) << QJsonObject{{s("sub"), s("auth0|alice")}}
            << QStringList{s("pre-flight predicted org_id yes, got no")};
        QTest::newRow("pkce, other org") << input(oauth::Flow::Pkce, s("org_acme"))
                                         << QJsonObject{{s("org_id"), s("org_globex")}}
                                         << QStringList{s("pre-flight predicted org_id org_acme, got org_globex")};
        QTest::newRow("pkce without organization, org_id present")
            << input(oauth::Flow::Pkce) << QJsonObject{{s("org_id"), s("org_acme")}}
            << QStringList{s("pre-flight predicted org_id no, got yes (org_acme)")};
        QTest::newRow("refused login issued tokens")
            << input(oauth::Flow::Pkce, s("org_globex"), bob()) << QJsonObject{{s("org_id"), s("org_globex")}}
            << QStringList{s("pre-flight predicted login refused, got tokens issued"),
                           s("pre-flight predicted org_id no, got yes (org_globex)")};
        QTest::newRow("unknown is not compared")
            << input(oauth::Flow::Refresh) << QJsonObject{{s("org_id"), s("org_acme")}} << QStringList{};
    }
    void comparesWithTheRealToken()
    {
        QFETCH(PreflightInput, in);
        QFETCH(QJsonObject, payload);
        QFETCH(QStringList, mismatches);
        const QString token = test::mintToken(test::rs256Header(), payload);
        QStringList texts;
        for (const PredictionMismatch &mismatch : comparePrediction(predict(in), token.toUtf8()))
            texts << mismatch.text();
        QCOMPARE(texts, mismatches);
    }

    void anOpaqueTokenIsAMismatch()
    {
        const auto mismatches = comparePrediction(predict(input(oauth::Flow::Pkce, s("org_acme"))), "opaque-value");
        QCOMPARE(mismatches.size(), 1);
        QCOMPARE(mismatches.at(0).claim, s("token"));
        QCOMPARE(mismatches.at(0).actual, s("opaque"));
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "TestPreflight.moc"
