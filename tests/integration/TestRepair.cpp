// Repair against the demo tenant over real HTTP: the support article's tenant is planned, repaired (the doctor all
// green, a device login, the exchange and a refresh carrying the organization, a forged subject token refused) and
// undone to exactly what it was; a change between plan and apply, a missing scope and an endpoint failing half-way
// each stop the repair where the tenant stays described and undoable.
#include "ActionRunner.h"
#include "DemoProfile.h"
#include "DemoTenantFixture.h"
#include "NodeRunner.h"
#include "doctor/Doctor.h"
#include "management/ManagementClient.h"
#include "oauth/OAuthClient.h"
#include "repair/RepairPlanner.h"
#include "repair/RepairRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens;
using repair::StepKind;
using test::DemoTenantFixture;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString ArticlePostLogin = s("Add org_id claim (support article)");
const QString Namespace = s("https://orglens.example/");

// The parts of the tenant a repair may touch, field by field: Actions (draft, deployed version and code),
// post-login bindings, exchange profiles, the exchange application's setting, the users' default organizations.
QJsonObject snapshot(const demo::TenantStore &store)
{
    QJsonArray actions;
    for (const demo::Action &action : store.actions().actions()) {
        const demo::ActionVersion *deployed = action.deployedVersion();
        actions.append(QJsonObject{{s("id"), action.id},
                                   {s("name"), action.name},
                                   {s("draft"), action.code},
                                   {s("dependencies"), action.dependencies},
                                   {s("deployed_version"), deployed ? deployed->number : 0},
                                   {s("deployed_code"), deployed ? deployed->code : QString()}});
    }
    QJsonArray bindings;
    const auto bound = store.actions().bindings(s("post-login"));
    for (const demo::Binding &binding : std::get<QList<demo::Binding>>(bound))
        bindings.append(QJsonObject{{s("action_id"), binding.actionId}, {s("display_name"), binding.displayName}});
    QJsonArray profiles;
    for (const demo::TokenExchangeProfile &profile : store.exchangeProfiles().profiles())
        profiles.append(QJsonObject{{s("name"), profile.name},
                                    {s("subject_token_type"), profile.subjectTokenType},
                                    {s("action_id"), profile.actionId},
                                    {s("type"), profile.type}});
    QJsonObject defaults;
    for (const char *user : {"auth0|alice", "auth0|bob", "auth0|carol"})
        defaults.insert(s(user), store.findUser(s(user))->appMetadata.value(s("default_org_id")));
    return {{s("actions"), actions},
            {s("bindings"), bindings},
            {s("profiles"), profiles},
            {s("exchange_client"),
             QJsonArray::fromStringList(store.findClient(s("demo-exchange"))->tokenExchangeProfileTypes)},
            {s("defaults"), defaults}};
}

QStringList neededSteps(const repair::RepairPlan &plan)
{
    QStringList ids;
    for (const repair::RepairStep &step : plan.steps) {
        if (step.needed)
            ids << repair::stepKindId(step.kind);
    }
    return ids;
}

} // namespace

class TestRepair : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    // A Management API session on the fixture's tenant, as the CLI and the GUI open one.
    struct Session {
        Session(QNetworkAccessManager *network, DemoTenantFixture &fixture, const QString &clientId = s("demo-m2m"),
                const QByteArray &secret = "demo-m2m-secret")
            : oauth(network), profile(demo::demoSessionProfile(fixture.tenant().issuer()))
        {
            management::ManagementConfig config;
            config.issuer = fixture.tenant().issuer();
            config.clientId = clientId;
            config.clientSecret = Secret(secret);
            // An endpoint that keeps failing is given up on quickly.
            config.retry.maxAttempts = 2;
            config.retry.baseDelay = std::chrono::milliseconds(10);
            client = std::make_unique<management::ManagementClient>(network, &oauth, config);
        }
        oauth::OAuthClient oauth;
        profiles::SessionProfile profile;
        std::unique_ptr<management::ManagementClient> client;
    };

    management::AuditLog auditLog() const { return management::AuditLog(m_dir.filePath(s("audit.jsonl"))); }

    static demo::DemoTenantOptions options(demo::ActionPreset preset)
    {
        demo::DemoTenantOptions options = DemoTenantFixture::testOptions();
        options.actionPreset = preset;
        options.actionBuildMs = 300; // deploying waits for the build, as on Auth0
        return options;
    }

    repair::RepairPlan plan(Session &session, repair::RepairOptions options)
    {
        options.profile = session.profile.profile;
        repair::RepairPlanner planner(session.client.get(), &m_network);
        std::optional<Result<repair::RepairPlan>> plan;
        planner.plan(options, [&plan](const Result<repair::RepairPlan> &result) { plan = result; });
        if (!QTest::qWaitFor([&] { return plan.has_value(); }, 30000))
            qFatal("the repair was not planned");
        if (!*plan)
            qFatal("planning failed: %s", qPrintable(plan->error().message));
        return plan->value();
    }

    repair::RepairOutcome run(Session &session,
                              const std::function<void(repair::RepairRunner &, repair::RepairRunner::Done)> &start)
    {
        repair::RepairRunner runner(*session.client, auditLog(), s("demo"));
        std::optional<repair::RepairOutcome> outcome;
        start(runner, [&outcome](const repair::RepairOutcome &result) { outcome = result; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
            qFatal("the repair did not finish");
        return *outcome;
    }

    repair::RepairOutcome apply(Session &session, const repair::RepairPlan &plan)
    {
        return run(session, [&plan](repair::RepairRunner &runner, auto done) { runner.apply(plan, done); });
    }

    repair::RepairOutcome undo(Session &session, const QString &id, bool force = false)
    {
        return run(session, [&id, force](repair::RepairRunner &runner, auto done) { runner.undo(id, force, done); });
    }

    doctor::DoctorReport examine(Session &session, const QString &userId, bool probeExchange)
    {
        doctor::Doctor doctor(session.client.get(), &m_network);
        std::optional<doctor::DoctorReport> report;
        connect(&doctor, &doctor::Doctor::finished, this, [&report](const doctor::DoctorReport &r) { report = r; });
        doctor.run({session.profile.profile, userId, true, probeExchange, session.profile.exchangeClientSecret});
        if (!QTest::qWaitFor([&] { return report.has_value(); }, 30000))
            qFatal("the doctor did not finish");
        return *report;
    }

    static QJsonObject exchange(DemoTenantFixture &fixture, const QString &subjectToken)
    {
        const test::HttpResult result =
            fixture.token({{s("grant_type"), s("urn:ietf:params:oauth:grant-type:token-exchange")},
                           {s("client_id"), s("demo-exchange")},
                           {s("client_secret"), s("demo-exchange-secret")},
                           {s("subject_token"), subjectToken},
                           {s("subject_token_type"), s("urn:orglens:device-access-token")}});
        return result.status == 200 ? DemoTenantFixture::payload(result.json().value(s("access_token")).toString())
                                    : QJsonObject{{s("status"), result.status}, {s("error"), result.text()}};
    }

private slots:
    void initTestCase()
    {
        if (!demo::ActionRunner::unavailableReason().isEmpty())
            QSKIP("node is not installed: the repaired tenant runs its Actions on Node");
        if (test::joseModules().isEmpty())
            QSKIP("jose is not installed: configure with -DORGLENS_NODE_MODULES=<dir with node_modules/jose>");
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QFile::remove(auditLog().path()); }

    void articleTenantRepairedProvedAndUndone()
    {
        DemoTenantFixture fixture(options(demo::ActionPreset::Article));
        Session session(&m_network, fixture);
        const QJsonObject original = snapshot(fixture.tenant().store());

        repair::RepairPlan planned = plan(session, {.userId = s("auth0|alice"), .probeActions = true});
        QCOMPARE(neededSteps(planned), (QStringList{s("post-login-action"), s("exchange-action"),
                                                    s("post-login-bindings"), s("exchange-profile")}));
        QCOMPARE(planned.steps.at(4).kind, StepKind::ExchangeClient); // already allowed: nothing to do
        QVERIFY(planned.steps.at(4).summary.contains(s("nothing to do")));
        QVERIFY(planned.missingScopes().isEmpty());
        QVERIFY(planned.doctorBefore.critical());
        // The article's Action is listed, not unbound, until the user ticks it.
        QCOMPARE(planned.conflicts.size(), 1);
        QCOMPARE(planned.conflicts.at(0).name, ArticlePostLogin);
        QVERIFY(!planned.conflicts.at(0).unbind);
        const QJsonObject bindingsBody = planned.steps.at(2).requests.at(0).body.toObject();
        QCOMPARE(bindingsBody.value(s("bindings")).toArray().size(), 2); // kept, OrgLens's last
        planned.choose(-1, {planned.conflicts.at(0).actionId});
        QVERIFY(planned.conflicts.at(0).unbind);
        QCOMPARE(planned.steps.at(2).requests.at(0).body.toObject().value(s("bindings")).toArray().size(), 1);
        // What is shown is what would be sent: nothing is written by planning.
        QCOMPARE(snapshot(fixture.tenant().store()), original);
        QCOMPARE(planned.requests().first().method, QByteArray("POST"));
        QCOMPARE(planned.requests().first().path, s("actions/actions"));

        const repair::RepairOutcome applied = apply(session, planned);
        QVERIFY2(applied.ok, qPrintable(applied.message));
        QCOMPARE(applied.steps.size(), 4);
        const auto entry = auditLog().find(applied.entry.id);
        QVERIFY(entry);
        QCOMPARE(entry->source, s("repair"));
        QCOMPARE(entry->details.value(s("state")).toString(), s("applied"));
        // Each step's before-state is in the entry: the profile it replaced names the article's Action.
        const QJsonArray steps = entry->details.value(s("steps")).toArray();
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.at(3).toObject().value(s("before")).toObject().value(s("name")).toString(),
                 s("Device access tokens"));
        QCOMPARE(
            steps.at(2).toObject().value(s("before")).toArray().at(0).toObject().value(s("action_name")).toString(),
            ArticlePostLogin);

        // The doctor, with both probes: every step passes, the forged subject token is refused.
        const doctor::DoctorReport after = examine(session, s("auth0|alice"), true);
        for (const doctor::DoctorStep &step : after.steps)
            QVERIFY2(
                step.status == doctor::StepStatus::Pass,
                qPrintable(step.id + u' ' + doctor::stepStatusName(step.status) + u' ' + step.evidence.join(u';')));
        QVERIFY(!after.critical());
        QCOMPARE(repair::compareReports(planned.doctorBefore, after).at(2).before, doctor::StepStatus::Fail);

        // The real proof: a device login, the exchange and a refresh carry the organization.
        const test::HttpResult login = fixture.deviceLogin(s("alice@example.com"));
        QCOMPARE(login.status, 200);
        const QString deviceToken = login.json().value(s("access_token")).toString();
        QCOMPARE(DemoTenantFixture::payload(deviceToken).value(Namespace + s("org_id")).toString(), s("org_acme"));
        const QJsonObject exchanged = exchange(fixture, deviceToken);
        QCOMPARE(exchanged.value(s("org_id")).toString(), s("org_acme"));
        QCOMPARE(exchanged.value(s("sub")).toString(), s("auth0|alice"));
        const test::HttpResult refreshed =
            fixture.token({{s("grant_type"), s("refresh_token")},
                           {s("client_id"), s("demo-native")},
                           {s("refresh_token"), login.json().value(s("refresh_token")).toString()}});
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(DemoTenantFixture::payload(refreshed.json().value(s("access_token")).toString())
                     .value(Namespace + s("org_id"))
                     .toString(),
                 s("org_acme"));

        // Planned again: nothing left to do.
        QVERIFY(!plan(session, {.userId = s("auth0|alice")}).anythingToDo());

        // Undo: the tenant is exactly as before, field by field (the profile recreated under a new id).
        const repair::RepairOutcome undone = undo(session, applied.entry.id);
        QVERIFY2(undone.ok, qPrintable(undone.message));
        QCOMPARE(snapshot(fixture.tenant().store()), original);
        const auto undoEntry = auditLog().find(undone.entry.id);
        QVERIFY(undoEntry);
        QCOMPARE(undoEntry->source, s("undo"));
        QCOMPARE(undoEntry->undoOf, applied.entry.id);
        // The hole is back, as it was: the placeholder accepts a forged token again.
        QCOMPARE(exchange(fixture, s("not.a.token")).value(s("sub")).toString(), s("auth0|user123"));
    }

    void emptyTenantGetsProfileClientAndDefault()
    {
        DemoTenantFixture fixture(options(demo::ActionPreset::None));
        Session session(&m_network, fixture);
        const QJsonObject original = snapshot(fixture.tenant().store());
        repair::RepairPlan planned = plan(session, {.userId = s("auth0|bob"), .setDefaultOrg = true});
        QCOMPARE(neededSteps(planned),
                 (QStringList{s("post-login-action"), s("exchange-action"), s("post-login-bindings"),
                              s("exchange-profile"), s("exchange-client"), s("user-default-org")}));
        QVERIFY(planned.steps.at(5).summary.contains(s("(none) → org_acme"))); // bob's only organization
        const repair::RepairOutcome applied = apply(session, planned);
        QVERIFY2(applied.ok, qPrintable(applied.message));
        const demo::TenantStore &store = fixture.tenant().store();
        QVERIFY(store.findClient(s("demo-exchange"))->tokenExchangeProfileTypes.contains(s("custom_authentication")));
        QCOMPARE(store.findUser(s("auth0|bob"))->appMetadata.value(s("default_org_id")).toString(), s("org_acme"));
        const QJsonObject exchanged =
            exchange(fixture, fixture.deviceLogin(s("bob@example.com")).json().value(s("access_token")).toString());
        QCOMPARE(exchanged.value(s("org_id")).toString(), s("org_acme"));

        QVERIFY(undo(session, applied.entry.id).ok);
        QCOMPARE(snapshot(store), original);
    }

    void changeSincePlanStopsBeforeTheWrite()
    {
        DemoTenantFixture fixture(options(demo::ActionPreset::Article));
        Session session(&m_network, fixture);
        const QJsonObject original = snapshot(fixture.tenant().store());
        const repair::RepairPlan planned = plan(session, {});
        // Someone unbinds the article's Action between plan and apply.
        QVERIFY(std::holds_alternative<QList<demo::Binding>>(
            fixture.tenant().store().actions().replaceBindings(s("post-login"), QJsonArray())));
        const QJsonObject changed = snapshot(fixture.tenant().store());

        const repair::RepairOutcome applied = apply(session, planned);
        QVERIFY(!applied.ok);
        QVERIFY2(applied.message.contains(s("post-login-bindings changed since the plan")),
                 qPrintable(applied.message));
        QVERIFY(applied.message.contains(s("audit undo ") + applied.entry.id));
        // The two Actions written before are described; undo deletes them and leaves the other change alone.
        const auto entry = auditLog().find(applied.entry.id);
        QVERIFY(entry);
        QCOMPARE(entry->details.value(s("state")).toString(), s("failed"));
        int done = 0;
        for (const QJsonValue &step : entry->details.value(s("steps")).toArray())
            done += step.toObject().value(s("done")).toBool() ? 1 : 0;
        QCOMPARE(done, 2);
        QVERIFY(snapshot(fixture.tenant().store()) != changed);
        const repair::RepairOutcome undone = undo(session, applied.entry.id);
        QVERIFY2(undone.ok, qPrintable(undone.message));
        QCOMPARE(snapshot(fixture.tenant().store()), changed);
        QVERIFY(changed != original);
    }

    void undoRefusesAChangedTenantUnlessForced()
    {
        DemoTenantFixture fixture(options(demo::ActionPreset::Article));
        Session session(&m_network, fixture);
        const repair::RepairOutcome applied = apply(session, plan(session, {}));
        QVERIFY(applied.ok);
        demo::TenantStore &store = fixture.tenant().store();
        QVERIFY(std::holds_alternative<QList<demo::Binding>>(
            store.actions().replaceBindings(s("post-login"), QJsonArray())));
        const QJsonObject changed = snapshot(store);
        const repair::RepairOutcome refused = undo(session, applied.entry.id);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(s("post-login-bindings: the repair left")), qPrintable(refused.message));
        QCOMPARE(snapshot(store), changed); // nothing undone
        QVERIFY(refused.entry.id.isEmpty());
        const repair::RepairOutcome forced = undo(session, applied.entry.id, true);
        QVERIFY2(forced.ok, qPrintable(forced.message));
        QCOMPARE(store.exchangeProfiles().profiles().size(), size_t(1));
    }

    void missingScopeStopsBeforeTheFirstWrite()
    {
        DemoTenantFixture fixture(options(demo::ActionPreset::Article));
        demo::TenantStore &store = fixture.tenant().store();
        demo::ClientGrant *grant =
            store.findClientGrant(s("demo-m2m"), fixture.tenant().managementAudience().toString());
        QVERIFY(grant);
        grant->scopes.removeAll(s("delete:token_exchange_profiles"));
        Session session(&m_network, fixture);
        const QJsonObject original = snapshot(store);
        const repair::RepairPlan planned = plan(session, {});
        QCOMPARE(planned.missingScopes(), QStringList{s("delete:token_exchange_profiles")});
        QVERIFY(planned.missingScopesText().contains(s("Grant delete:token_exchange_profiles")));
        const repair::RepairOutcome applied = apply(session, planned);
        QVERIFY(!applied.ok);
        QVERIFY(applied.message.contains(s("delete:token_exchange_profiles")));
        QVERIFY(applied.entry.id.isEmpty());
        QCOMPARE(snapshot(store), original);
        QVERIFY(!QFile::exists(auditLog().path()));
        // Undo names what it cannot undo: an unknown id, an entry that is not a repair.
        QVERIFY(undo(session, s("nope")).message.contains(s("no audit entry has the id 'nope'")));
        const auto change = auditLog().append({.userId = s("auth0|bob"), .after = s("org_acme"), .source = s("set")});
        const repair::RepairOutcome notRepair = undo(session, change->id);
        QVERIFY(!notRepair.ok);
        QVERIFY2(notRepair.message.contains(s("is not a repair")), qPrintable(notRepair.message));
    }

    void faultHalfWayLeavesAnUndoableEntry()
    {
        demo::DemoTenantOptions broken = options(demo::ActionPreset::Article);
        broken.failRequests = {s("POST /api/v2/token-exchange-profiles")};
        DemoTenantFixture fixture(broken);
        Session session(&m_network, fixture);
        const QJsonObject original = snapshot(fixture.tenant().store());
        const repair::RepairOutcome applied = apply(session, plan(session, {}));
        QVERIFY(!applied.ok);
        QVERIFY2(applied.message.contains(s("POST /api/v2/token-exchange-profiles failed: 500")),
                 qPrintable(applied.message));
        // The profile was deleted before its replacement failed: the step is described as done, with what it left.
        const auto entry = auditLog().find(applied.entry.id);
        QVERIFY(entry);
        const QJsonObject profileStep = entry->details.value(s("steps")).toArray().at(3).toObject();
        QCOMPARE(profileStep.value(s("done")).toBool(), true);
        QVERIFY(profileStep.value(s("after")).isNull());
        QVERIFY(fixture.tenant().store().exchangeProfiles().profiles().empty());

        // While the outage lasts, undo stops at the same request and says so, with its own entry.
        const repair::RepairOutcome blocked = undo(session, applied.entry.id);
        QVERIFY(!blocked.ok);
        QVERIFY(blocked.message.contains(s("POST /api/v2/token-exchange-profiles failed")));
        QVERIFY(!blocked.entry.id.isEmpty());
        // Once it is over, undo restores everything: the profile is recreated, the Actions deleted.
        fixture.tenant().setFailRequests({});
        const repair::RepairOutcome undone = undo(session, applied.entry.id, true);
        QVERIFY2(undone.ok, qPrintable(undone.message));
        QCOMPARE(snapshot(fixture.tenant().store()), original);
    }
};

QTEST_MAIN(TestRepair)
#include "TestRepair.moc"
