#include "ManagementError.h"

#include "HttpResponses.h"

namespace orglens::demo {

QHttpServerResponse ManagementError::toResponse() const
{
    return managementError(HttpStatus(statusCode), message, errorCode);
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
