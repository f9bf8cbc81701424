#include "ManagementError.h"

namespace orglens::demo {

QString reasonPhrase(int statusCode)
{
    switch (statusCode) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    default:
        return QStringLiteral("Error");
    }
}

QJsonObject ManagementError::toJson() const
{
    QJsonObject body{{QStringLiteral("statusCode"), statusCode},
                     {QStringLiteral("error"), reasonPhrase(statusCode)},
                     {QStringLiteral("message"), message}};
    if (!errorCode.isEmpty())
        body.insert(QStringLiteral("errorCode"), errorCode);
    return body;
}

ManagementError ManagementError::badRequest(const QString &message, const QString &errorCode)
{
    return {400, message, errorCode};
}

ManagementError ManagementError::unauthorized(const QString &message)
{
    return {401, message, {}};
}

ManagementError ManagementError::notFound(const QString &message, const QString &errorCode)
{
    return {404, message, errorCode};
}

ManagementError ManagementError::fromError(int statusCode, const Error &error)
{
    return {statusCode, error.message, error.code};
}

} // namespace orglens::demo
