#include "UsersExport.h"

#include "DemoTenant.h"
#include "ManagementApi.h"
#include "TokenIssuer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <variant>

namespace orglens::demo {

namespace {

using Method = QHttpServerRequest::Method;
using Arguments = QStringList;

// The id export jobs know the tenant's one database connection (DatabaseConnection) by.
constexpr auto DatabaseConnectionId = "con_demoDatabase0001";
// Auth0 exports at most 30 fields.
constexpr int MaxFields = 30;
// Fields exported when the request names none (Auth0: "a predefined set of fields").
constexpr const char *DefaultFields[] = {"user_id",  "email",      "email_verified", "name",
                                         "nickname", "created_at", "updated_at"};

const QString Pending = QStringLiteral("pending");
const QString Processing = QStringLiteral("processing");
const QString Completed = QStringLiteral("completed");
const QString Failed = QStringLiteral("failed");

struct ExportRequest {
    bool connectionGiven = false;
    ExportFormat format = ExportFormat::Csv;
    std::optional<qint64> limit;
    QList<ExportField> fields;
};

ManagementError invalidBody(const QString &what)
{
    return ManagementError::badRequest(QStringLiteral("Payload validation error: %1").arg(what),
                                       QStringLiteral("invalid_body"));
}

std::variant<QList<ExportField>, ManagementError> parseFields(const QJsonValue &value, ExportFormat format)
{
    QList<ExportField> fields;
    if (value.isUndefined()) {
        for (const char *name : DefaultFields)
            fields.append({QString::fromLatin1(name), {}});
        return fields;
    }
    if (!value.isArray())
        return invalidBody(QStringLiteral("'Expected type array' on property fields."));
    const QJsonArray items = value.toArray();
    if (items.isEmpty() || items.size() > MaxFields)
        return invalidBody(
            QStringLiteral("'Array must have between 1 and %1 items' on property fields.").arg(MaxFields));
    for (qsizetype index = 0; index < items.size(); ++index) {
        const QJsonObject item = items.at(index).toObject();
        const QString property = QStringLiteral("fields[%1]").arg(index);
        if (!item.value(QLatin1String("name")).isString() || item.value(QLatin1String("name")).toString().isEmpty())
            return invalidBody(QStringLiteral("'Missing required property: name' on property %1.").arg(property));
        if (item.contains(QLatin1String("export_as")) && !item.value(QLatin1String("export_as")).isString())
            return invalidBody(QStringLiteral("'Expected type string' on property %1.export_as.").arg(property));
        const ExportField field{item.value(QLatin1String("name")).toString(),
                                item.value(QLatin1String("export_as")).toString()};
        if (format == ExportFormat::Csv &&
            (field.name == QLatin1String("app_metadata") || field.name == QLatin1String("user_metadata")))
            return invalidBody(QStringLiteral("'%1 cannot be exported as a whole to CSV: name its properties "
                                              "(%1.default_org_id) or use the json format' on property %2.name.")
                                   .arg(field.name, property));
        fields.append(field);
    }
    return fields;
}

// The body of POST /api/v2/jobs/users-exports, checked the way Auth0 checks it.
std::variant<ExportRequest, ManagementError> parseRequest(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalidBody(QStringLiteral("'Invalid JSON'."));
    const QJsonObject json = document.object();
    static const QStringList known{QStringLiteral("connection_id"), QStringLiteral("format"), QStringLiteral("limit"),
                                   QStringLiteral("fields")};
    for (const QString &key : json.keys()) {
        if (!known.contains(key))
            return invalidBody(QStringLiteral("'Additional properties not allowed: %1'.").arg(key));
    }
    ExportRequest request;
    if (json.contains(QLatin1String("format"))) {
        const QString format = json.value(QLatin1String("format")).toString();
        if (format != QLatin1String("json") && format != QLatin1String("csv"))
            return invalidBody(QStringLiteral("'No enum match for: %1' on property format (Format of the file. Must "
                                              "be json or csv).")
                                   .arg(QString::fromUtf8(jsonText(json.value(QLatin1String("format"))))));
        request.format = format == QLatin1String("json") ? ExportFormat::Json : ExportFormat::Csv;
    }
    if (json.contains(QLatin1String("connection_id"))) {
        static const QRegularExpression pattern(QStringLiteral("^con_[A-Za-z0-9]{16}$"));
        const QString connectionId = json.value(QLatin1String("connection_id")).toString();
        if (!pattern.match(connectionId).hasMatch())
            return invalidBody(QStringLiteral("'String does not match pattern ^con_[A-Za-z0-9]{16}: %1' on property "
                                              "connection_id.")
                                   .arg(connectionId));
        if (connectionId != QLatin1String(DatabaseConnectionId))
            return ManagementError::notFound(QStringLiteral("The connection does not exist."),
                                             QStringLiteral("inexistent_connection"));
        request.connectionGiven = true;
    }
    if (json.contains(QLatin1String("limit"))) {
        const QJsonValue limit = json.value(QLatin1String("limit"));
        if (!limit.isDouble() || limit.toDouble() != double(limit.toInteger()))
            return invalidBody(QStringLiteral("'Expected type integer' on property limit."));
        if (limit.toInteger() < 1)
            return invalidBody(
                QStringLiteral("'Value %1 is less than minimum 1' on property limit.").arg(limit.toInteger()));
        request.limit = limit.toInteger();
    }
    auto fields = parseFields(json.value(QLatin1String("fields")), request.format);
    if (auto *error = std::get_if<ManagementError>(&fields))
        return *error;
    request.fields = std::get<QList<ExportField>>(std::move(fields));
    return request;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString formatName(ExportFormat format)
{
    return format == ExportFormat::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

} // namespace

struct UsersExports::Job {
    Job(QString id, ExportRequest request, QDateTime createdAt)
        : id(std::move(id)), request(std::move(request)), createdAt(std::move(createdAt)),
          lines(this->request.format, this->request.fields)
    {
    }

    QString fileName() const { return QStringLiteral("demo.%1.gz").arg(formatName(request.format)); }
    bool finished() const { return status == Completed || status == Failed; }

    QString id;
    ExportRequest request;
    QDateTime createdAt;
    ExportLines lines;
    QString status = Pending;
    QString path;
    qsizetype nextUser = 0;
    qsizetype total = 0;
    QDateTime finishedAt;
    std::unique_ptr<GzipFileWriter> writer; // while processing
};

UsersExports::UsersExports(DemoTenant &tenant, ManagementApi &management) : m_tenant(tenant), m_management(management)
{
}

UsersExports::~UsersExports() = default;

void UsersExports::registerRoutes(DemoRouter &router)
{
    router.route(
        QStringLiteral("/api/v2/jobs/users-exports"), Method::Post,
        m_management.guarded({QStringLiteral("read:users")},
                             [this](const DemoRequest &request, const Arguments &) { return create(request); }));
    router.route(QStringLiteral("/api/v2/jobs/<arg>"), Method::Get,
                 m_management.guarded({QStringLiteral("create:users"), QStringLiteral("read:users"),
                                       QStringLiteral("create:passwords_checking_job")},
                                      [this](const DemoRequest &, const Arguments &a) { return getJob(a.at(0)); }));
    router.route(QStringLiteral("/user-exports/<arg>/<arg>"), Method::Get,
                 [this](const DemoRequest &, const Arguments &a) -> DemoReply {
                     return download(a.at(0), QUrl::fromPercentEncoding(a.at(1).toUtf8()));
                 });
}

QHttpServerResponse UsersExports::create(const DemoRequest &request)
{
    auto parsed = parseRequest(request.body);
    if (const auto *error = std::get_if<ManagementError>(&parsed))
        return error->toResponse();
    forgetExpired();
    if (std::count_if(m_jobs.begin(), m_jobs.end(), [](const auto &job) { return !job->finished(); }) >= MaxJobs)
        return ManagementError{429,
                               QStringLiteral("There are %1 users export jobs running already; wait for one to "
                                              "complete.")
                                   .arg(MaxJobs),
                               QStringLiteral("too_many_requests")}
            .toResponse();
    const QString id = QStringLiteral("job_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    m_jobs.push_back(std::make_unique<Job>(id, std::get<ExportRequest>(std::move(parsed)), m_tenant.clock().now()));
    scheduleNextTurn();
    return QHttpServerResponse(jobJson(*m_jobs.back()), QHttpServerResponse::StatusCode::Created);
}

QHttpServerResponse UsersExports::getJob(const QString &jobId)
{
    static const QRegularExpression pattern(QStringLiteral("^job_[A-Za-z0-9]{16}$"));
    if (!pattern.match(jobId).hasMatch())
        return ManagementError::badRequest(QStringLiteral("Path validation error: 'String does not match pattern "
                                                          "^job_[A-Za-z0-9]{16}$: %1' on property id (The id of the "
                                                          "job).")
                                               .arg(jobId),
                                           QStringLiteral("invalid_uri"))
            .toResponse();
    forgetExpired();
    Job *job = findJob(jobId);
    if (!job)
        return ManagementError::notFound(QStringLiteral("The job does not exist."), QStringLiteral("inexistent_job"))
            .toResponse();
    return QHttpServerResponse(jobJson(*job));
}

QHttpServerResponse UsersExports::download(const QString &token, const QString &fileName) const
{
    const auto link = m_downloads.constFind(token);
    const Job *job = nullptr;
    if (link != m_downloads.cend() && link->expires > m_tenant.clock().now()) {
        for (const auto &candidate : m_jobs) {
            if (candidate->id == link->jobId && candidate->status == Completed && candidate->fileName() == fileName)
                job = candidate.get();
        }
    }
    QFile file(job ? job->path : QString());
    if (!job || !file.open(QIODevice::ReadOnly))
        return QHttpServerResponse(QByteArrayLiteral("text/plain"),
                                   QByteArrayLiteral("This export link has expired or does not exist. GET the job "
                                                     "again for a new location.\n"),
                                   QHttpServerResponse::StatusCode::Forbidden);
    QHttpServerResponse response(QByteArrayLiteral("application/gzip"), file.readAll());
    response.setHeader(QByteArrayLiteral("Content-Disposition"),
                       QByteArrayLiteral("attachment; filename=\"") + fileName.toUtf8() + '"');
    return response;
}

QJsonObject UsersExports::jobJson(Job &job)
{
    QJsonArray fields;
    for (const ExportField &field : job.request.fields)
        fields.append(field.toJson());
    QJsonObject json{{QStringLiteral("type"), QStringLiteral("users_export")},   {QStringLiteral("status"), job.status},
                     {QStringLiteral("format"), formatName(job.request.format)}, {QStringLiteral("fields"), fields},
                     {QStringLiteral("created_at"), isoTime(job.createdAt)},     {QStringLiteral("id"), job.id}};
    if (job.request.connectionGiven) {
        json.insert(QStringLiteral("connection_id"), QLatin1String(DatabaseConnectionId));
        json.insert(QStringLiteral("connection"), QLatin1String(DatabaseConnection));
    }
    if (job.request.limit)
        json.insert(QStringLiteral("limit"), *job.request.limit);
    if (job.status == Processing)
        json.insert(QStringLiteral("percentage_done"), int(job.total ? job.nextUser * 100 / job.total : 0));
    if (job.status == Completed) {
        // Every answer gets a fresh link, as Auth0's pre-signed URLs.
        const QString token = randomString(32);
        m_downloads.insert(token, {job.id, m_tenant.clock().now().addSecs(LocationLifetimeSeconds)});
        json.insert(QStringLiteral("location"),
                    m_tenant.endpoint(QStringLiteral("user-exports/%1/%2").arg(token, job.fileName())).toString());
    }
    return json;
}

UsersExports::Job *UsersExports::findJob(const QString &jobId)
{
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(), [&](const auto &job) { return job->id == jobId; });
    return it == m_jobs.end() ? nullptr : it->get();
}

void UsersExports::forgetExpired()
{
    const QDateTime now = m_tenant.clock().now();
    m_downloads.removeIf([&](const auto &link) { return link.value().expires <= now; });
    // Oldest first, so the finished jobs over the cap are the first ones met.
    qsizetype overCap =
        std::count_if(m_jobs.begin(), m_jobs.end(), [](const auto &job) { return job->finished(); }) - MaxJobs;
    const auto expired = [&](const std::unique_ptr<Job> &job) {
        if (!job->finished() || (job->finishedAt.addSecs(JobLifetimeSeconds) > now && overCap <= 0))
            return false;
        --overCap;
        QFile::remove(job->path);
        return true;
    };
    m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(), expired), m_jobs.end());
}

void UsersExports::scheduleNextTurn()
{
    if (m_turnScheduled)
        return;
    m_turnScheduled = true;
    QTimer::singleShot(0, &m_context, [this] {
        m_turnScheduled = false;
        writeNextUsers();
    });
}

void UsersExports::writeNextUsers()
{
    const auto unfinished =
        std::find_if(m_jobs.begin(), m_jobs.end(), [](const auto &job) { return !job->finished(); });
    if (unfinished == m_jobs.end())
        return;
    Job &job = **unfinished;
    const std::vector<User> &users = m_tenant.store().users();
    const auto fail = [&] {
        job.status = Failed;
        job.finishedAt = m_tenant.clock().now();
        job.writer.reset();
        QFile::remove(job.path);
    };
    if (job.status == Pending) {
        if (!m_directory)
            m_directory = std::make_unique<QTemporaryDir>();
        job.path = m_directory->filePath(job.id + QStringLiteral(".gz"));
        job.total = job.request.limit ? qMin<qint64>(*job.request.limit, qint64(users.size())) : qint64(users.size());
        job.writer = std::make_unique<GzipFileWriter>();
        job.status = Processing;
        if (!m_directory->isValid() || !job.writer->open(job.path) || !job.writer->write(job.lines.header()))
            fail();
    } else {
        // Every user of the tenant is on its one database connection, so connection_id filters nothing.
        const qsizetype last = qMin<qsizetype>(job.total, qsizetype(users.size()));
        QElapsedTimer turn;
        turn.start();
        QByteArray chunk;
        while (job.nextUser < last && !turn.hasExpired(TurnMilliseconds))
            chunk += job.lines.line(m_management.userJson(users.at(size_t(job.nextUser++))));
        if (!job.writer->write(chunk) || (job.nextUser >= last && !job.writer->finish())) {
            fail();
        } else if (job.nextUser >= last) {
            job.status = Completed;
            job.finishedAt = m_tenant.clock().now();
            job.writer.reset();
        }
    }
    scheduleNextTurn();
}

} // namespace orglens::demo
