#include "ReplyLimits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkReply>
#include <QTimer>

namespace orglens {
namespace {

constexpr const char *ReasonProperty = "orglens_abort_reason";
constexpr const char *LimitsWhatProperty = "orglens_limits_what";
constexpr const char *LimitsBytesProperty = "orglens_limits_bytes";
constexpr const char *LimitsDeadlineProperty = "orglens_limits_deadline_ms";

void abortFor(QNetworkReply *reply, ReplyAbort reason)
{
    if (reply->isFinished() || reply->property(ReasonProperty).isValid())
        return;
    reply->setProperty(ReasonProperty, int(reason));
    reply->abort();
}

} // namespace

void enforceLimits(QNetworkReply *reply, const ReplyLimits &limits)
{
    reply->setProperty(LimitsWhatProperty, limits.what);
    reply->setProperty(LimitsBytesProperty, limits.maxBytes);
    reply->setProperty(LimitsDeadlineProperty, qint64(limits.deadline.count()));
    if (limits.maxBytes > 0) {
        const qint64 maxBytes = limits.maxBytes;
        QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes] {
            bool known = false;
            const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
            if (known && announced > maxBytes)
                abortFor(reply, ReplyAbort::TooLarge);
        });
        // readyRead, not downloadProgress: Qt emits progress at most every 100 ms, time enough for a local server to
        // push a gigabyte. The read buffer's cap is back-pressure: Qt stops reading the socket before the buffer holds
        // twice the limit (it stops a chunk short of its cap, so the cap must lie above the limit).
        reply->setReadBufferSize(2 * maxBytes + 1);
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, maxBytes] {
            if (reply->bytesAvailable() > maxBytes)
                abortFor(reply, ReplyAbort::TooLarge);
        });
    }
    if (limits.deadline.count() > 0) {
        auto *timer = new QTimer(reply);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, reply, [reply] { abortFor(reply, ReplyAbort::Deadline); });
        timer->start(limits.deadline);
    }
}

ReplyAbort abortReason(const QNetworkReply *reply)
{
    const QVariant reason = reply->property(ReasonProperty);
    return reason.isValid() ? ReplyAbort(reason.toInt()) : ReplyAbort::None;
}

QString limitErrorMessage(const QNetworkReply *reply)
{
    const QString what = reply->property(LimitsWhatProperty).toString();
    const QString url = reply->url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    switch (abortReason(reply)) {
    case ReplyAbort::TooLarge:
        return ReplyLimits::tr("the %1 from %2 is larger than OrgLens's limit of %3, so OrgLens stopped reading it: "
                               "the server is not behaving like Auth0 (check the URL)")
            .arg(what, url, QLocale::c().formattedDataSize(reply->property(LimitsBytesProperty).toLongLong()));
    case ReplyAbort::Deadline:
        return ReplyLimits::tr(
                   "the %1 from %2 did not arrive within %3 s (the server answers too slowly or never finishes)")
            .arg(what, url)
            .arg(reply->property(LimitsDeadlineProperty).toLongLong() / 1000.0);
    case ReplyAbort::None:
        break;
    }
    return {};
}

} // namespace orglens
