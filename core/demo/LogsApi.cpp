#include "LogsApi.h"

#include "DemoTenant.h"
#include "ManagementApi.h"
#include "UserQuery.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace orglens::demo {

namespace {

using Method = QHttpServerRequest::Method;

// Auth0's log search reads the first 1,000 results only; checkpoint paging reads on from there.
constexpr int SearchWindow = 1000;
constexpr int MaxPerPage = 100;

ManagementError queryError(const QString &message)
{
    return ManagementError::badRequest(QStringLiteral("Query validation error: %1").arg(message),
                                       QStringLiteral("invalid_query_string"));
}

} // namespace

void LogsApi::registerRoutes(DemoRouter &router, ManagementApi &management)
{
    using Arguments = QStringList;
    const QStringList readLogs{QStringLiteral("read:logs")};
    router.route(
        QStringLiteral("/api/v2/logs"), Method::Get,
        management.guarded(readLogs, [this](const DemoRequest &r, const Arguments &) { return search(r, {}); }));
    router.route(
        QStringLiteral("/api/v2/logs/<arg>"), Method::Get,
        management.guarded(readLogs, [this](const DemoRequest &, const Arguments &a) { return getLog(a.at(0)); }));
    router.route(QStringLiteral("/api/v2/users/<arg>/logs"), Method::Get,
                 management.guarded({QStringLiteral("read:logs"), QStringLiteral("read:logs_users")},
                                    [this](const DemoRequest &r, const Arguments &a) { return search(r, a.at(0)); }));
}

QHttpServerResponse LogsApi::getLog(const QString &logId) const
{
    if (const LogEntry *entry = m_tenant.store().logs().find(logId))
        return QHttpServerResponse(entry->toJson());
    return ManagementError::notFound(QStringLiteral("log not found"), QStringLiteral("inexistent_log")).toResponse();
}

QHttpServerResponse LogsApi::search(const DemoRequest &request, const QString &userId) const
{
    const QUrlQuery query(request.url);
    const auto parsed = UserQuery::parse(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
    if (!parsed)
        return ManagementError::fromError(400, parsed.error()).toResponse();
    QList<const LogEntry *> matching; // oldest first
    for (const LogEntry &entry : m_tenant.store().logs().entries()) {
        if ((userId.isEmpty() || entry.userId == userId) && parsed->matches(entry.toJson()))
            matching.append(&entry);
    }
    if (userId.isEmpty() && (query.hasQueryItem(QStringLiteral("from")) || query.hasQueryItem(QStringLiteral("take"))))
        return checkpoint(request, matching);

    const int page = query.queryItemValue(QStringLiteral("page")).toInt();
    const int perPage =
        query.hasQueryItem(QStringLiteral("per_page")) ? query.queryItemValue(QStringLiteral("per_page")).toInt() : 50;
    if (page < 0 || perPage < 1 || perPage > MaxPerPage)
        return queryError(QStringLiteral("per_page must be between 1 and 100, page at least 0.")).toResponse();
    if ((page + 1) * perPage > SearchWindow)
        return queryError(QStringLiteral("You can only page through the first 1000 records; use checkpoint paging "
                                         "(from, take) to read more."))
            .toResponse();
    // Newest first, as Auth0's default sort (date:-1).
    QJsonArray logs;
    const qsizetype total = qMin<qsizetype>(matching.size(), SearchWindow);
    for (qsizetype index = qsizetype(page) * perPage; index < total && logs.size() < perPage; ++index)
        logs.append(matching.at(matching.size() - 1 - index)->toJson());
    if (query.queryItemValue(QStringLiteral("include_totals")) != QLatin1String("true"))
        return QHttpServerResponse(logs);
    return QHttpServerResponse(QJsonObject{{QStringLiteral("start"), page * perPage},
                                           {QStringLiteral("limit"), perPage},
                                           {QStringLiteral("length"), logs.size()},
                                           {QStringLiteral("total"), total},
                                           {QStringLiteral("logs"), logs}});
}

QHttpServerResponse LogsApi::checkpoint(const DemoRequest &request, const QList<const LogEntry *> &matching) const
{
    const QUrlQuery query(request.url);
    const QString from = query.queryItemValue(QStringLiteral("from"));
    const int take =
        query.hasQueryItem(QStringLiteral("take")) ? query.queryItemValue(QStringLiteral("take")).toInt() : 50;
    if (take < 1 || take > MaxPerPage)
        return queryError(QStringLiteral("take must be between 1 and 100.")).toResponse();
    // The entries after `from` (ids grow with time), oldest first.
    QJsonArray logs;
    QString last;
    for (const LogEntry *entry : matching) {
        if ((from.isEmpty() || entry->logId > from) && logs.size() < take) {
            logs.append(entry->toJson());
            last = entry->logId;
        }
    }
    QHttpServerResponse response(logs);
    if (!last.isEmpty()) {
        QUrl next = request.url;
        QUrlQuery nextQuery(query);
        nextQuery.removeAllQueryItems(QStringLiteral("from"));
        nextQuery.addQueryItem(QStringLiteral("from"), last);
        next.setQuery(nextQuery);
        response.setHeader(QByteArrayLiteral("Link"), "<" + next.toEncoded() + ">; rel=\"next\"");
    }
    return response;
}

} // namespace orglens::demo
