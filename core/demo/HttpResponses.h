#pragma once

#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
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
// Writes the response now, or after delayMs (simulated latency); a client that hangs up first cancels the answer.
void sendResponse(QHttpServerResponse response, QHttpServerResponder &&responder, int delayMs);

// Request header value, case-insensitive name; empty when absent.
QByteArray requestHeader(const QHttpServerRequest &request, const QByteArray &name);
// A cookie's value from the Cookie header; empty when absent.
QString requestCookie(const QHttpServerRequest &request, const QByteArray &name);

// Parameters of a request: the body as application/x-www-form-urlencoded or application/json (values
// converted to strings; JSON non-string values to their compact JSON text), else the query string.
class RequestParameters {
public:
    explicit RequestParameters(const QHttpServerRequest &request);

    QString value(const QString &name) const { return m_values.value(name); }
    bool contains(const QString &name) const { return m_values.contains(name); }
    // Set when the body could not be parsed (invalid JSON, ...).
    QString parseError() const { return m_parseError; }

private:
    QHash<QString, QString> m_values;
    QString m_parseError;
};

} // namespace orglens::demo
