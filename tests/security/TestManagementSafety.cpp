// Bulk default-organization edits against the demo tenant: every PATCH carries only app_metadata.default_org_id, a
// row that fails in the middle of a run loses no other row (each gets its outcome in the summary and the journal; a
// resumed run touches nothing already done), and a change the audit log could not record is never counted as applied.
// Single edits, crash-and-resume and retries have their own tests (see SECURITY.md).
#include "DemoTenant.h"
#include "TenantStore.h"
#include "WaitFor.h"

#include "management/BulkRunner.h"
#include "management/ManagementClient.h"
#include "oauth/OAuthClient.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace orglens;
using namespace orglens::management;
using orglens::test::waitFor;

namespace {

QString userId(int number)
{
    return QStringLiteral("auth0|user%1").arg(number, 6, 10, QLatin1Char('0'));
}

// A demo tenant of 12 synthetic users, a Management API client and a bulk runner on it, and a plan that sets
// org_acme for all 12 (validated against the tenant).
struct BulkSetup {
    BulkSetup()
    {
        demo::DemoTenantOptions options;
        options.syntheticUsers = 12;
        options.managementRateLimit = 1000;
        tenant = std::make_unique<demo::DemoTenant>(options);
        if (!tenant->start())
            qFatal("the demo tenant did not start");
        ManagementConfig config;
        config.issuer = tenant->issuer();
        config.clientId = QStringLiteral("demo-m2m");
        config.clientSecret = Secret::fromString(QStringLiteral("demo-m2m-secret"));
        config.retry.baseDelay = std::chrono::milliseconds(10);
        client = std::make_unique<ManagementClient>(&network, &oauth, config);
        runner = std::make_unique<BulkRunner>(*client, AuditLog(auditPath()), QStringLiteral("test"));
        QList<BulkRow> rows;
        for (int i = 1; i <= 12; ++i)
            rows << BulkRow{i + 1, userId(i), false, QStringLiteral("org_acme")};
        const auto validated = waitFor<Result<BulkPlan>>(
            [&](auto done) { runner->validate(rows, /*allowNonMember=*/true, std::move(done)); });
        if (!validated)
            qFatal("validation failed: %s", qPrintable(validated.error().message));
        plan = validated.value();
    }

    QString journalPath() const { return dir.filePath(QStringLiteral("rows.csv.journal")); }
    QString auditPath() const { return dir.filePath(QStringLiteral("audit.jsonl")); }

    // Starts (or resumes) the journal and applies `plan` under it.
    BulkSummary apply(BulkJournal &journal, bool resume, const BulkPlan &plan, int concurrency)
    {
        const auto state = journal.open(QStringLiteral("sha"), tenant->issuer().toString(), resume);
        if (!state)
            qFatal("the journal did not open: %s", qPrintable(state.error().message));
        return waitFor<BulkSummary>(
            [&](auto done) { runner->apply(plan, journal, *state, concurrency, std::move(done)); });
    }

    // From now on counts the PATCHes the tenant receives; at the `nth`, `path` turns into a folder, so it can no
    // longer be written (on a user's machine: a full disk).
    void unwritableAtPatch(int nth, const QString &path)
    {
        QObject::connect(
            tenant.get(), &demo::DemoTenant::activity, tenant.get(), [this, nth, path](const QJsonObject &event) {
                if (event.value(QLatin1String("type")).toString() != QLatin1String("patch_user") || ++patches != nth)
                    return;
                if (!QFile::remove(path) || !QDir().mkdir(path))
                    qFatal("%s could not be turned into a folder", qPrintable(path));
            });
    }

    QTemporaryDir dir;
    std::unique_ptr<demo::DemoTenant> tenant;
    QNetworkAccessManager network;
    oauth::OAuthClient oauth{&network};
    std::unique_ptr<ManagementClient> client;
    std::unique_ptr<BulkRunner> runner;
    BulkPlan plan;
    int patches = 0; // counted once unwritableAtPatch() is called
};

} // namespace

class TestManagementSafety : public QObject {
    Q_OBJECT

private slots:
    void failedRowMidBulkLosesNoOtherRow()
    {
        BulkSetup setup;
        QList<QJsonObject> patches;
        connect(setup.tenant.get(), &demo::DemoTenant::activity, this, [&patches](const QJsonObject &event) {
            if (event.value(QLatin1String("type")).toString() == QLatin1String("patch_user"))
                patches << event;
        });
        QCOMPARE(setup.plan.rows.size(), 12);
        // A user deleted after the plan was made: its PATCH fails (404) in the middle of the run.
        BulkPlan withGhost = setup.plan;
        withGhost.rows.insert(5, PlannedRow{100, QStringLiteral("auth0|deleted-meanwhile"), QStringLiteral("org_acme"),
                                            QJsonValue(), false});

        BulkJournal journal(setup.journalPath());
        const auto state = journal.open(QStringLiteral("sha"), setup.tenant->issuer().toString(), false);
        QVERIFY(state);
        const BulkSummary summary = waitFor<BulkSummary>(
            [&](auto done) { setup.runner->apply(withGhost, journal, *state, 3, std::move(done)); });
        QVERIFY(!summary.fatal);
        QCOMPARE(summary.results.size(), 13);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.applied, 12);
        for (const RowResult &row : summary.results) {
            const bool ghost = row.userId == QLatin1String("auth0|deleted-meanwhile");
            QCOMPARE(row.status, ghost ? RowStatus::Failed : RowStatus::Applied);
            if (ghost)
                QVERIFY2(row.detail.contains(QStringLiteral("404")), qPrintable(row.detail));
        }

        // Each PATCH sent exactly the one key; every other app_metadata key survived.
        QCOMPARE(patches.size(), 12);
        const QJsonObject onlyTheKey{{QStringLiteral("app_metadata"),
                                      QJsonObject{{QStringLiteral("default_org_id"), QStringLiteral("org_acme")}}}};
        for (const QJsonObject &patch : std::as_const(patches))
            QCOMPARE(patch.value(QLatin1String("changes")).toObject(), onlyTheKey);
        for (int i = 1; i <= 12; ++i) {
            const QJsonObject metadata = setup.tenant->store().findUser(userId(i))->appMetadata;
            QCOMPARE(metadata.value(QLatin1String("default_org_id")).toString(), QStringLiteral("org_acme"));
            QVERIFY2(metadata.size() > 1, qPrintable(userId(i)));
        }

        // The journal has an outcome for every row; a resumed run re-sends nothing that was applied.
        QFile file(journal.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto replayed = replayJournal(file.readAll());
        QVERIFY(replayed);
        for (const PlannedRow &row : std::as_const(withGhost.rows))
            QVERIFY2(replayed->rows.value(row.line).outcome.has_value(), qPrintable(QString::number(row.line)));
        const auto resumed = journal.open(QStringLiteral("sha"), setup.tenant->issuer().toString(), true);
        QVERIFY(resumed);
        const BulkSummary second = waitFor<BulkSummary>(
            [&](auto done) { setup.runner->apply(withGhost, journal, *resumed, 3, std::move(done)); });
        QCOMPARE(second.failed, 1);
        QCOMPARE(patches.size(), 12);
    }

    // The journal becomes unwritable in the middle of a run (here: its path turns into a folder; on a user's machine,
    // a full disk): the run stops before the next PATCH, the error names the cause, and every row is accounted for —
    // applied ones as applied, the rest as not started with the reason, none silently missing.
    void journalFailingMidRunStopsAndCountsEveryRow()
    {
        BulkSetup setup;
        const QString journalPath = setup.journalPath();
        const int &patches = setup.patches;
        setup.unwritableAtPatch(3, journalPath);
        BulkJournal journal(journalPath);
        const BulkSummary summary = setup.apply(journal, false, setup.plan, 1);

        QVERIFY(summary.fatal);
        QVERIFY2(summary.fatal->message.contains(QStringLiteral("Is a directory")), qPrintable(summary.fatal->message));
        QCOMPARE(summary.applied + summary.skipped + summary.failed + summary.notStarted, 12);
        QCOMPARE(summary.applied, patches); // every PATCH sent is reported applied
        QVERIFY(summary.notStarted >= 12 - patches - 1);
        for (const RowResult &row : summary.results) {
            if (row.status == RowStatus::NotStarted)
                QVERIFY2(row.detail.contains(QStringLiteral("the run stopped")), qPrintable(row.detail));
        }
    }

    // The audit log becomes unwritable in the middle of a run (its path turns into a folder; on a user's machine, a
    // full disk): the row whose PATCH went through is reported as unaudited with the value to restore, not counted as
    // applied, and the run stops. Once the log can be written again, a resume writes the missing entry without
    // sending the PATCH again.
    void auditFailingMidRunIsReportedNotApplied()
    {
        BulkSetup setup;
        const QString auditPath = setup.auditPath();
        setup.unwritableAtPatch(3, auditPath);
        BulkJournal journal(setup.journalPath());
        const BulkSummary summary = setup.apply(journal, false, setup.plan, 1);

        QVERIFY(summary.fatal);
        QVERIFY2(summary.fatal->message.contains(QStringLiteral("Is a directory")), qPrintable(summary.fatal->message));
        QCOMPARE(setup.patches, 3);
        QCOMPARE(summary.applied, 2);
        QCOMPARE(summary.unaudited, 1);
        QCOMPARE(summary.applied + summary.unaudited + summary.skipped + summary.failed + summary.notStarted, 12);
        const RowResult &third = summary.results.at(2);
        QCOMPARE(third.status, RowStatus::Unaudited);
        QVERIFY2(third.detail.contains(QStringLiteral("audit entry could not be written")), qPrintable(third.detail));
        QCOMPARE(setup.tenant->store().findUser(third.userId)->appMetadata.value(QLatin1String("default_org_id")),
                 QJsonValue(QStringLiteral("org_acme")));
        QFile file(journal.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto replayed = replayJournal(file.readAll());
        QVERIFY(replayed);
        QCOMPARE(replayed->rows.value(third.line).outcome, RowStatus::Unaudited);

        QVERIFY(QDir().rmdir(auditPath));
        const BulkSummary second = setup.apply(journal, true, setup.plan, 1);
        QVERIFY(!second.fatal);
        QCOMPARE(second.applied, 12);
        QCOMPARE(second.unaudited, 0);
        QCOMPARE(setup.patches, 12); // the third row was not sent again
        const auto audited = AuditLog(auditPath).entries();
        QVERIFY(audited);
        QCOMPARE(audited->size(), 10); // the third row's entry and the nine rows not started before
        QCOMPARE(audited->first().userId, third.userId);
    }
};

QTEST_GUILESS_MAIN(TestManagementSafety)
#include "TestManagementSafety.moc"
