#pragma once

#include "DemoRouter.h"
#include "UsersExportFile.h"

#include <QDateTime>
#include <QHash>
#include <QHttpServerResponse>
#include <QObject>
#include <QTemporaryDir>

#include <memory>
#include <vector>

// Auth0's users export jobs on the demo tenant: POST /api/v2/jobs/users-exports creates a job, GET /api/v2/jobs/{id}
// tells its status and, once completed, a `location` to download the gzip file from without a bearer token (like
// Auth0's pre-signed URL). The file is written in event-loop turns of a few milliseconds each, so the tenant keeps
// serving and memory stays bounded; finished files live in a temporary folder of the tenant, removed with it.

namespace orglens::demo {

class DemoTenant;
class ManagementApi;

class UsersExports {
public:
    UsersExports(DemoTenant &tenant, ManagementApi &management);
    ~UsersExports();

    // The job routes behind the Management API's pipeline, and the download route (no token: the URL is the secret).
    void registerRoutes(DemoRouter &router);

    // Work per event-loop turn: users are written until this much time has passed, then requests are served.
    static constexpr int TurnMilliseconds = 10;
    // How long a location URL works (Auth0: 60 seconds; GET the job again for a new one) and how long a completed
    // job and its file are kept (Auth0: 24 hours).
    static constexpr int LocationLifetimeSeconds = 60;
    static constexpr int JobLifetimeSeconds = 24 * 60 * 60;
    // Finished files kept at most; the oldest completed job goes first.
    static constexpr int MaxJobs = 20;

private:
    struct Job;
    struct Download {
        QString jobId;
        QDateTime expires;
    };

    QHttpServerResponse create(const DemoRequest &request);
    QHttpServerResponse getJob(const QString &jobId);
    QHttpServerResponse download(const QString &token, const QString &fileName) const;
    QJsonObject jobJson(Job &job);
    Job *findJob(const QString &jobId);
    // Drops expired jobs (their files too), expired download links and the oldest jobs over MaxJobs.
    void forgetExpired();
    void scheduleNextTurn();
    // Writes the next users of the first unfinished job for TurnMilliseconds.
    void writeNextUsers();

    DemoTenant &m_tenant;
    ManagementApi &m_management;
    std::unique_ptr<QTemporaryDir> m_directory; // made for the first job
    std::vector<std::unique_ptr<Job>> m_jobs;   // oldest first
    QHash<QString, Download> m_downloads;       // location token -> job
    bool m_turnScheduled = false;
    QObject m_context; // the timers of the turns die with it
};

} // namespace orglens::demo
