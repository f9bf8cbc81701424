// A validated bulk update of app_metadata.default_org_id for 1,000 users through `orglens-cli users
// bulk-set-default-org` against the demo tenant with a 20 requests/s limit and 10 % injected 500s. Reports rows/s
// as a share of the best possible ((1 - fault rate) x limit), Management API requests per row, and PATCHes lost or
// repeated (from the tenant's event log).
#include "CliRunner.h"
#include "DemoTenant.h"
#include "TenantStore.h"

#include <QJsonDocument>
#include <QJsonObject>
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

} // namespace

class BenchBulkDefaultOrg : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void thousandUsers()
    {
        constexpr int Users = 1000;
        constexpr int Limit = 20;
        constexpr double FailRate = 0.1;
        demo::DemoTenantOptions options;
        options.syntheticUsers = Users;
        options.managementRateLimit = Limit;
        options.failRate = FailRate;
        options.failSeed = 1;
        demo::DemoTenant tenant(options);
        QVERIFY(tenant.start().ok());
        QHash<QString, int> patches;
        int faults = 0;
        QObject::connect(&tenant, &demo::DemoTenant::activity, &tenant, [&](const QJsonObject &entry) {
            const QString type = entry.value(s("type")).toString();
            if (type == QLatin1String("patch_user"))
                ++patches[entry.value(s("user_id")).toString()];
            else if (type == QLatin1String("management_fault"))
                ++faults;
        });

        // Every user gets an organization it is a member of (users in none join org_initech first).
        QTemporaryDir dir;
        const QString csv = dir.filePath(s("users.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("user_id,org_id\n");
        QHash<QString, QString> target;
        for (int i = 1; i <= Users; ++i) {
            const QString user = s("auth0|user%1").arg(i, 6, 10, QLatin1Char('0'));
            QString org = i % 3 == 0 ? s("org_globex") : i % 2 == 1 ? s("org_acme") : s("org_initech");
            if (org == QLatin1String("org_initech"))
                tenant.store().addMember(org, user);
            target.insert(user, org);
            file.write(QStringLiteral("%1,%2\n").arg(user, org).toUtf8());
        }
        file.close();

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(s("ORGLENS_MGMT_CLIENT_SECRET"), s("demo-m2m-secret"));
        const CliRun run = runCli({s("users"), s("bulk-set-default-org"), csv, s("--concurrency"), s("8"), s("--json"),
                                   s("--issuer"), tenant.issuer().toString(), s("--mgmt-client-id"), s("demo-m2m")},
                                  {}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(2000)));
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const double seconds = summary.value(s("seconds")).toDouble();
        const int requests = summary.value(s("requests")).toInt();

        int lost = 0, repeated = 0;
        for (auto it = target.cbegin(); it != target.cend(); ++it) {
            const int count = patches.value(it.key());
            lost += count == 0 ? 1 : 0;
            repeated += count > 1 ? count - 1 : 0;
            if (tenant.store().findUser(it.key())->appMetadata.value(s("default_org_id")).toString() != it.value())
                ++lost;
        }
        const double rowsPerSecond = Users / seconds;
        const double best = (1.0 - FailRate) * Limit;
        qInfo("%d rows in %.1f s: %.2f rows/s = %.3f of the best possible %.1f rows/s", Users, seconds, rowsPerSecond,
              rowsPerSecond / best, best);
        qInfo("%d Management API requests (%d for validation): %.3f per row; %d injected 500s; %d answered 429",
              requests, summary.value(s("validation_requests")).toInt(), double(requests) / Users, faults,
              summary.value(s("rate_limited")).toInt());
        qInfo("PATCHes lost: %d, repeated: %d; applied %d, skipped %d, failed %d", lost, repeated,
              summary.value(s("applied")).toInt(), summary.value(s("skipped")).toInt(),
              summary.value(s("failed")).toInt());
        QCOMPARE(summary.value(s("applied")).toInt(), Users);
        QCOMPARE(lost, 0);
        QCOMPARE(repeated, 0);
        QVERIFY2(rowsPerSecond / best >= 0.9, "below 0.9 of the best possible rate");
    }
};

QTEST_GUILESS_MAIN(BenchBulkDefaultOrg)
#include "BenchBulkDefaultOrg.moc"
