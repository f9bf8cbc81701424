#pragma once

#include "common/Result.h"

#include <QHttpServerResponse>
#include <QString>

namespace orglens::demo {

// An error answer of the Management API, shaped like Auth0's:
// {"statusCode":404,"error":"Not Found","message":"The user does not exist.","errorCode":"inexistent_user"}
// Messages are Auth0's wire-format texts (clients match on them), so they are not translated.
struct ManagementError {
    int statusCode = 500;
    QString message;
    QString errorCode; // omitted from the body when empty (Auth0's 401 answers carry none)

    QHttpServerResponse toResponse() const;

    static ManagementError badRequest(const QString &message, const QString &errorCode);
    static ManagementError unauthorized(const QString &message);
    static ManagementError notFound(const QString &message, const QString &errorCode);
    // An orglens::Error from a parser (its code becomes the errorCode) answered with statusCode.
    static ManagementError fromError(int statusCode, const Error &error);
};

} // namespace orglens::demo
