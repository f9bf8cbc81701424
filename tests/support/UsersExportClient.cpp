#include "UsersExportClient.h"

#include <QElapsedTimer>

#include <zlib.h>

namespace orglens::test {

std::optional<QByteArray> gunzip(const QByteArray &compressed)
{
    z_stream stream{};
    // windowBits 15 + 16: gzip only.
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray content;
    char buffer[64 * 1024];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        content.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return std::nullopt;
    return content;
}

UsersExportRun runUsersExport(ManagementTestTenant &tenant, const QByteArray &bearer, const QJsonObject &body,
                              int timeoutMs)
{
    UsersExportRun run;
    const HttpReply created = tenant.post(QStringLiteral("jobs/users-exports"), bearer, compactJson(body));
    run.created = created.json().object();
    if (created.status != 201) {
        run.failure = QStringLiteral("POST: HTTP %1 %2").arg(created.status).arg(QString::fromUtf8(created.body));
        return run;
    }
    const QString path = QStringLiteral("jobs/") + run.created.value(QLatin1String("id")).toString();
    // Each GET runs the event loop until its answer comes, and the tenant writes the file in between.
    const bool completed = QTest::qWaitFor(
        [&] {
            QElapsedTimer poll;
            poll.start();
            run.completed = tenant.get(path, bearer).json().object();
            run.longestPollMs = qMax(run.longestPollMs, poll.elapsed());
            return run.completed.value(QLatin1String("status")).toString() != QLatin1String("pending") &&
                   run.completed.value(QLatin1String("status")).toString() != QLatin1String("processing");
        },
        timeoutMs);
    if (!completed || run.completed.value(QLatin1String("status")).toString() != QLatin1String("completed")) {
        run.failure = QStringLiteral("job not completed: %1").arg(QString::fromUtf8(compactJson(run.completed)));
        return run;
    }
    const HttpReply file = tenant.http.get(QUrl(run.completed.value(QLatin1String("location")).toString()));
    if (file.status != 200) {
        run.failure = QStringLiteral("download: HTTP %1 %2").arg(file.status).arg(file.networkError);
        return run;
    }
    run.gzip = file.body;
    return run;
}

} // namespace orglens::test
