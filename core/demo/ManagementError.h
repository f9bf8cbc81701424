#pragma once

#include <QJsonObject>
#include <QString>

#include "common/Result.h"

namespace orglens::demo {

// Messages are Auth0's wire-format texts (clients match on them), so they are not translated.
// An error answer of the Management API, shaped like Auth0's:
// {"statusCode":404,"error":"Not Found","message":"The user does not exist.","errorCode":"inexistent_user"}
struct ManagementError {
    int statusCode = 500;
    QString message;
    QString errorCode; // omitted from the body when empty (Auth0's 401 answers carry none)

    QJsonObject toJson() const;

    static ManagementError badRequest(const QString &message, const QString &errorCode);
    static ManagementError unauthorized(const QString &message);
    static ManagementError notFound(const QString &message, const QString &errorCode);
    // An orglens::Error from a parser (its code becomes the errorCode) answered with statusCode.
    static ManagementError fromError(int statusCode, const Error &error);
};

// The HTTP reason phrase Auth0 puts in the "error" member, e.g. 429 -> "Too Many Requests".
QString reasonPhrase(int statusCode);

} // namespace orglens::demo
