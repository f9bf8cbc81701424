// Editing app_metadata.default_org_id through the Management API client and orglens-cli against an in-process demo
// tenant over real HTTP: merge safety, membership refusal, dry runs, rate limiting, retries, bulk validation,
// resume after kill -9, audit and undo. The tenant's event log is the witness of what was PATCHed.
#include "CliRunner.h"
#include "DemoTenant.h"
#include "HttpTestClient.h"
#include "TenantStore.h"
#include "management/AuditLog.h"
#include "management/BulkJournal.h"
#include "management/ManagementClient.h"
#include "oauth/OAuthClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <csignal>
#include <sys/types.h>

using namespace orglens;
using namespace orglens::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A started tenant that records its events.
struct Tenant {
    explicit Tenant(demo::DemoTenantOptions options = {}) : tenant(std::move(options))
    {
        const auto started = tenant.start();
        if (!started)
            qFatal("demo tenant did not start: %s", qPrintable(started.error().message));
        QObject::connect(&tenant, &demo::DemoTenant::activity, &tenant,
                         [this](const QJsonObject &entry) { events.append(entry); });
    }

    QList<QJsonObject> eventsOf(const char *type) const
    {
        QList<QJsonObject> matching;
        for (const QJsonObject &entry : events) {
            if (entry.value(QLatin1String("type")).toString() == QLatin1String(type))
                matching.append(entry);
        }
        return matching;
    }

    QJsonObject appMetadata(const char *userId) { return tenant.store().findUser(s(userId))->appMetadata; }

    QStringList connection(const char *clientId = "demo-m2m") const
    {
        return {s("--issuer"), tenant.issuer().toString(), s("--mgmt-client-id"), s(clientId)};
    }

    demo::DemoTenant tenant;
    QList<QJsonObject> events;
};

// Writes `content` to a file in `dir`; returns its path (empty when it could not be written).
QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(s(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return {};
    return path;
}

QProcessEnvironment secretEnvironment(const char *secret = "demo-m2m-secret")
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(s("ORGLENS_MGMT_CLIENT_SECRET"), s(secret));
    return environment;
}

CliRun runAgainst(Tenant &tenant, QStringList arguments, const char *client = "demo-m2m",
                  const char *secret = "demo-m2m-secret")
{
    return runCli(arguments + tenant.connection(client), {}, secretEnvironment(secret));
}

// A client straight on the core API.
struct Client {
    Client(Tenant &tenant, management::RetryPolicy retry = {}, const char *clientId = "demo-m2m",
           const char *secret = "demo-m2m-secret")
        : oauth(&network)
    {
        management::ManagementConfig config;
        config.issuer = tenant.tenant.issuer();
        config.clientId = s(clientId);
        config.clientSecret = Secret::fromString(s(secret));
        config.retry = retry;
        client = std::make_unique<management::ManagementClient>(&network, &oauth, config);
    }

    management::ApiResult getUser(const char *userId)
    {
        QObject context;
        std::optional<management::ApiResult> result;
        client->getUser(s(userId), &context, [&](const management::ApiResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            qFatal("no answer");
        return *result;
    }

    management::ListResult clientGrants(const QString &clientId, const QString &audience)
    {
        QObject context;
        std::optional<management::ListResult> result;
        client->clientGrants(clientId, audience, &context, [&](const management::ListResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            qFatal("no answer");
        return *result;
    }

    QNetworkAccessManager network;
    oauth::OAuthClient oauth;
    std::unique_ptr<management::ManagementClient> client;
};

QJsonObject patchOnly(const char *orgId)
{
    return {{s("app_metadata"), QJsonObject{{s("default_org_id"), orgId ? QJsonValue(s(orgId)) : QJsonValue()}}}};
}

} // namespace

class TestManagementEdits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QFile::remove(management::AuditLog::defaultPath()); }

    void setAndClearKeepOtherAppMetadata()
    {
        Tenant tenant;
        CliRun run = runAgainst(tenant, {s("users"), s("set-default-org"), s("auth0|alice"), s("globex")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(s("org_acme -> org_globex")));
        QCOMPARE(tenant.appMetadata("auth0|alice"),
                 (QJsonObject{{s("default_org_id"), s("org_globex")}, {s("plan"), s("gold")}, {s("region"), s("eu")}}));
        // Only the one key was sent.
        QCOMPARE(tenant.eventsOf("patch_user").size(), 1);
        QCOMPARE(tenant.eventsOf("patch_user").first().value(s("changes")).toObject(), patchOnly("org_globex"));

        run = runAgainst(tenant, {s("users"), s("set-default-org"), s("alice@example.com"), s("--clear"), s("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(tenant.appMetadata("auth0|alice"), (QJsonObject{{s("plan"), s("gold")}, {s("region"), s("eu")}}));
        QCOMPARE(tenant.eventsOf("patch_user").last().value(s("changes")).toObject(), patchOnly(nullptr));
        const QJsonObject output = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(output.value(s("before")).toString(), s("org_globex"));
        QVERIFY(output.value(s("after")).isNull());
    }

    void refusesNonMember()
    {
        Tenant tenant;
        CliRun run = runAgainst(tenant, {s("users"), s("set-default-org"), s("auth0|carol"), s("org_globex")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(s("not a member of org_globex")) && run.err.contains(s("--allow-non-member")),
                 qPrintable(run.err));
        QVERIFY(tenant.eventsOf("patch_user").isEmpty());
        run = runAgainst(tenant, {s("users"), s("set-default-org"), s("auth0|carol"), s("org_initech")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run =
            runAgainst(tenant, {s("users"), s("set-default-org"), s("auth0|dave"), s("acme"), s("--allow-non-member")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(tenant.appMetadata("auth0|dave").value(s("default_org_id")).toString(), s("org_acme"));
    }

    void dryRunChangesNothing()
    {
        Tenant tenant;
        CliRun run = runAgainst(tenant, {s("users"), s("set-default-org"), s("auth0|bob"), s("acme"), s("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(s("(none) -> org_acme")));
        QTemporaryDir dir;
        const QString csv = dir.filePath(s("rows.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,org_id\r\nbob@example.com,acme\r\nalice@example.com,org_globex\r\n");
        file.close();
        run = runAgainst(tenant, {s("users"), s("bulk-set-default-org"), csv, s("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(s("2 of 2 row(s) would change")), qPrintable(run.out));
        QVERIFY(tenant.eventsOf("patch_user").isEmpty());
        QVERIFY(!QFile::exists(csv + s(".journal")));
        QVERIFY(!QFile::exists(management::AuditLog::defaultPath()));
    }

    void insufficientScopeIsExplained()
    {
        Tenant tenant;
        const CliRun run =
            runAgainst(tenant, {s("users"), s("orgs"), s("auth0|alice")}, "demo-readonly", "demo-readonly-secret");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(s("403 Forbidden: Insufficient scope, expected any of: read:organizations "
                                    "(insufficient_scope)")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(s("Hint: grant the machine-to-machine application the Management API scope "
                                    "read:organizations")),
                 qPrintable(run.err));
        const CliRun missing = runAgainst(tenant, {s("users"), s("get"), s("auth0|nobody")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(s("(inexistent_user)")), qPrintable(missing.err));
    }

    // The bucket is emptied by someone else; the client must then send nothing before the reset the 429 named.
    void waitsForTheResetAfter429()
    {
        // One request per second: after another caller's 429 the client has a whole second to be limited too,
        // however slow the machine (sanitizer builds, parallel tests).
        demo::DemoTenantOptions options;
        options.managementRateLimit = 1;
        Tenant tenant(options);
        Client client(tenant);
        QList<qint64> sentAt;
        QList<std::pair<qint64, qint64>> limited; // (answer time, reset) in ms since the epoch
        QObject::connect(
            client.client.get(), &management::ManagementClient::requestStarted, &tenant.tenant,
            [&](const QByteArray &, const QString &, const QDateTime &at) { sentAt.append(at.toMSecsSinceEpoch()); });
        QObject::connect(&client.network, &QNetworkAccessManager::finished, &tenant.tenant, [&](QNetworkReply *reply) {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429)
                limited.append(
                    {QDateTime::currentMSecsSinceEpoch(), reply->rawHeader("x-ratelimit-reset").toLongLong() * 1000});
        });
        // The client's token request waits for the tenant's key generation (slow on a busy machine): finish it
        // first, so the bucket is still empty when the client's call arrives.
        tenant.tenant.signingKey().jwks();
        HttpTestClient other;
        const QUrl users(tenant.tenant.issuer().toString() + s("api/v2/users"));
        // Empty the bucket: another caller gets the 429 first, then the client asks at once.
        bool otherLimited = false;
        for (int i = 0; i < 20 && !otherLimited; ++i)
            otherLimited = other.get(users).status == 429;
        QVERIFY(otherLimited);
        const auto result = client.getUser("auth0|alice");
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->text()));
        QVERIFY(!limited.isEmpty());
        QVERIFY(client.client->pacer().rateLimitedCount() >= 1);
        for (const auto &[answeredAt, reset] : limited) {
            for (const qint64 sent : sentAt) {
                QVERIFY2(!(sent > answeredAt && sent < reset),
                         qPrintable(s("request sent %1 ms before the reset").arg(reset - sent)));
            }
        }
        QVERIFY(sentAt.last() >= limited.last().second);
    }

    void retriesServerErrors()
    {
        demo::DemoTenantOptions options;
        options.failRate = 0.4;
        options.failSeed = 7;
        Tenant tenant(options);
        management::RetryPolicy retry;
        retry.baseDelay = std::chrono::milliseconds(10);
        Client client(tenant, retry);
        int retried = 0;
        for (const char *user : {"auth0|alice", "auth0|bob", "auth0|carol", "auth0|dave", "auth0|alice", "auth0|bob"}) {
            const auto result = client.getUser(user);
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->text()));
            retried += result.attempts > 1 ? 1 : 0;
        }
        QVERIFY(!tenant.eventsOf("management_fault").isEmpty());
        QVERIFY(retried > 0);

        // Every answer a 500: a bounded number of attempts, then Auth0's error with the count.
        demo::DemoTenantOptions broken;
        broken.failRate = 1.0;
        Tenant down(broken);
        retry.maxAttempts = 3;
        Client failing(down, retry);
        const auto result = failing.getUser("auth0|alice");
        QVERIFY(!result.ok());
        QCOMPARE(result.statusCode, 500);
        QCOMPARE(result.attempts, 3);
        QVERIFY2(result.error->text().contains(s("gave up after 3 attempts")), qPrintable(result.error->text()));
        QCOMPARE(down.eventsOf("management_fault").size(), 3);
    }

    // The client grant an M2M token was issued under, read like the other lists: paced, retried, errors as ApiError.
    void readsClientGrants()
    {
        demo::DemoTenantOptions options;
        options.failRate = 0.5;
        options.failSeed = 7;
        Tenant tenant(options);
        management::RetryPolicy retry;
        retry.baseDelay = std::chrono::milliseconds(10);
        Client client(tenant, retry);
        const QString orders = QLatin1String(demo::OrdersApiAudience);
        const QString management = tenant.tenant.managementAudience().toString();

        auto grants = client.clientGrants(s("demo-m2m"), orders);
        QVERIFY2(grants.ok(), qPrintable(grants.ok() ? QString() : grants.error->text()));
        QCOMPARE(grants.items.size(), 1);
        QJsonObject grant = grants.items.first().toObject();
        QCOMPARE(grant.value(s("client_id")).toString(), s("demo-m2m"));
        QCOMPARE(grant.value(s("audience")).toString(), orders);
        QCOMPARE(grant.value(s("organization_usage")).toString(), s("allow"));
        QCOMPARE(grant.value(s("allow_any_organization")).toBool(), true);

        grants = client.clientGrants(s("demo-m2m"), management);
        QVERIFY2(grants.ok(), qPrintable(grants.ok() ? QString() : grants.error->text()));
        QCOMPARE(grants.items.size(), 1);
        QVERIFY(!grants.items.first().toObject().contains(s("organization_usage"))); // never set = deny

        grants = client.clientGrants({}, management); // an empty filter matches any client
        QCOMPARE(grants.items.size(), 2);
        grants = client.clientGrants(s("demo-native"), orders);
        QVERIFY(grants.ok() && grants.items.isEmpty());

        // Every request above went through the fault injector; some were retried, none failed.
        QVERIFY(!tenant.eventsOf("management_fault").isEmpty());

        Tenant plain;
        Client readonly(plain, {}, "demo-readonly", "demo-readonly-secret");
        grants = readonly.clientGrants(s("demo-m2m"), orders);
        QVERIFY(!grants.ok());
        QCOMPARE(grants.error->statusCode, 403);
        QCOMPARE(grants.error->errorCode, s("insufficient_scope"));
        QVERIFY2(grants.error->text().contains(s("read:client_grants")), qPrintable(grants.error->text()));
    }

    void badCsvRowsReportedWithLineNumbers()
    {
        Tenant tenant;
        QTemporaryDir dir;
        const QString csv = dir.filePath(s("rows.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBFuser_id,org_id\r\n"
                   "auth0|alice,org_globex\r\n"
                   "auth0|nobody,acme\r\n"
                   "\"auth0|carol\",globex\r\n"
                   "auth0|bob,no-such-org\r\n"
                   "auth0|alice,acme\r\n"
                   "just-one-field\r\n"
                   "\"auth0|bob\r\nx\",acme\r\n");
        file.close();
        const CliRun run = runAgainst(tenant, {s("users"), s("bulk-set-default-org"), csv});
        QCOMPARE(run.exitCode, 2);
        for (const char *expected :
             {"line 3: unknown user auth0|nobody", "line 4: auth0|carol is not a member of org_globex",
              "line 5: unknown organization no-such-org", "line 6: duplicate user auth0|alice (already on line 2)",
              "line 7: expected 2 fields", "line 8: unknown user auth0|bob\nx"}) {
            QVERIFY2(run.err.contains(s(expected)), qPrintable(s(expected) + s("\n") + run.err));
        }
        QVERIFY(!run.err.contains(s("line 2:")));
        QVERIFY(tenant.eventsOf("patch_user").isEmpty());
    }

    // kill -9 in the middle of a bulk run, then --resume: every row applied, none PATCHed twice.
    void resumesAfterKill()
    {
        demo::DemoTenantOptions options;
        options.syntheticUsers = 120;
        options.slowMs = 40; // PATCHes are in flight when the process dies
        options.managementRateLimit = 100;
        Tenant tenant(options);
        QTemporaryDir dir;
        const QString csv = dir.filePath(s("rows.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("user_id,org_id\n");
        QStringList users;
        for (int i = 1; i <= 120; ++i) {
            if (i % 2 == 0)
                continue; // members of org_acme
            const QString user = s("auth0|user%1").arg(i, 6, 10, QLatin1Char('0'));
            users << user;
            file.write(QStringLiteral("%1,acme\n").arg(user).toUtf8());
        }
        file.close();

        QProcess process;
        QProcessEnvironment environment = secretEnvironment();
        environment.insert(s("XDG_DATA_HOME"), dir.filePath(s("data")));
        process.setProcessEnvironment(environment);
        process.start(s(ORGLENS_CLI_BINARY),
                      QStringList{s("users"), s("bulk-set-default-org"), csv, s("--concurrency"), s("4")} +
                          tenant.connection());
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(tenant.eventsOf("patch_user").size() >= 20, 30000);
        QVERIFY(tenant.tenant.openConnections() > 0);
        process.kill(); // SIGKILL, mid-run
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        // The PATCHes already sent are served once the tenant has read the killed process's connections to the end.
        QTRY_COMPARE(tenant.tenant.openConnections(), 0);
        const qsizetype beforeResume = tenant.eventsOf("patch_user").size();
        QVERIFY(beforeResume < users.size());

        const CliRun resumed =
            runAgainst(tenant, {s("users"), s("bulk-set-default-org"), csv, s("--resume"), s("--json")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        const QJsonObject summary = QJsonDocument::fromJson(resumed.out.toUtf8()).object();
        QCOMPARE(summary.value(s("failed")).toInt(), 0);
        QCOMPARE(summary.value(s("applied")).toInt(), users.size());

        QHash<QString, int> patches;
        for (const QJsonObject &entry : tenant.eventsOf("patch_user"))
            ++patches[entry.value(s("user_id")).toString()];
        for (const QString &user : users) {
            QCOMPARE(patches.value(user), 1);
            QCOMPARE(tenant.tenant.store().findUser(user)->appMetadata.value(s("default_org_id")).toString(),
                     s("org_acme"));
            QCOMPARE(tenant.tenant.store().findUser(user)->appMetadata.value(s("plan")).toString(), s("free"));
        }
        // A third run finds everything done and sends no PATCH.
        const CliRun again = runAgainst(tenant, {s("users"), s("bulk-set-default-org"), csv, s("--resume")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(tenant.eventsOf("patch_user").size(), users.size());
    }

    // The audit log cannot be written (a folder stands where the file should be): the row whose change went through
    // is reported as unaudited, not applied, the run stops there, and the command fails.
    void bulkRowWithoutAuditEntryIsNotCountedApplied()
    {
        Tenant tenant;
        QTemporaryDir dir;
        const QString csv = writeFile(dir, "rows.csv", "user_id,org_id\nauth0|bob,acme\nauth0|alice,globex\n");
        QVERIFY(!csv.isEmpty());
        const QString auditPath = management::AuditLog::defaultPath();
        QVERIFY(QDir().mkpath(auditPath));
        const auto removeFolder = qScopeGuard([&] { QDir(auditPath).removeRecursively(); });
        const CliRun run =
            runAgainst(tenant, {s("users"), s("bulk-set-default-org"), csv, s("--concurrency"), s("1"), s("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(summary.value(s("applied")).toInt(), 0);
        QCOMPARE(summary.value(s("unaudited")).toInt(), 1);
        QCOMPARE(summary.value(s("not_started")).toInt(), 1);
        const QJsonObject bob = summary.value(s("rows")).toArray().first().toObject();
        QCOMPARE(bob.value(s("status")).toString(), s("unaudited"));
        QVERIFY2(bob.value(s("detail")).toString().contains(s("audit entry could not be written")),
                 qPrintable(run.out));
        QCOMPARE(tenant.eventsOf("patch_user").size(), 1);
        QCOMPARE(tenant.appMetadata("auth0|bob").value(s("default_org_id")).toString(), s("org_acme"));
    }

    // A journal left by a crash with two intents and no outcomes: one PATCH had reached the tenant, one had not.
    void badPagingNumbersAreBadUsage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("page abc") << QStringList{s("--page"), s("abc")} << s("--page must be a whole number");
        QTest::newRow("page -1") << QStringList{s("--page"), s("-1")} << s("--page must be a whole number");
        QTest::newRow("per-page abc") << QStringList{s("--per-page"), s("abc")} << s("--per-page must be a number");
        QTest::newRow("per-page 0") << QStringList{s("--per-page"), s("0")} << s("--per-page must be a number");
        QTest::newRow("per-page 101") << QStringList{s("--per-page"), s("101")} << s("--per-page must be a number");
    }

    void badPagingNumbersAreBadUsage()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        Tenant tenant;
        const CliRun run = runAgainst(tenant, QStringList{s("users"), s("search"), s("email:*")} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(tenant.events.isEmpty()); // refused before any request
    }

    // A two-row CSV against an organization of ~3,000 members checks the two users' organizations (2 requests)
    // instead of paging the member list (31 requests); the dry run says which it chose and why, and a non-member is
    // still refused.
    void membershipOfALargeOrganizationIsCheckedPerUser()
    {
        demo::DemoTenantOptions options;
        options.syntheticUsers = 6000; // odd-numbered users are members of org_acme
        options.managementRateLimit = 1000;
        Tenant tenant(options);
        QTemporaryDir dir;
        const QString csv =
            writeFile(dir, "rows.csv", "user_id,org_id\nauth0|user000001,org_acme\nauth0|user000003,acme\n");
        QVERIFY(!csv.isEmpty());
        const CliRun dry =
            runAgainst(tenant, {s("users"), s("bulk-set-default-org"), csv, s("--dry-run"), s("--json")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        const QJsonObject json = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        const QJsonArray checks = json.value(s("membership_checks")).toArray();
        QCOMPARE(checks.size(), 1);
        const QJsonObject check = checks.first().toObject();
        QCOMPARE(check.value(s("org_id")).toString(), s("org_acme"));
        QCOMPARE(check.value(s("members")).toInt(), 3002); // alice, bob and 3,000 odd synthetic users
        QCOMPARE(check.value(s("csv_users")).toInt(), 2);
        QCOMPARE(check.value(s("method")).toString(), s("per_user"));
        QCOMPARE(check.value(s("requests")).toInt(), 2);
        QCOMPARE(check.value(s("other_method_requests")).toInt(), 31);
        QVERIFY2(json.value(s("validation_requests")).toInt() <= 8, qPrintable(dry.out)); // not 31 + …
        QCOMPARE(json.value(s("to_change")).toInt(), 2);

        const CliRun human = runAgainst(tenant, {s("users"), s("bulk-set-default-org"), csv, s("--dry-run")});
        QVERIFY2(human.out.contains(s("Membership in org_acme (3002 members): checked per user for the 2 user(s) of "
                                      "the CSV, 2 request(s) instead of 31 to read the member list.")),
                 qPrintable(human.out));

        // user000002 is not a member of org_acme: the per-user check refuses it like the member list did.
        QCOMPARE(writeFile(dir, "rows.csv", "user_id,org_id\nauth0|user000002,org_acme\n"), csv);
        const CliRun refused = runAgainst(tenant, {s("users"), s("bulk-set-default-org"), csv, s("--dry-run")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.out.contains(s("not a member")) || refused.err.contains(s("not a member")),
                 qPrintable(refused.out + refused.err));
    }

    // Two processes on one journal: the second (a --resume started while the first still runs) is refused with the
    // first's pid, so every row is PATCHed exactly once; a resume after the first ended sends nothing.
    void secondProcessOnTheSameJournalIsRefused()
    {
        demo::DemoTenantOptions options;
        options.syntheticUsers = 40;
        options.managementRateLimit = 5; // the first run takes several seconds: time to pause it mid-run
        Tenant tenant(options);
        QTemporaryDir dir;
        QByteArray rows = "user_id,org_id\n";
        for (int i = 1; i <= 40; ++i)
            rows += QStringLiteral("auth0|user%1,org_acme\n").arg(i, 6, 10, QLatin1Char('0')).toUtf8();
        const QString csv = writeFile(dir, "rows.csv", rows);
        QVERIFY(!csv.isEmpty());
        const QStringList arguments =
            QStringList{s("users"), s("bulk-set-default-org"), csv, s("--allow-non-member"), s("--concurrency"),
                        s("2")} +
            tenant.connection();
        const auto start = [&](QProcess &process, const QStringList &extra) {
            process.setProcessEnvironment(secretEnvironment());
            process.start(s(ORGLENS_CLI_BINARY), arguments + extra);
            QVERIFY(process.waitForStarted());
        };
        // Both processes talk to the tenant in this process: wait with the event loop running, never blocking it.
        const auto waitEnded = [](QProcess &process) {
            return QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000);
        };
        QProcess first;
        start(first, {});
        QVERIFY(QTest::qWaitFor([&] { return tenant.eventsOf("patch_user").size() >= 3; }, 60000));
        // Frozen mid-run, holding the journal, for as long as the second takes however loaded the machine is.
        QVERIFY(::kill(pid_t(first.processId()), SIGSTOP) == 0);
        QVERIFY2(tenant.eventsOf("patch_user").size() < 40, "the first run ended before it could be paused");

        QProcess second;
        start(second, {s("--resume")});
        const bool secondEnded = waitEnded(second);
        ::kill(pid_t(first.processId()), SIGCONT);
        QVERIFY(secondEnded);
        const QString secondErr = QString::fromUtf8(second.readAllStandardError());
        QCOMPARE(second.exitCode(), 1);
        QVERIFY2(secondErr.contains(QStringLiteral("another run (pid %1").arg(first.processId())),
                 qPrintable(secondErr));

        QVERIFY(waitEnded(first));
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QSet<QString> patched;
        for (const QJsonObject &patch : tenant.eventsOf("patch_user"))
            patched.insert(patch.value(s("user_id")).toString());
        QCOMPARE(tenant.eventsOf("patch_user").size(), 40);
        QCOMPARE(patched.size(), 40);

        QProcess resumed;
        start(resumed, {s("--resume")});
        QVERIFY(waitEnded(resumed));
        QVERIFY2(resumed.exitCode() == 0, resumed.readAllStandardError().constData());
        QCOMPARE(tenant.eventsOf("patch_user").size(), 40);
        QCOMPARE(QFile::permissions(csv + s(".journal")) & 0x0077, QFileDevice::Permissions()); // owner only
    }

    // --resume re-reads both users and PATCHes only the second.
    void resumeRereadsIntentsWithoutOutcome()
    {
        Tenant tenant;
        QTemporaryDir dir;
        const QByteArray data = "user_id,org_id\nauth0|bob,acme\nauth0|alice,globex\n";
        const QString csv = writeFile(dir, "rows.csv", data);
        QVERIFY(!csv.isEmpty());
        { // the run that crashed (its journal lock goes with it)
            management::BulkJournal journal(csv + s(".journal"));
            const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
            QVERIFY(journal.open(sha, tenant.tenant.issuer().toString(), false).ok());
            QVERIFY(journal.intent(2, s("auth0|bob"), QJsonValue(), s("org_acme")).ok());
            QVERIFY(journal.intent(3, s("auth0|alice"), s("org_acme"), s("org_globex")).ok());
        }
        // Bob's PATCH had been applied before the crash.
        tenant.tenant.store().findUser(s("auth0|bob"))->appMetadata.insert(s("default_org_id"), s("org_acme"));

        const CliRun run = runAgainst(tenant, {s("users"), s("bulk-set-default-org"), csv, s("--resume"), s("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).object().value(s("rows")).toArray();
        QCOMPARE(rows.at(0).toObject().value(s("detail")).toString(), s("applied by the interrupted run"));
        QCOMPARE(rows.at(1).toObject().value(s("status")).toString(), s("applied"));
        QCOMPARE(tenant.eventsOf("patch_user").size(), 1);
        QCOMPARE(tenant.eventsOf("patch_user").first().value(s("user_id")).toString(), s("auth0|alice"));
        // Both changes are in the audit log, bob's with the value before from the journal.
        const auto logged = management::AuditLog().entries();
        QCOMPARE(logged->size(), 2);
    }

    void undoRestoresAndRefusesStale()
    {
        Tenant tenant;
        CliRun run = runAgainst(tenant, {s("users"), s("set-default-org"), s("auth0|bob"), s("acme"), s("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString id = QJsonDocument::fromJson(run.out.toUtf8()).object().value(s("id")).toString();
        QVERIFY(!id.isEmpty());
        run = runCli({s("audit"), s("list"), s("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(s("user_id")).toString(), s("auth0|bob"));
        QCOMPARE(entries.first().toObject().value(s("client_id")).toString(), s("demo-m2m"));
        QVERIFY(!run.out.contains(s("secret")));

        run = runAgainst(tenant, {s("audit"), s("undo"), id});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(tenant.appMetadata("auth0|bob"), (QJsonObject{{s("plan"), s("free")}}));
        // The undo is itself logged.
        const auto logged = management::AuditLog().entries();
        QCOMPARE(logged->size(), 2);
        QCOMPARE(logged->last().undoOf, id);
        // The value is no longer what the change wrote: a second undo is refused unless forced.
        const qsizetype patches = tenant.eventsOf("patch_user").size();
        run = runAgainst(tenant, {s("audit"), s("undo"), id});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(s("--force")), qPrintable(run.err));
        QCOMPARE(tenant.eventsOf("patch_user").size(), patches);
        run = runAgainst(tenant, {s("audit"), s("undo"), id, s("--force")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(tenant.appMetadata("auth0|bob").value(s("default_org_id")).isUndefined());
    }
};

QTEST_GUILESS_MAIN(TestManagementEdits)
#include "TestManagementEdits.moc"
