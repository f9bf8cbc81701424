#include "TimeText.h"

#include <QCoreApplication>

#include <cmath>

namespace orglens::jwt {

namespace {
// The translation context of this file's messages.
struct TimeText {
    Q_DECLARE_TR_FUNCTIONS(orglens::jwt::TimeText)
};
} // namespace

QString formatDuration(qint64 seconds)
{
    seconds = qAbs(seconds);
    constexpr qint64 minute = 60, hour = 60 * minute, day = 24 * hour;
    if (seconds < minute)
        return TimeText::tr("%1 s").arg(seconds);
    if (seconds < hour)
        return TimeText::tr("%1 min").arg(seconds / minute);
    if (seconds < day) {
        const qint64 minutes = (seconds % hour) / minute;
        return minutes ? TimeText::tr("%1 h %2 min").arg(seconds / hour).arg(minutes)
                       : TimeText::tr("%1 h").arg(seconds / hour);
    }
    const qint64 hours = (seconds % day) / hour;
    return hours ? TimeText::tr("%1 d %2 h").arg(seconds / day).arg(hours) : TimeText::tr("%1 d").arg(seconds / day);
}

QString relativeTimeText(const QString &claim, const QDateTime &when, const QDateTime &now)
{
    const qint64 delta = now.secsTo(when); // > 0: in the future
    const QString span = formatDuration(delta);
    const bool future = delta > 0;
    if (claim == QLatin1String("exp"))
        return future ? TimeText::tr("expires in %1").arg(span) : TimeText::tr("expired %1 ago").arg(span);
    if (claim == QLatin1String("nbf"))
        return future ? TimeText::tr("not valid for another %1").arg(span)
                      : TimeText::tr("valid since %1 ago").arg(span);
    if (claim == QLatin1String("iat"))
        return future ? TimeText::tr("issued %1 in the future: check the clocks").arg(span)
                      : TimeText::tr("issued %1 ago").arg(span);
    if (claim == QLatin1String("auth_time"))
        return future ? TimeText::tr("authenticated %1 in the future: check the clocks").arg(span)
                      : TimeText::tr("authenticated %1 ago").arg(span);
    if (claim == QLatin1String("updated_at"))
        return future ? TimeText::tr("updated %1 in the future").arg(span) : TimeText::tr("updated %1 ago").arg(span);
    return future ? TimeText::tr("in %1").arg(span) : TimeText::tr("%1 ago").arg(span);
}

std::optional<qint64> numericDate(const QJsonValue &value)
{
    constexpr double earliest = -62135596800.0; // 0001-01-01T00:00:00Z
    constexpr double latest = 253402300799.0;   // 9999-12-31T23:59:59Z
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = std::floor(value.toDouble());
    if (!(seconds >= earliest && seconds <= latest)) // also false for NaN
        return std::nullopt;
    return qint64(seconds);
}

QString describeTime(const QString &claim, qint64 secondsSinceEpoch, const QDateTime &now)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC);
    return QStringLiteral("%1 (%2)").arg(when.toString(Qt::ISODate), relativeTimeText(claim, when, now));
}

} // namespace orglens::jwt
