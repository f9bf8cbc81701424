#pragma once

// Runs a users export job on the demo tenant over real HTTP: POST /api/v2/jobs/users-exports, GET the job until it is
// completed (the event loop runs meanwhile, so the tenant writes the file), download the location without a bearer
// token (decompress it with gunzip()).
#include "ManagementTestTenant.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace orglens::test {

// The decompressed content of gzip data; nullopt when it is not valid gzip.
std::optional<QByteArray> gunzip(const QByteArray &compressed);

struct UsersExportRun {
    QString failure;          // empty when the export completed and its file downloaded
    QJsonObject created;      // the POST's answer
    QJsonObject completed;    // the job once completed, with its location
    QByteArray gzip;          // the downloaded file
    qint64 longestPollMs = 0; // the slowest answer to GET /api/v2/jobs/{id} while the file was written
};

UsersExportRun runUsersExport(ManagementTestTenant &tenant, const QByteArray &bearer, const QJsonObject &body,
                              int timeoutMs = 60'000);

} // namespace orglens::test
