#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace orglens::jwt {

// A NumericDate claim value (RFC 7519 §2) as whole seconds since 1970, or nullopt when it is not a number or lies
// outside the years 1 to 9999: converting such a double (1e300) to an integer would be undefined behaviour, and no
// real token carries one.
std::optional<qint64> numericDate(const QJsonValue &value);

// "23 h 59 min", "3 min", "45 s", "2 d 4 h": the two largest units, for people.
QString formatDuration(qint64 seconds);

// A claim's time relative to `now`, phrased for the claim: exp → "expires in 23 h 59 min" /
// "expired 3 min ago"; iat → "issued 5 min ago"; nbf → "valid since 1 h" / "not valid for another 2 min";
// auth_time → "authenticated 10 min ago"; anything else → "in 5 min" / "5 min ago".
QString relativeTimeText(const QString &claim, const QDateTime &when, const QDateTime &now);

// "2026-11-23T09:37:27Z (expires in 23 h 59 min)" for a NumericDate claim value.
QString describeTime(const QString &claim, qint64 secondsSinceEpoch, const QDateTime &now);

} // namespace orglens::jwt
