// BulkJob against real files and an in-process demo tenant over real HTTP: reading the CSV and its SHA-256, the
// journal next to it (or where told), one run per journal, resume of a cancelled run, and the client's concurrency.
#include "DemoTenant.h"
#include "TenantStore.h"
#include "WaitFor.h"

#include "management/BulkJob.h"
#include "management/ManagementClient.h"
#include "oauth/OAuthClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace orglens;
using namespace orglens::management;
using orglens::test::waitFor;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString userId(int number)
{
    return QStringLiteral("auth0|user%1").arg(number, 6, 10, QLatin1Char('0'));
}

// A demo tenant with synthetic users (odd ones are members of org_acme), a Management API client on it, a folder for
// the CSV, its journal and the audit log, and the PATCHes the tenant received per user.
struct Setup {
    explicit Setup(int users = 20, int slowMs = 0)
    {
        demo::DemoTenantOptions options;
        options.syntheticUsers = users;
        options.slowMs = slowMs;
        options.managementRateLimit = 1000;
        tenant = std::make_unique<demo::DemoTenant>(options);
        if (!tenant->start())
            qFatal("the demo tenant did not start");
        QObject::connect(tenant.get(), &demo::DemoTenant::activity, tenant.get(), [this](const QJsonObject &event) {
            if (event.value(QLatin1String("type")).toString() == QLatin1String("patch_user"))
                ++patches[event.value(QLatin1String("user_id")).toString()];
        });
        ManagementConfig config;
        config.issuer = tenant->issuer();
        config.clientId = s("demo-m2m");
        config.clientSecret = Secret::fromString(s("demo-m2m-secret"));
        client = std::make_unique<ManagementClient>(&network, &oauth, config);
    }

    std::unique_ptr<BulkJob> job() { return std::make_unique<BulkJob>(*client, AuditLog(auditPath()), s("test")); }

    // The odd users 1..count, each to org_acme.
    QString writeCsv(int count, const char *name = "rows.csv")
    {
        QByteArray data = "user_id,org_id\n";
        for (int i = 1; i <= count; i += 2)
            data += userId(i).toUtf8() + ",org_acme\n";
        return write(name, data);
    }

    QString write(const char *name, const QByteArray &data)
    {
        const QString path = dir.filePath(s(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
            qFatal("cannot write %s", name);
        return path;
    }

    QString auditPath() const { return dir.filePath(s("audit.jsonl")); }

    BulkFile read(const QString &csv)
    {
        const auto file = BulkJob::read(csv);
        if (!file)
            qFatal("cannot read %s: %s", qPrintable(csv), qPrintable(file.error().message));
        return file.value();
    }

    BulkPlan validate(BulkJob &job, const BulkFile &file)
    {
        const auto plan = waitFor<Result<BulkPlan>>([&](auto done) { job.validate(file, false, done); });
        if (!plan)
            qFatal("validation failed: %s", qPrintable(plan.error().message));
        return plan.value();
    }

    BulkSummary apply(BulkJob &job, const BulkPlan &plan, int concurrency)
    {
        job.setConcurrency(concurrency);
        return waitFor<BulkSummary>([&](auto done) { job.apply(plan, done); });
    }

    QTemporaryDir dir;
    std::unique_ptr<demo::DemoTenant> tenant;
    QNetworkAccessManager network;
    oauth::OAuthClient oauth{&network};
    std::unique_ptr<ManagementClient> client;
    QHash<QString, int> patches;
};

} // namespace

class TestBulkJob : public QObject {
    Q_OBJECT

private slots:
    void readsRowsMalformedRowsAndTheSha256()
    {
        QTemporaryDir dir;
        const QByteArray data =
            "\xEF\xBB\xBFuser_id,org_id\r\nauth0|a,org_x\r\njust-one-field\r\n\"auth0|b\",org_y\r\n";
        const QString csv = dir.filePath(s("rows.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();

        const auto read = BulkJob::read(csv);
        QVERIFY(read);
        QCOMPARE(read->path, csv);
        QCOMPARE(read->sha256, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(read->rows.size(), 2);
        QCOMPARE(read->rows.at(1).line, 4);
        QCOMPARE(read->rows.at(1).user, s("auth0|b"));
        QCOMPARE(read->errors.size(), 1);
        QCOMPARE(read->errors.first().line, 3);
    }

    void readErrorsSayWhy()
    {
        QTemporaryDir dir;
        const auto missing = BulkJob::read(dir.filePath(s("missing.csv")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, s("read_failed"));
        QVERIFY2(missing.error().message.contains(s("No such file")), qPrintable(missing.error().message));

        const QString csv = dir.filePath(s("broken.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("user_id,org_id\nauth0|a,\"org_x\n");
        file.close();
        const auto broken = BulkJob::read(csv);
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, s("invalid_csv"));
        QVERIFY2(broken.error().message.contains(s("line 2")), qPrintable(broken.error().message));
    }

    void journalLivesNextToTheCsv()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(s("rows.csv"));
        const QString journal = BulkJob::journalPathFor(csv);
        QCOMPARE(journal, csv + s(".journal"));
        QVERIFY(!BulkJob::hasJournal(journal));
        QFile file(journal);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(!BulkJob::hasJournal(journal)); // empty: a crash before the first record, nothing to resume
        file.write("{\"type\":\"start\"}\n");
        file.close();
        QVERIFY(BulkJob::hasJournal(journal));
        QVERIFY(!BulkJob::hasJournal(QString()));
    }

    // The file's malformed rows and the rows the tenant refuses come back together, so nothing is applied from a
    // file with either.
    void validationReportsFileAndTenantErrorsTogether()
    {
        Setup setup(4);
        const QString csv = setup.write("rows.csv", "user_id,org_id\n"
                                                    "auth0|user000001,org_acme\n"
                                                    "auth0|nobody,org_acme\n"
                                                    "auth0|user000003,org_acme,x\n");
        auto job = setup.job();
        const BulkPlan plan = setup.validate(*job, setup.read(csv));
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows.first().userId, userId(1));
        QList<int> lines;
        for (const RowError &error : plan.errors)
            lines << error.line;
        std::sort(lines.begin(), lines.end());
        QCOMPARE(lines, (QList<int>{3, 4}));
    }

    // A run writes its journal next to the CSV, audits every change, lets the client have the PATCHes in flight it
    // asks for (never fewer than the default), and releases the journal when it ends.
    void runAppliesUnderItsJournalAndReleasesIt()
    {
        Setup setup(20);
        const QString csv = setup.writeCsv(20); // 10 rows
        auto job = setup.job();
        const BulkFile file = setup.read(csv);
        const BulkPlan plan = setup.validate(*job, file);
        QCOMPARE(plan.rows.size(), 10);

        QVERIFY(job->openJournal(file, /*resume=*/false));
        QCOMPARE(job->journalPath(), csv + s(".journal"));
        QSignalSpy progress(job.get(), &BulkJob::progress);
        const BulkSummary summary = setup.apply(*job, plan, 6);
        QVERIFY(!summary.fatal);
        QCOMPARE(summary.applied, 10);
        QCOMPARE(setup.client->config().maxConcurrency, 6);
        QCOMPARE(progress.size(), 10);
        QCOMPARE(progress.last(), (QVariantList{10, 10}));
        for (int i = 1; i <= 20; i += 2)
            QCOMPARE(setup.patches.value(userId(i)), 1);
        const auto audited = AuditLog(setup.auditPath()).entries();
        QVERIFY(audited);
        QCOMPARE(audited->size(), 10);
        QCOMPARE(audited->first().source, s("bulk"));

        // The journal names the file's SHA-256 and has every row's outcome.
        QFile journalFile(job->journalPath());
        QVERIFY(journalFile.open(QIODevice::ReadOnly));
        const auto journal = replayJournal(journalFile.readAll());
        QVERIFY(journal);
        QCOMPARE(journal->csvSha256, file.sha256);
        QCOMPARE(journal->tenant, setup.tenant->issuer().toString());
        for (const PlannedRow &row : plan.rows)
            QCOMPARE(journal->rows.value(row.line).outcome, RowStatus::Applied);

        // The lock went with the run: the journal can be continued (here: finds nothing left to do), but not
        // started over.
        auto next = setup.job();
        const auto fresh = next->openJournal(file, false);
        QVERIFY(!fresh);
        QCOMPARE(fresh.error().code, s("journal_exists"));
        QVERIFY(next->openJournal(file, true));
        const BulkSummary again = setup.apply(*next, plan, 1);
        QCOMPARE(again.applied, 10);
        QCOMPARE(setup.client->config().maxConcurrency, BulkJob::DefaultConcurrency); // 1 PATCH, 4 requests
        QCOMPARE(setup.patches.size(), 10);
        for (const RowResult &row : again.results)
            QCOMPARE(row.detail, s("done in an earlier run"));
    }

    // Two jobs on one journal: the second is refused while the first holds it, so no row can be sent twice.
    void secondJobOnTheSameJournalIsRefused()
    {
        Setup setup(4);
        const QString csv = setup.writeCsv(4);
        const BulkFile file = setup.read(csv);
        auto first = setup.job();
        QVERIFY(first->openJournal(file, false));
        auto second = setup.job();
        const auto refused = second->openJournal(file, true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, s("journal_locked"));
    }

    // A cancelled run is resumed from its journal by a new job: the rows not started are applied, none twice. The
    // journal only resumes the same file: a changed file is refused; so is a resume without a journal.
    void cancelledRunResumes()
    {
        Setup setup(60, 10);
        const QString csv = setup.writeCsv(60); // 30 rows
        const BulkFile file = setup.read(csv);
        {
            auto job = setup.job();
            const BulkPlan plan = setup.validate(*job, file);
            QVERIFY(job->openJournal(file, false));
            connect(job.get(), &BulkJob::progress, job.get(), [&job](int done) {
                if (done == 5)
                    job->cancel();
            });
            const BulkSummary cancelled = setup.apply(*job, plan, 2);
            QVERIFY(cancelled.cancelled);
            QVERIFY2(cancelled.notStarted > 0, qPrintable(QString::number(cancelled.notStarted)));
            QCOMPARE(cancelled.applied + cancelled.notStarted, 30);
        }

        QFile changedFile(csv);
        QVERIFY(changedFile.open(QIODevice::Append));
        changedFile.write(userId(61).toUtf8() + ",org_acme\n");
        changedFile.close();
        auto other = setup.job();
        const auto mismatch = other->openJournal(setup.read(csv), true);
        QVERIFY(!mismatch);
        QCOMPARE(mismatch.error().code, s("journal_mismatch"));
        const auto noJournal = other->openJournal(setup.read(csv), true, setup.dir.filePath(s("elsewhere.journal")));
        QVERIFY(!noJournal);
        QCOMPARE(noJournal.error().code, s("no_journal"));

        auto resumed = setup.job();
        const BulkPlan plan = setup.validate(*resumed, file);
        QVERIFY(resumed->openJournal(file, true));
        const BulkSummary summary = setup.apply(*resumed, plan, 2);
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.applied, 30);
        QCOMPARE(setup.patches.size(), 30);
        for (int count : std::as_const(setup.patches))
            QCOMPARE(count, 1);
    }

    // --journal FILE: the journal is where the caller says, not next to the CSV.
    void journalWhereTold()
    {
        Setup setup(4);
        const QString csv = setup.writeCsv(4);
        const QString elsewhere = setup.dir.filePath(s("runs/first.journal"));
        QVERIFY(QDir().mkpath(setup.dir.filePath(s("runs"))));
        auto job = setup.job();
        const BulkFile file = setup.read(csv);
        const BulkPlan plan = setup.validate(*job, file);
        QVERIFY(job->openJournal(file, false, elsewhere));
        QCOMPARE(job->journalPath(), elsewhere);
        QCOMPARE(setup.apply(*job, plan, 1).applied, 2);
        QVERIFY(BulkJob::hasJournal(elsewhere));
        QVERIFY(!QFile::exists(BulkJob::journalPathFor(csv)));
    }
};

QTEST_GUILESS_MAIN(TestBulkJob)
#include "TestBulkJob.moc"
