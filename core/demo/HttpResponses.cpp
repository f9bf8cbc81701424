#include "HttpResponses.h"

#include <QHash>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace orglens::demo {

namespace {

QHash<QString, QString> formValues(QByteArray body)
{
    // application/x-www-form-urlencoded encodes spaces as '+'; a literal '+' arrives as %2B.
    body.replace('+', "%20");
    QHash<QString, QString> values;
    const QUrlQuery query(QString::fromUtf8(body));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        values.insert(key, value);
    return values;
}

} // namespace

QString reasonPhrase(HttpStatus status)
{
    static const QHash<int, QString> phrases{
        {200, QStringLiteral("OK")},
        {302, QStringLiteral("Found")},
        {400, QStringLiteral("Bad Request")},
        {401, QStringLiteral("Unauthorized")},
        {403, QStringLiteral("Forbidden")},
        {404, QStringLiteral("Not Found")},
        {405, QStringLiteral("Method Not Allowed")},
        {409, QStringLiteral("Conflict")},
        {429, QStringLiteral("Too Many Requests")},
        {500, QStringLiteral("Internal Server Error")},
        {503, QStringLiteral("Service Unavailable")},
    };
    return phrases.value(int(status), QStringLiteral("Error"));
}

QHttpServerResponse jsonResponse(const QJsonObject &body, HttpStatus status)
{
    return QHttpServerResponse(body, status);
}

QHttpServerResponse oauthError(HttpStatus status, const QString &error, const QString &description)
{
    return jsonResponse(
        QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, status);
}

QHttpServerResponse managementError(HttpStatus status, const QString &message, const QString &errorCode)
{
    QJsonObject body{{QStringLiteral("statusCode"), int(status)},
                     {QStringLiteral("error"), reasonPhrase(status)},
                     {QStringLiteral("message"), message}};
    if (!errorCode.isEmpty())
        body.insert(QStringLiteral("errorCode"), errorCode);
    return jsonResponse(body, status);
}

QHttpServerResponse htmlResponse(const QString &html, HttpStatus status)
{
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(), status);
}

QHttpServerResponse redirectResponse(const QUrl &location)
{
    QHttpServerResponse response(HttpStatus::Found);
    response.setHeader(QByteArrayLiteral("Location"), location.toEncoded());
    return response;
}

RequestParameters::RequestParameters(const DemoRequest &request)
{
    const QByteArray contentType = request.header(QByteArrayLiteral("Content-Type")).toLower();
    const QByteArray &body = request.body;
    if (contentType.startsWith("application/json")) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (!document.isObject()) {
            m_parseError =
                error.error != QJsonParseError::NoError
                    ? tr("The JSON body is invalid at offset %1: %2.").arg(error.offset).arg(error.errorString())
                    : tr("The JSON body must be an object.");
            return;
        }
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue value = it.value();
            QString text;
            if (value.isString())
                text = value.toString();
            else if (value.isDouble())
                text = QString::number(value.toDouble());
            else if (value.isBool())
                text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            else if (value.isObject())
                text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            else if (value.isArray())
                text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
            m_values.insert(it.key(), text);
        }
        return;
    }
    if (!body.isEmpty()) {
        m_values = formValues(body);
        return;
    }
    m_values = formValues(request.url.query(QUrl::FullyEncoded).toUtf8());
}

} // namespace orglens::demo
