// A users export job of 200,000 users on the demo tenant over real HTTP (POST, GET until completed, download of the
// gzip file), against the start-up of the same tenant with the same users in the same run: wall time and peak RSS
// growth of this process (tenant and HTTP client together), and the ratios export / start-up; also against one page of
// user search (GET /api/v2/users, which reads every user per page). And the slowest answer of the tenant while it
// wrote the file. Fails when the file lacks a user or memory grows beyond the start-up's.
#include "UsersExportClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace orglens;
using orglens::test::ManagementTestTenant;
using orglens::test::runUsersExport;

namespace {

constexpr int Users = 200'000;
constexpr int SeedUsers = 4;

// A figure of /proc/self/status in KB ("VmRSS", "VmHWM").
long statusKb(const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name + ':'))
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Starts a new peak: VmHWM becomes the current RSS (Linux: "5" to clear_refs).
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

struct Figures {
    qint64 ms = 0;
    long peakGrowthKb = 0; // peak RSS during the step minus RSS before it
};

void print(const char *what, const Figures &figures)
{
    qInfo("%-48s %7lld ms, peak RSS +%6.1f MB", what, figures.ms, figures.peakGrowthKb / 1024.0);
}

} // namespace

class BenchUsersExport : public QObject {
    Q_OBJECT
private slots:
    void exportOf200000Users()
    {
        QVERIFY2(resetPeakRss(), "cannot reset the peak RSS (/proc/self/clear_refs)");
        Figures startUp;
        long before = statusKb("VmRSS");
        QElapsedTimer timer;
        timer.start();
        demo::DemoTenantOptions options = test::DemoTenantFixture::testOptions();
        options.syntheticUsers = Users;
        auto tenant = std::make_unique<ManagementTestTenant>(options);
        startUp.ms = timer.elapsed();
        startUp.peakGrowthKb = statusKb("VmHWM") - before;
        const QByteArray token = tenant->token();
        print("baseline: tenant start-up with 200,000 users", startUp);
        // User search reads every user for each page (and stops at 1,000 results): the way an export replaces.
        QVERIFY(resetPeakRss());
        before = statusKb("VmRSS");
        timer.start();
        VERIFY_STATUS(tenant->get(QStringLiteral("users?per_page=100&page=0"), token), 200);
        const Figures searchPage{timer.elapsed(), statusKb("VmHWM") - before};
        print("baseline: one page of GET /api/v2/users (100 users)", searchPage);

        for (const char *format : {"json", "csv"}) {
            QVERIFY(resetPeakRss());
            before = statusKb("VmRSS");
            timer.start();
            const QJsonArray fields{QJsonObject{{QStringLiteral("name"), QStringLiteral("user_id")}},
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("email")}},
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("app_metadata.default_org_id")},
                                                {QStringLiteral("export_as"), QStringLiteral("default_org_id")}}};
            const auto run = runUsersExport(
                *tenant, token,
                {{QStringLiteral("format"), QString::fromLatin1(format)}, {QStringLiteral("fields"), fields}}, 300'000);
            Figures exported{timer.elapsed(), statusKb("VmHWM") - before};
            QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
            print(qPrintable(QStringLiteral("export %1 (POST to completed + download)").arg(QLatin1String(format))),
                  exported);
            qInfo(
                "  ratios: to start-up time %.2f, peak RSS growth %.2f; to one search page time %.1f, peak RSS growth "
                "%.2f",
                double(exported.ms) / double(qMax<qint64>(1, startUp.ms)),
                double(exported.peakGrowthKb) / double(qMax<long>(1, startUp.peakGrowthKb)),
                double(exported.ms) / double(qMax<qint64>(1, searchPage.ms)),
                double(exported.peakGrowthKb) / double(qMax<long>(1, searchPage.peakGrowthKb)));
            qInfo("  file %.1f MB gzip; slowest answer to GET /api/v2/jobs/{id} while writing: %lld ms",
                  run.gzip.size() / 1048576.0, run.longestPollMs);
            const QByteArray content = test::gunzip(run.gzip).value_or(QByteArray());
            const qsizetype header = QByteArray(format) == "csv" ? 1 : 0;
            QCOMPARE(content.count('\n'), qsizetype(Users + SeedUsers + header));
            QVERIFY2(exported.peakGrowthKb < startUp.peakGrowthKb,
                     "the export needed more memory than the tenant's users themselves");
        }
    }
};

QTEST_GUILESS_MAIN(BenchUsersExport)
#include "BenchUsersExport.moc"
