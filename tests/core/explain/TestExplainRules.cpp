// The explain rules one by one: each fires on its evidence and stays silent without it; plus ordering, JSON and the
// behaviour the engine promises for a token alone and the same token with its session.
#include "UnsignedTokens.h"
#include "common/Clock.h"
#include "explain/Explain.h"
#include "oauth/SessionHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace orglens;
using namespace orglens::explain;
using orglens::test::unsignedToken;

Q_DECLARE_METATYPE(std::optional<orglens::explain::Confidence>)

namespace {

const QDateTime Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const FixedClock TestClock(Now);
const auto Issuer = QStringLiteral("https://acme.eu.auth0.com/");
const auto Namespace = QStringLiteral("https://acme.example/");
const auto OrgClaim = QStringLiteral("https://acme.example/org_id");

QJsonObject userClaims(QJsonObject extra = {})
{
    QJsonObject claims{{QStringLiteral("iss"), Issuer},
                       {QStringLiteral("sub"), QStringLiteral("auth0|bob")},
                       {QStringLiteral("aud"),
                        QJsonArray{QStringLiteral("https://api.acme.example/"), Issuer + QStringLiteral("userinfo")}},
                       {QStringLiteral("azp"), QStringLiteral("native-client")},
                       {QStringLiteral("scope"), QStringLiteral("openid profile offline_access")},
                       {QStringLiteral("iat"), Now.addSecs(-60).toSecsSinceEpoch()},
                       {QStringLiteral("exp"), Now.addSecs(3600).toSecsSinceEpoch()}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it->isNull())
            claims.remove(it.key());
        else
            claims.insert(it.key(), *it);
    }
    return claims;
}

QJsonObject idTokenClaims(QJsonObject extra = {})
{
    QJsonObject claims{{QStringLiteral("iss"), Issuer},
                       {QStringLiteral("sub"), QStringLiteral("auth0|bob")},
                       {QStringLiteral("aud"), QStringLiteral("native-client")},
                       {QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj")},
                       {QStringLiteral("name"), QStringLiteral("Bob Example")},
                       {QStringLiteral("iat"), Now.addSecs(-60).toSecsSinceEpoch()},
                       {QStringLiteral("exp"), Now.addSecs(3600).toSecsSinceEpoch()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        claims.insert(it.key(), *it);
    return claims;
}

QByteArray token(const QJsonObject &claims)
{
    return unsignedToken(claims).toUtf8();
}

profiles::Profile profile()
{
    profiles::Profile p;
    p.issuer = QUrl(Issuer);
    p.clientId = QStringLiteral("native-client");
    p.claimNamespace = Namespace;
    p.exchangeClientId = QStringLiteral("exchange-client");
    p.subjectTokenType = QStringLiteral("urn:acme:device-token");
    return p;
}

ExplainInput input(const QJsonObject &claims, const QString &flow = {})
{
    ExplainInput in;
    in.token = token(claims);
    in.profile = profile();
    in.declaredFlow = oauth::parseFlow(flow);
    in.clock = &TestClock;
    return in;
}

oauth::SessionRecord record(const QString &flow, const QJsonObject &parameters, const QByteArray &accessToken,
                            const QByteArray &idToken = {})
{
    oauth::SessionRecord r;
    r.flow = *oauth::parseFlow(flow);
    r.issuer = QUrl(Issuer);
    r.clientId = QStringLiteral("native-client");
    r.parameters = parameters;
    r.tokens.accessToken = Secret(accessToken);
    if (!idToken.isEmpty())
        r.tokens.idToken = Secret(idToken);
    return r;
}

QJsonObject user(const QJsonObject &appMetadata)
{
    return {{QStringLiteral("user_id"), QStringLiteral("auth0|bob")},
            {QStringLiteral("app_metadata"), appMetadata},
            {QStringLiteral("updated_at"), Now.addDays(-30).toString(Qt::ISODateWithMs)}};
}

QJsonArray memberships(const QStringList &orgIds)
{
    QJsonArray orgs;
    for (const QString &id : orgIds)
        orgs.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), id.mid(4)}});
    return orgs;
}

// A finding points into its diagnosis: never into a temporary one.
const Finding *findingOf(Diagnosis &&, const QString &) = delete;
const Finding *findingOf(const Diagnosis &diagnosis, const QString &id)
{
    for (const Finding &finding : diagnosis.findings) {
        if (finding.id == id)
            return &finding;
    }
    return nullptr;
}

QString describe(const Diagnosis &diagnosis)
{
    QStringList parts;
    for (const Finding &finding : diagnosis.findings)
        parts << finding.id + QLatin1Char('=') + confidenceName(finding.confidence);
    return parts.join(QLatin1String(", "));
}

// `in` with a tenant doctor report whose step `stepId` has `status` (the other steps passed).
ExplainInput withDoctorStep(ExplainInput in, const QString &stepId, doctor::StepStatus status)
{
    doctor::DoctorReport report;
    report.tenant = Issuer;
    for (const char *id : {"post-login-bound", "device-claim", "refresh-claim", "namespace-match", "exchange-profile",
                           "exchange-app-enabled", "exchange-verifies-subject"}) {
        const bool asked = stepId == QLatin1String(id);
        report.steps.append({QLatin1String(id),
                             asked ? status : doctor::StepStatus::Pass,
                             QStringLiteral("the check"),
                             {QStringLiteral("doctor saw %1").arg(QLatin1String(id))},
                             asked ? QStringLiteral("the doctor's fix") : QString(),
                             asked && stepId == QLatin1String("exchange-verifies-subject")});
    }
    in.tenant.doctor = report;
    return in;
}

struct RuleCase {
    const char *name;
    const char *rule;
    std::function<ExplainInput()> make;
    std::optional<Confidence> expected; // nullopt: the rule must not fire
};

// Two or more cases per rule: its evidence present (fires) and absent (silent).
const QList<RuleCase> &ruleCases()
{
    static const QList<RuleCase> cases{
        {"wrong-tenant fires on another issuer", "wrong-tenant",
         [] {
             return input(userClaims({{QStringLiteral("iss"), QStringLiteral("https://acme-dev.us.auth0.com/")}}));
         },
         Confidence::Certain},
        {"wrong-tenant silent on the profile's issuer (slash aside)", "wrong-tenant",
         [] {
             return input(userClaims({{QStringLiteral("iss"), QStringLiteral("https://acme.eu.auth0.com")}}));
         },
         std::nullopt},
        {"wrong-tenant silent without a profile", "wrong-tenant",
         [] {
             auto in = input(userClaims({{QStringLiteral("iss"), QStringLiteral("https://other.example/")}}));
             in.profile.reset();
             return in;
         },
         std::nullopt},

        {"opaque-token fires on an opaque token", "opaque-token",
         [] {
             ExplainInput in;
             in.token = "Q2hpY2tlbnNPcGFxdWVUb2tlbjEyMw";
             return in;
         },
         Confidence::Certain},
        {"opaque-token likely on a /userinfo-only JWT", "opaque-token",
         [] {
             return input(userClaims({{QStringLiteral("aud"), Issuer + QStringLiteral("userinfo")}}));
         },
         Confidence::Likely},
        {"opaque-token silent on an API access token", "opaque-token", [] { return input(userClaims()); },
         std::nullopt},

        {"encrypted-token fires on a JWE", "encrypted-token",
         [] {
             ExplainInput in;
             in.token = "eyJhbGciOiJSU0EtT0FFUCJ9.a2V5.aXY.Y2lwaGVy.dGFn";
             return in;
         },
         Confidence::Certain},
        {"encrypted-token silent on a JWS", "encrypted-token", [] { return input(userClaims()); }, std::nullopt},

        {"id-token-only certain when the session's access token has org_id", "id-token-only",
         [] {
             const QByteArray id = token(idTokenClaims());
             auto in = input({});
             in.token = id;
             in.session = record(QStringLiteral("pkce"), {},
                                 token(userClaims({{QStringLiteral("org_id"), QStringLiteral("org_acme")}})), id);
             return in;
         },
         Confidence::Certain},
        {"id-token-only possible for an ID token alone", "id-token-only",
         [] {
             auto in = input({});
             in.token = token(idTokenClaims());
             return in;
         },
         Confidence::Possible},
        {"id-token-only silent on an access token", "id-token-only", [] { return input(userClaims()); }, std::nullopt},

        {"m2m-without-organization fires on a client-credentials token", "m2m-without-organization",
         [] {
             return input(userClaims({{QStringLiteral("gty"), QStringLiteral("client-credentials")},
                                      {QStringLiteral("sub"), QStringLiteral("m2m-client@clients")}}));
         },
         Confidence::Certain},
        {"m2m-without-organization silent when org_id is there", "m2m-without-organization",
         [] {
             return input(userClaims({{QStringLiteral("gty"), QStringLiteral("client-credentials")},
                                      {QStringLiteral("sub"), QStringLiteral("m2m-client@clients")},
                                      {QStringLiteral("org_id"), QStringLiteral("org_acme")}}));
         },
         std::nullopt},
        {"m2m-without-organization silent on a user token", "m2m-without-organization",
         [] { return input(userClaims()); }, std::nullopt},
        {"m2m-without-organization silent on a user token even with a grant", "m2m-without-organization",
         [] {
             auto in = input(userClaims());
             in.tenant.clientGrant = QJsonObject{{QStringLiteral("organization_usage"), QStringLiteral("deny")}};
             return in;
         },
         std::nullopt},

        {"password-grant fires on gty password", "password-grant",
         [] {
             return input(userClaims({{QStringLiteral("gty"), QStringLiteral("password")}}));
         },
         Confidence::Certain},
        {"password-grant fires on the declared flow", "password-grant",
         [] { return input(userClaims(), QStringLiteral("password")); }, Confidence::Certain},
        {"password-grant silent on a PKCE token", "password-grant",
         [] { return input(userClaims(), QStringLiteral("pkce")); }, std::nullopt},

        {"has-org-id fires when org_id is there", "has-org-id",
         [] {
             return input(userClaims({{QStringLiteral("org_id"), QStringLiteral("org_acme")}}));
         },
         Confidence::Certain},
        {"has-org-id silent without org_id", "has-org-id", [] { return input(userClaims()); }, std::nullopt},

        {"default-org-not-member certain with the memberships", "default-org-not-member",
         [] {
             auto in = input(userClaims(), QStringLiteral("device"));
             in.tenant.user = user({{QStringLiteral("default_org_id"), QStringLiteral("org_globex")}});
             in.tenant.userOrganizations = memberships({QStringLiteral("org_initech")});
             return in;
         },
         Confidence::Certain},
        {"default-org-not-member possible from the claim alone", "default-org-not-member",
         [] {
             return input(userClaims({{OrgClaim, QStringLiteral("org_globex")}}), QStringLiteral("device"));
         },
         Confidence::Possible},
        {"default-org-not-member silent for a member", "default-org-not-member",
         [] {
             auto in = input(userClaims({{OrgClaim, QStringLiteral("org_acme")}}), QStringLiteral("device"));
             in.tenant.userOrganizations = memberships({QStringLiteral("org_acme")});
             return in;
         },
         std::nullopt},
        {"default-org-not-member silent without a default", "default-org-not-member",
         [] { return input(userClaims(), QStringLiteral("device")); }, std::nullopt},

        {"namespace-mismatch fires on a claim under another namespace", "namespace-mismatch",
         [] {
             return input(userClaims({{QStringLiteral("https://acme.com/claims/org_id"), QStringLiteral("org_acme")}}),
                          QStringLiteral("device"));
         },
         Confidence::Certain},
        {"namespace-mismatch silent under the profile's namespace", "namespace-mismatch",
         [] {
             return input(userClaims({{OrgClaim, QStringLiteral("org_acme")}}), QStringLiteral("device"));
         },
         std::nullopt},
        {"namespace-mismatch fires on the doctor's failed namespace step", "namespace-mismatch",
         [] {
             return withDoctorStep(input(userClaims(), QStringLiteral("device")), QStringLiteral("namespace-match"),
                                   doctor::StepStatus::Fail);
         },
         Confidence::Certain},
        {"namespace-mismatch silent when the doctor's namespaces match", "namespace-mismatch",
         [] {
             return withDoctorStep(input(userClaims(), QStringLiteral("device")), QStringLiteral("namespace-match"),
                                   doctor::StepStatus::Pass);
         },
         std::nullopt},

        {"lost-on-refresh certain when the parent had the claim", "lost-on-refresh",
         [] {
             auto in = input(userClaims());
             in.session = record(QStringLiteral("refresh"), {}, in.token);
             in.lineage = {
                 record(QStringLiteral("device"), {}, token(userClaims({{OrgClaim, QStringLiteral("org_acme")}})))};
             return in;
         },
         Confidence::Certain},
        {"lost-on-refresh likely for a declared refresh", "lost-on-refresh",
         [] { return input(userClaims(), QStringLiteral("refresh")); }, Confidence::Likely},
        {"lost-on-refresh silent when the parent never had it", "lost-on-refresh",
         [] {
             auto in = input(userClaims());
             in.session = record(QStringLiteral("refresh"), {}, in.token);
             in.lineage = {record(QStringLiteral("device"), {}, token(userClaims()))};
             return in;
         },
         std::nullopt},
        {"lost-on-refresh silent on a device token", "lost-on-refresh",
         [] { return input(userClaims(), QStringLiteral("device")); }, std::nullopt},
        {"lost-on-refresh certain when the doctor saw a refresh drop the claim", "lost-on-refresh",
         [] {
             return withDoctorStep(input(userClaims(), QStringLiteral("refresh")), QStringLiteral("refresh-claim"),
                                   doctor::StepStatus::Fail);
         },
         Confidence::Certain},
        {"lost-on-refresh still likely when the doctor's refresh step passed", "lost-on-refresh",
         [] {
             return withDoctorStep(input(userClaims(), QStringLiteral("refresh")), QStringLiteral("refresh-claim"),
                                   doctor::StepStatus::Pass);
         },
         Confidence::Likely},

        {"exchange-accepts-forged-tokens fires on the doctor's failed subject check", "exchange-accepts-forged-tokens",
         [] {
             return withDoctorStep(input(userClaims({{QStringLiteral("org_id"), QStringLiteral("org_acme")}})),
                                   QStringLiteral("exchange-verifies-subject"), doctor::StepStatus::Fail);
         },
         Confidence::Certain},
        {"exchange-accepts-forged-tokens silent when the check was not made", "exchange-accepts-forged-tokens",
         [] {
             return withDoctorStep(input(userClaims(), QStringLiteral("device")),
                                   QStringLiteral("exchange-verifies-subject"), doctor::StepStatus::NotChecked);
         },
         std::nullopt},
        {"exchange-accepts-forged-tokens silent without the doctor", "exchange-accepts-forged-tokens",
         [] { return input(userClaims(), QStringLiteral("device")); }, std::nullopt},

        {"exchange-profile-missing fires on the doctor's failed profile step", "exchange-profile-missing",
         [] {
             return withDoctorStep(input(userClaims(), QStringLiteral("device")), QStringLiteral("exchange-profile"),
                                   doctor::StepStatus::Fail);
         },
         Confidence::Certain},
        {"exchange-profile-missing silent when the token has org_id", "exchange-profile-missing",
         [] {
             return withDoctorStep(input(userClaims({{QStringLiteral("org_id"), QStringLiteral("org_acme")}})),
                                   QStringLiteral("exchange-profile"), doctor::StepStatus::Fail);
         },
         std::nullopt},
        {"exchange-profile-missing silent when the profile step passed", "exchange-profile-missing",
         [] {
             return withDoctorStep(input(userClaims(), QStringLiteral("device")), QStringLiteral("exchange-profile"),
                                   doctor::StepStatus::Pass);
         },
         std::nullopt},

        {"exchange-app-not-enabled fires on the doctor's failed application step", "exchange-app-not-enabled",
         [] {
             return withDoctorStep(input(userClaims(), QStringLiteral("device")),
                                   QStringLiteral("exchange-app-enabled"), doctor::StepStatus::Fail);
         },
         Confidence::Certain},
        {"exchange-app-not-enabled silent when only a warning", "exchange-app-not-enabled",
         [] {
             return withDoctorStep(input(userClaims(), QStringLiteral("device")),
                                   QStringLiteral("exchange-app-enabled"), doctor::StepStatus::Warn);
         },
         std::nullopt},

        {"no-default-org certain for a device token and no default", "no-default-org",
         [] {
             auto in = input(userClaims(), QStringLiteral("device"));
             in.tenant.user = user({{QStringLiteral("plan"), QStringLiteral("free")}});
             return in;
         },
         Confidence::Certain},
        {"no-default-org possible before the user is fetched", "no-default-org",
         [] { return input(userClaims(), QStringLiteral("device")); }, Confidence::Possible},
        {"no-default-org silent when the user has a default", "no-default-org",
         [] {
             auto in = input(userClaims(), QStringLiteral("device"));
             in.tenant.user = user({{QStringLiteral("default_org_id"), QStringLiteral("org_acme")}});
             return in;
         },
         std::nullopt},
        {"no-default-org silent when the claim is there", "no-default-org",
         [] {
             return input(userClaims({{OrgClaim, QStringLiteral("org_acme")}}), QStringLiteral("device"));
         },
         std::nullopt},

        {"device-flow certain for a device token", "device-flow",
         [] { return input(userClaims(), QStringLiteral("device")); }, Confidence::Certain},
        {"device-flow likely from a namespaced org claim", "device-flow",
         [] {
             return input(userClaims({{OrgClaim, QStringLiteral("org_acme")}}));
         },
         Confidence::Likely},
        {"device-flow silent for a PKCE token", "device-flow",
         [] { return input(userClaims(), QStringLiteral("pkce")); }, std::nullopt},

        {"not-exchanged certain with the claim under the profile's namespace", "not-exchanged",
         [] {
             return input(userClaims({{OrgClaim, QStringLiteral("org_acme")}}), QStringLiteral("device"));
         },
         Confidence::Certain},
        {"not-exchanged silent without the claim", "not-exchanged",
         [] { return input(userClaims(), QStringLiteral("device")); }, std::nullopt},

        {"exchange-without-organization fires on an exchanged token without org_id", "exchange-without-organization",
         [] { return input(userClaims(), QStringLiteral("token_exchange")); }, Confidence::Certain},
        {"exchange-without-organization silent with org_id", "exchange-without-organization",
         [] {
             return input(userClaims({{QStringLiteral("org_id"), QStringLiteral("org_acme")}}),
                          QStringLiteral("token_exchange"));
         },
         std::nullopt},

        {"restricted-claim fires when an Action adds claims but no org claim", "restricted-claim",
         [] {
             return input(userClaims({{QStringLiteral("https://acme.example/roles"), QJsonArray{}}}));
         },
         Confidence::Possible},
        {"restricted-claim silent without custom claims", "restricted-claim", [] { return input(userClaims()); },
         std::nullopt},

        {"no-organization-parameter certain from the session", "no-organization-parameter",
         [] {
             auto in = input(userClaims());
             in.session =
                 record(QStringLiteral("pkce"), {{QStringLiteral("audience"), QStringLiteral("api")}}, in.token);
             return in;
         },
         Confidence::Certain},
        {"no-organization-parameter possible for a token alone", "no-organization-parameter",
         [] { return input(userClaims()); }, Confidence::Possible},
        {"no-organization-parameter silent for a device token", "no-organization-parameter",
         [] { return input(userClaims(), QStringLiteral("device")); }, std::nullopt},

        {"stale-token fires on an expired token", "stale-token",
         [] {
             return input(userClaims({{QStringLiteral("exp"), Now.addSecs(-10).toSecsSinceEpoch()}}));
         },
         Confidence::Possible},
        {"stale-token likely for a refresh of a login without organization", "stale-token",
         [] {
             auto in = input(userClaims());
             in.session = record(QStringLiteral("refresh"), {}, in.token);
             in.lineage = {record(QStringLiteral("pkce"), {}, token(userClaims()))};
             in.tenant.userOrganizations = memberships({QStringLiteral("org_acme")});
             return in;
         },
         Confidence::Likely},
        {"stale-token silent on a fresh token", "stale-token", [] { return input(userClaims()); }, std::nullopt},

        {"org-name-missing fires on org_id without org_name", "org-name-missing",
         [] {
             return input(userClaims({{QStringLiteral("org_id"), QStringLiteral("org_acme")}}));
         },
         Confidence::Possible},
        {"org-name-missing silent with org_name", "org-name-missing",
         [] {
             return input(userClaims({{QStringLiteral("org_id"), QStringLiteral("org_acme")},
                                      {QStringLiteral("org_name"), QStringLiteral("acme")}}));
         },
         std::nullopt},
    };
    return cases;
}

} // namespace

class TestExplainRules : public QObject {
    Q_OBJECT

private slots:
    void everyRuleIsRegisteredOnceAndTested()
    {
        // The registry is the list of rules: a new rule fails here until it has its test rows.
        const QStringList ids = ruleIds();
        QVERIFY(!ids.isEmpty());
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        for (const RuleCase &c : ruleCases())
            QVERIFY2(ids.contains(QLatin1String(c.rule)), c.name); // no rows for a rule that is gone
        // Each rule has a case that makes it fire and one that keeps it silent.
        for (const QString &id : ids) {
            bool fires = false, silent = false;
            for (const RuleCase &c : ruleCases()) {
                if (QLatin1String(c.rule) == id)
                    (c.expected ? fires : silent) = true;
            }
            QVERIFY2(fires && silent, qPrintable(id));
        }
    }

    void rule_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < ruleCases().size(); ++i)
            QTest::newRow(ruleCases().at(i).name) << i;
    }

    void rule()
    {
        QFETCH(int, index);
        const RuleCase &c = ruleCases().at(index);
        const Diagnosis diagnosis = diagnose(c.make());
        const Finding *finding = findingOf(diagnosis, QLatin1String(c.rule));
        if (!c.expected) {
            QVERIFY2(!finding, qPrintable(describe(diagnosis)));
            return;
        }
        QVERIFY2(finding, qPrintable(describe(diagnosis)));
        QCOMPARE(confidenceName(finding->confidence), confidenceName(*c.expected));
        QVERIFY(!finding->title.isEmpty());
        QVERIFY(!finding->title.contains(QLatin1Char('\n')));
        QVERIFY(!finding->evidence.isEmpty());
        QVERIFY(!finding->fixSteps.isEmpty());
        // Missing evidence that the tenant could settle comes with the action to fetch it.
        for (const Evidence &evidence : finding->evidence) {
            if (evidence.role == Evidence::Role::Missing && evidence.source == Evidence::Source::Tenant &&
                evidence.text.contains(QLatin1String("not fetched"))) {
                QVERIFY(std::any_of(finding->actions.begin(), finding->actions.end(), [](const FixAction &a) {
                    return a.kind() == FixAction::Kind::FetchTenantEvidence;
                }));
            }
        }
    }

    void doctorEvidenceIsQuotedAndSettlesIt()
    {
        const Diagnosis refreshed = diagnose(withDoctorStep(input(userClaims(), QStringLiteral("refresh")),
                                                            QStringLiteral("refresh-claim"), doctor::StepStatus::Fail));
        const Finding *lost = findingOf(refreshed, QStringLiteral("lost-on-refresh"));
        QVERIFY(lost);
        QCOMPARE(refreshed.findings.first().id, QStringLiteral("lost-on-refresh"));
        QVERIFY(std::any_of(lost->evidence.begin(), lost->evidence.end(), [](const Evidence &e) {
            return e.source == Evidence::Source::Tenant && e.role == Evidence::Role::Supports &&
                   e.text == QStringLiteral("tenant doctor, refresh-claim: doctor saw refresh-claim");
        }));
        // The doctor settled what only the parent token could have: nothing is left missing.
        QVERIFY(std::none_of(lost->evidence.begin(), lost->evidence.end(),
                             [](const Evidence &e) { return e.role == Evidence::Role::Missing; }));

        // A forged-token hole comes before any cause, with the doctor's fix first.
        const Diagnosis forged =
            diagnose(withDoctorStep(input(userClaims(), QStringLiteral("refresh")),
                                    QStringLiteral("exchange-verifies-subject"), doctor::StepStatus::Fail));
        QCOMPARE(forged.findings.first().id, QStringLiteral("exchange-accepts-forged-tokens"));
        QCOMPARE(forged.findings.first().fixSteps.first(), QStringLiteral("the doctor's fix"));
    }

    void tokenAloneGivesBothCausesAsPossible()
    {
        auto in = input(userClaims());
        in.profile.reset();
        const Diagnosis alone = diagnose(in);
        QVERIFY(!alone.hasOrgId);
        QCOMPARE(describe(alone), QStringLiteral("device-flow=possible, no-organization-parameter=possible"));
    }

    void sameTokenFromTheDeviceFlowIsCertain()
    {
        auto in = input(userClaims());
        in.profile.reset();
        in.session = record(QStringLiteral("device"), {{QStringLiteral("audience"), QStringLiteral("api")}}, in.token);
        const Diagnosis withSession = diagnose(in);
        QCOMPARE(findingOf(withSession, QStringLiteral("device-flow"))->confidence, Confidence::Certain);
        QVERIFY(!findingOf(withSession, QStringLiteral("no-organization-parameter")));
        // Not fetched yet: possible, with the missing evidence and the action that fetches it.
        const Finding *noDefault = findingOf(withSession, QStringLiteral("no-default-org"));
        QVERIFY(noDefault);
        QCOMPARE(noDefault->confidence, Confidence::Possible);
        QCOMPARE(noDefault->actions.first().kind(), FixAction::Kind::FetchTenantEvidence);

        in.tenant.user = user({{QStringLiteral("plan"), QStringLiteral("free")}});
        in.tenant.userOrganizations = memberships({QStringLiteral("org_acme")});
        const Diagnosis withTenant = diagnose(in);
        QCOMPARE(withTenant.findings.at(0).id, QStringLiteral("no-default-org"));
        QCOMPARE(withTenant.findings.at(0).confidence, Confidence::Certain);
        QCOMPARE(withTenant.findings.at(1).id, QStringLiteral("device-flow"));
        QCOMPARE(withTenant.findings.at(1).confidence, Confidence::Certain);
        // The fix sets the default to an organization the user belongs to.
        const FixAction &set = withTenant.findings.at(0).actions.first();
        QCOMPARE(set.kind(), FixAction::Kind::SetDefaultOrg);
        QCOMPARE(set.arguments().value(QStringLiteral("user_id")).toString(), QStringLiteral("auth0|bob"));
        QCOMPARE(set.arguments().value(QStringLiteral("org_id")).toString(), QStringLiteral("org_acme"));
    }

    void unreadableTenantEvidenceIsMissingWithTheReason()
    {
        auto in = input(userClaims(), QStringLiteral("device"));
        in.tenant.unavailable.insert(QStringLiteral("user"),
                                     QStringLiteral("403 Forbidden: Insufficient scope, expected any of: read:users "
                                                    "(insufficient_scope)"));
        const Diagnosis diagnosis = diagnose(in);
        const Finding *finding = findingOf(diagnosis, QStringLiteral("no-default-org"));
        QVERIFY(finding);
        QVERIFY(std::any_of(finding->evidence.begin(), finding->evidence.end(), [](const Evidence &e) {
            return e.role == Evidence::Role::Missing && e.text.contains(QLatin1String("insufficient_scope"));
        }));
    }

    void m2mCitesTheClientGrant_data()
    {
        QTest::addColumn<QJsonObject>("grant"); // empty: not fetched
        QTest::addColumn<QString>("unavailable");
        QTest::addColumn<QJsonObject>("client");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("evidence");
        QTest::addColumn<QString>("firstFix");
        QTest::addColumn<int>("fixSteps");
        const auto grant = [](QJsonObject extra) {
            extra.insert(QStringLiteral("id"), QStringLiteral("cgr_1"));
            extra.insert(QStringLiteral("client_id"), QStringLiteral("m2m-client"));
            extra.insert(QStringLiteral("audience"), QStringLiteral("https://api.acme.example/"));
            extra.insert(QStringLiteral("scope"), QJsonArray{QStringLiteral("read:orders")});
            return extra;
        };
        const auto usage = [&grant](const char *value, bool anyOrganization = false) {
            return grant({{QStringLiteral("organization_usage"), QLatin1String(value)},
                          {QStringLiteral("allow_any_organization"), anyOrganization}});
        };
        const int supports = int(Evidence::Role::Supports), missing = int(Evidence::Role::Missing);
        const QString setGrant = QStringLiteral("Set the client grant's organization_usage to allow or require");
        const QString send = QStringLiteral("Send organization=<org id>");
        QTest::newRow("never set") << grant({}) << QString() << QJsonObject() << supports
                                   << QStringLiteral("the client grant for https://api.acme.example/ has no "
                                                     "organization_usage (never set, so deny): no organization can be "
                                                     "requested until the grant allows it")
                                   << setGrant << 2;
        QTest::newRow("deny") << usage("deny") << QString() << QJsonObject() << supports
                              << QStringLiteral("has organization_usage deny: no organization can be requested")
                              << setGrant << 2;
        QTest::newRow("allow, any organization")
            << usage("allow", true) << QString() << QJsonObject() << supports
            << QStringLiteral("has organization_usage allow: the token carries org_id only when the request sends "
                              "organization")
            << send << 1;
        QTest::newRow("allow, associated organizations only")
            << usage("allow") << QString() << QJsonObject() << supports << QStringLiteral("organization_usage allow")
            << send << 2;
        QTest::newRow("require, no default organization")
            << usage("require") << QString() << QJsonObject() << supports
            << QStringLiteral("a request without organization is now refused unless the application has a "
                              "default_organization")
            << QStringLiteral("Request a new token") << 1;
        QTest::newRow("require, default organization")
            << usage("require") << QString()
            << QJsonObject{{QStringLiteral("default_organization"),
                            QJsonObject{{QStringLiteral("organization_id"), QStringLiteral("org_acme")},
                                        {QStringLiteral("flows"), QJsonArray{QStringLiteral("client_credentials")}}}}}
            << supports << QStringLiteral("a new token gets the application's default_organization org_acme")
            << QStringLiteral("Request a new token") << 1;
        QTest::newRow("not fetched") << QJsonObject() << QString() << QJsonObject() << missing
                                     << QStringLiteral("the client grant's organization_usage for audience "
                                                       "https://api.acme.example/ (deny by default) would settle it "
                                                       "(not fetched)")
                                     << QStringLiteral("If the client grant's organization_usage is deny") << 2;
        QTest::newRow("unreadable")
            << QJsonObject()
            << QStringLiteral("403 Forbidden: Insufficient scope, expected any of: read:client_grants "
                              "(insufficient_scope)")
            << QJsonObject() << missing
            << QStringLiteral("(deny by default) would settle it (could not be read: 403 Forbidden: Insufficient "
                              "scope, expected any of: read:client_grants (insufficient_scope))")
            << QStringLiteral("If the client grant's organization_usage is deny") << 2;
    }
    void m2mCitesTheClientGrant()
    {
        QFETCH(QJsonObject, grant);
        QFETCH(QString, unavailable);
        QFETCH(QJsonObject, client);
        QFETCH(int, role);
        QFETCH(QString, evidence);
        QFETCH(QString, firstFix);
        QFETCH(int, fixSteps);
        auto in = input(userClaims({{QStringLiteral("gty"), QStringLiteral("client-credentials")},
                                    {QStringLiteral("sub"), QStringLiteral("m2m-client@clients")},
                                    {QStringLiteral("aud"), QStringLiteral("https://api.acme.example/")},
                                    {QStringLiteral("azp"), QJsonValue::Null}}));
        if (!grant.isEmpty())
            in.tenant.clientGrant = grant;
        if (!unavailable.isEmpty())
            in.tenant.unavailable.insert(QStringLiteral("client_grant"), unavailable);
        if (!client.isEmpty())
            in.tenant.client = client;
        const Diagnosis diagnosis = diagnose(in);
        QCOMPARE(describe(diagnosis), QStringLiteral("m2m-without-organization=certain"));
        const Finding &finding = diagnosis.findings.first();
        QList<Evidence> tenant;
        for (const Evidence &e : finding.evidence) {
            if (e.source == Evidence::Source::Tenant)
                tenant << e;
        }
        QCOMPARE(tenant.size(), 1);
        QCOMPARE(int(tenant.first().role), role);
        QVERIFY2(tenant.first().text.contains(evidence), qPrintable(tenant.first().text));
        QVERIFY2(finding.fixSteps.first().startsWith(firstFix), qPrintable(finding.fixSteps.join(u'|')));
        QCOMPARE(finding.fixSteps.size(), fixSteps);
        // Without the grant the button to read it is there, naming the client (from sub) and the audience.
        const auto fetch = std::find_if(finding.actions.begin(), finding.actions.end(), [](const FixAction &a) {
            return a.kind() == FixAction::Kind::FetchTenantEvidence;
        });
        QCOMPARE(fetch != finding.actions.end(), grant.isEmpty());
        if (fetch != finding.actions.end()) {
            QCOMPARE(fetch->arguments().value(QStringLiteral("client_id")).toString(), QStringLiteral("m2m-client"));
            QCOMPARE(fetch->arguments().value(QStringLiteral("grant_audience")).toString(),
                     QStringLiteral("https://api.acme.example/"));
        }
    }

    void m2mEvidenceRequestReadsTheGrant()
    {
        auto in = input(userClaims({{QStringLiteral("gty"), QStringLiteral("client-credentials")},
                                    {QStringLiteral("sub"), QStringLiteral("m2m-client@clients")},
                                    {QStringLiteral("aud"), QStringLiteral("https://api.acme.example/")},
                                    {QStringLiteral("azp"), QJsonValue::Null}}));
        TenantEvidenceRequest request = tenantEvidenceRequest(in);
        QCOMPARE(request.userId, QString());
        QCOMPARE(request.clientId, QStringLiteral("m2m-client"));
        QCOMPARE(request.grantAudience, QStringLiteral("https://api.acme.example/"));
        // A user token's grant is not read.
        request = tenantEvidenceRequest(input(userClaims()));
        QCOMPARE(request.clientId, QStringLiteral("native-client"));
        QVERIFY(request.grantAudience.isEmpty());
    }

    void findingsAreOrderedByConfidenceThenWeight()
    {
        auto in = input(userClaims({{OrgClaim, QStringLiteral("org_globex")}}), QStringLiteral("device"));
        const Diagnosis diagnosis = diagnose(in);
        QCOMPARE(describe(diagnosis),
                 QStringLiteral("device-flow=certain, not-exchanged=certain, default-org-not-member=possible"));
        for (qsizetype i = 1; i < diagnosis.findings.size(); ++i)
            QVERIFY(diagnosis.findings.at(i - 1).confidence <= diagnosis.findings.at(i).confidence);
    }

    void hasOrgIdReportsTheChecksAnApiShouldMake()
    {
        auto in = input(userClaims({{QStringLiteral("org_id"), QStringLiteral("org_acme")},
                                    {QStringLiteral("org_name"), QStringLiteral("acme-old")}}));
        in.tenant.organizations = {QJsonObject{{QStringLiteral("id"), QStringLiteral("org_acme")},
                                               {QStringLiteral("name"), QStringLiteral("acme")}}};
        in.tenant.userOrganizations = memberships({QStringLiteral("org_globex")});
        const Diagnosis diagnosis = diagnose(in);
        QVERIFY(diagnosis.hasOrgId);
        const Finding &top = diagnosis.findings.first();
        QCOMPARE(top.id, QStringLiteral("has-org-id"));
        QVERIFY2(top.title.contains(QLatin1String("not a member")), qPrintable(top.title));
        QVERIFY2(top.title.contains(QLatin1String("org_name")), qPrintable(top.title));
        QVERIFY(std::any_of(top.evidence.begin(), top.evidence.end(), [](const Evidence &e) {
            return e.role == Evidence::Role::Supports && e.text.contains(QLatin1String("exists"));
        }));

        in.tenant.unavailable.insert(
            QStringLiteral("organization:org_gone"),
            QStringLiteral("404 Not Found: No organization found by that id or name (inexistent_organization)"));
        in.token = token(userClaims({{QStringLiteral("org_id"), QStringLiteral("org_gone")}}));
        QVERIFY(diagnose(in).findings.first().title.contains(QLatin1String("unknown")));
    }

    void jsonHasTheDocumentedShape()
    {
        auto in = input(userClaims(), QStringLiteral("device"));
        const QJsonObject json = diagnose(in).toJson();
        QCOMPARE(json.value(QStringLiteral("has_org_id")), QJsonValue(false));
        const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        for (const QJsonValue &value : findings) {
            const QJsonObject finding = value.toObject();
            for (const char *key : {"id", "confidence", "title", "fix"})
                QVERIFY2(finding.value(QLatin1String(key)).isString(), key);
            QVERIFY(finding.value(QStringLiteral("evidence")).isArray());
            QVERIFY(finding.value(QStringLiteral("fix")).toString().startsWith(QLatin1String("1. ")));
            QVERIFY(QStringList({QStringLiteral("certain"), QStringLiteral("likely"), QStringLiteral("possible")})
                        .contains(finding.value(QStringLiteral("confidence")).toString()));
        }
        QCOMPARE(findings.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("device-flow"));
    }

    void inputFromHistoryFindsTheSessionAndItsLineage()
    {
        oauth::SessionHistory history;
        const QByteArray deviceToken = token(userClaims({{OrgClaim, QStringLiteral("org_acme")}}));
        const QString deviceId = history.add(record(QStringLiteral("device"), {}, deviceToken));
        auto refreshed = record(QStringLiteral("refresh"), {}, token(userClaims()));
        refreshed.parentId = deviceId;
        const QString refreshId = history.add(refreshed);

        ExplainInput in = inputFromHistory(history, "Bearer " + token(userClaims()));
        QVERIFY(in.session);
        QCOMPARE(in.session->id, refreshId);
        QCOMPARE(in.lineage.size(), 1);
        QCOMPARE(in.lineage.first().id, deviceId);
        in.clock = &TestClock;
        QCOMPARE(diagnose(in).findings.first().id, QStringLiteral("lost-on-refresh"));
        QVERIFY(!inputFromHistory(history, "unknown.token.value").session);
    }

    // "Open ..." actions lead to the dashboard page where the reference says the setting lives: the organization
    // names toggle is a tenant setting (Settings > Advanced), the Default Audience is on Settings > General, an
    // application's Type of Users / Login Flow on its Organizations tab; the region comes from the domain.
    void tenantSettingsUrls_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QString>("findingId");
        QTest::addColumn<QString>("url");
        const auto names = [](const QString &issuer) {
            return token(
                userClaims({{QStringLiteral("iss"), issuer}, {QStringLiteral("org_id"), QStringLiteral("org_1")}}));
        };
        QTest::newRow("org names, EU") << Issuer << names(Issuer) << QString() << QStringLiteral("org-name-missing")
                                       << QStringLiteral("https://manage.auth0.com/dashboard/eu/acme/tenant/advanced");
        QTest::newRow("org names, US without region label")
            << QStringLiteral("https://acme.auth0.com/") << names(QStringLiteral("https://acme.auth0.com/"))
            << QString() << QStringLiteral("org-name-missing")
            << QStringLiteral("https://manage.auth0.com/dashboard/us/acme/tenant/advanced");
        QTest::newRow("org names, custom domain")
            << QStringLiteral("https://login.acme.example/") << names(QStringLiteral("https://login.acme.example/"))
            << QString() << QStringLiteral("org-name-missing") << QStringLiteral("https://manage.auth0.com/dashboard/");
        QTest::newRow("default audience")
            << Issuer << QByteArray("opaque-access-token") << QString() << QStringLiteral("opaque-token")
            << QStringLiteral("https://manage.auth0.com/dashboard/eu/acme/tenant/general");
        QTest::newRow("application organizations tab")
            << Issuer << token(userClaims()) << QStringLiteral("pkce") << QStringLiteral("no-organization-parameter")
            << QStringLiteral("https://manage.auth0.com/dashboard/eu/acme/applications/native-client/organizations");
        QTest::newRow("actions") << Issuer << token(userClaims()) << QStringLiteral("refresh")
                                 << QStringLiteral("lost-on-refresh")
                                 << QStringLiteral("https://manage.auth0.com/dashboard/eu/acme/actions/library");
    }

    void tenantSettingsUrls()
    {
        QFETCH(QString, issuer);
        QFETCH(QByteArray, token);
        QFETCH(QString, flow);
        QFETCH(QString, findingId);
        QFETCH(QString, url);
        ExplainInput in = input({}, flow);
        in.token = token;
        in.profile->issuer = QUrl(issuer);
        const Diagnosis diagnosis = diagnose(in);
        QStringList urls;
        for (const Finding &finding : diagnosis.findings) {
            if (finding.id != findingId)
                continue;
            for (const FixAction &action : finding.actions) {
                if (action.kind() == FixAction::Kind::OpenTenantSettings)
                    urls << action.arguments().value(QStringLiteral("url")).toString();
            }
        }
        QVERIFY2(urls.contains(url), QJsonDocument(diagnosis.toJson()).toJson().constData());
    }

    void garbageGivesNoFindingsAndNoCrash()
    {
        for (const QByteArray &junk : {QByteArray(), QByteArray("a.b"), QByteArray("%%%.***.!!!"),
                                       QByteArray("eyJhbGciOiJub25lIn0.bm90IGpzb24.")}) {
            ExplainInput in;
            in.token = junk;
            const Diagnosis diagnosis = diagnose(in);
            QVERIFY(!diagnosis.hasOrgId);
            QVERIFY(diagnosis.findings.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestExplainRules)
#include "TestExplainRules.moc"
