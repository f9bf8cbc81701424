#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace orglens::management {

// A Management API failure in Auth0's shape ({"statusCode","error","message","errorCode"}), kept verbatim, plus
// a one-line hint for the common causes. statusCode is 0 when no HTTP response arrived (network error, timeout,
// gave up waiting for the rate limit).
struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(orglens::management::ApiError)

public:
    int statusCode = 0;
    QString error;     // "Forbidden"
    QString message;   // "Insufficient scope, expected any of: update:users"
    QString errorCode; // "insufficient_scope"
    QString hint;      // how to fix it, or empty

    // "403 Forbidden: Insufficient scope, expected any of: update:users (insufficient_scope)" plus "\nHint: ...".
    QString text() const;
    QJsonObject toJson() const;
};

// Parses an error response body; a body that is not Auth0's JSON is kept as the message.
ApiError parseApiError(int statusCode, const QByteArray &body);

// An error that never reached the API (network, timeout, rate-limit give-up, no token).
ApiError transportError(const QString &code, const QString &message);

// The hint for an error, from its code and message; empty if none is known.
QString apiErrorHint(const ApiError &error);

} // namespace orglens::management
