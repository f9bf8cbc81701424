#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace orglens::management {

QString ApiError::text() const
{
    QString line = statusCode > 0 ? QStringLiteral("%1 %2: %3").arg(statusCode).arg(error, message)
                                  : QStringLiteral("%1: %2").arg(error, message);
    if (!errorCode.isEmpty())
        line += QStringLiteral(" (%1)").arg(errorCode);
    if (!hint.isEmpty())
        line += u'\n' + tr("Hint: %1").arg(hint);
    return line;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject json{{QStringLiteral("statusCode"), statusCode},
                     {QStringLiteral("error"), error},
                     {QStringLiteral("message"), message}};
    if (!errorCode.isEmpty())
        json.insert(QStringLiteral("errorCode"), errorCode);
    if (!hint.isEmpty())
        json.insert(QStringLiteral("hint"), hint);
    return json;
}

ApiError parseApiError(int statusCode, const QByteArray &body)
{
    ApiError result;
    result.statusCode = statusCode;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (!json.isEmpty()) {
        result.error = json.value(QLatin1String("error")).toString();
        result.message = json.value(QLatin1String("message")).toString();
        result.errorCode = json.value(QLatin1String("errorCode")).toString();
        if (json.contains(QLatin1String("statusCode")))
            result.statusCode = json.value(QLatin1String("statusCode")).toInt(statusCode);
    } else {
        result.message = QString::fromUtf8(body.left(500)).trimmed();
    }
    if (result.error.isEmpty())
        result.error = ApiError::tr("HTTP error");
    result.hint = apiErrorHint(result);
    return result;
}

ApiError transportError(const QString &code, const QString &message)
{
    ApiError result;
    result.error = code;
    result.message = message;
    result.hint = apiErrorHint(result);
    return result;
}

QString apiErrorHint(const ApiError &error)
{
    if (error.errorCode == QLatin1String("insufficient_scope")) {
        static const QRegularExpression expected(QStringLiteral("expected any of: (.*)$"));
        const auto match = expected.match(error.message);
        const QString scopes = match.hasMatch() ? match.captured(1) : ApiError::tr("the scope the message names");
        return ApiError::tr(
                   "grant the machine-to-machine application the Management API scope %1 (Dashboard > Applications > "
                   "APIs > Auth0 Management API > Machine to Machine Applications), then request a new token.")
            .arg(scopes);
    }
    if (error.errorCode == QLatin1String("inexistent_user"))
        return ApiError::tr("no user has that user_id: check the id including its connection prefix (e.g. auth0|...), "
                            "or find it with 'users search' or 'users by-email'.");
    if (error.errorCode == QLatin1String("inexistent_organization"))
        return ApiError::tr("no organization has that id or name: list them with 'orgs list'.");
    if (error.errorCode == QLatin1String("too_many_requests"))
        return ApiError::tr("the tenant's Management API rate limit was reached; lower --concurrency or retry later.");
    if (error.statusCode == 401) {
        if (error.message.startsWith(QLatin1String("Bad audience")))
            return ApiError::tr(
                "the token was issued for another API: the Management API audience is https://<domain>/api/v2/ of the "
                "same tenant (use the tenant's canonical domain, not a custom domain).");
        if (error.message.contains(QLatin1String("Expired"), Qt::CaseInsensitive))
            return ApiError::tr("the access token expired; a new one is requested automatically.");
        return ApiError::tr(
            "the Management API refused the token: check the profile's issuer and machine-to-machine application.");
    }
    if (error.statusCode >= 500)
        return ApiError::tr("the tenant had an internal error; the request was retried with backoff.");
    return {};
}

} // namespace orglens::management
