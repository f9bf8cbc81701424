#pragma once

#include "DemoRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// Small helpers shared by the demo tenant's routes: Auth0-shaped responses and request parsing.
namespace orglens::demo {

using HttpStatus = QHttpServerResponder::StatusCode;

// The standard reason phrase of an HTTP status ("Forbidden").
QString reasonPhrase(HttpStatus status);

QHttpServerResponse jsonResponse(const QJsonObject &body, HttpStatus status = HttpStatus::Ok);
// Authentication API error: {"error": ..., "error_description": ...}.
QHttpServerResponse oauthError(HttpStatus status, const QString &error, const QString &description);
// Management API error: {"statusCode": 403, "error": "Forbidden", "message": ..., "errorCode": ...}.
QHttpServerResponse managementError(HttpStatus status, const QString &message, const QString &errorCode = {});
QHttpServerResponse htmlResponse(const QString &html, HttpStatus status = HttpStatus::Ok);
QHttpServerResponse redirectResponse(const QUrl &location);

// Parameters of a request: the body as application/x-www-form-urlencoded or application/json (values
// converted to strings; JSON non-string values to their compact JSON text), else the query string.
class RequestParameters {
    Q_DECLARE_TR_FUNCTIONS(orglens::demo::RequestParameters)

public:
    explicit RequestParameters(const DemoRequest &request);

    QString value(const QString &name) const { return m_values.value(name); }
    bool contains(const QString &name) const { return m_values.contains(name); }
    // Set when the body could not be parsed (invalid JSON, ...).
    QString parseError() const { return m_parseError; }

private:
    QHash<QString, QString> m_values;
    QString m_parseError;
};

} // namespace orglens::demo
