#include "RequestPacer.h"

#include <algorithm>
#include <cmath>

namespace orglens::management {

RateLimitInfo RateLimitInfo::fromHeaders(const QByteArray &limit, const QByteArray &remaining, const QByteArray &reset)
{
    RateLimitInfo info;
    bool ok = false;
    info.limit = limit.trimmed().toInt(&ok);
    if (!ok)
        info.limit = -1;
    info.remaining = remaining.trimmed().toInt(&ok);
    if (!ok)
        info.remaining = -1;
    info.resetEpochSeconds = reset.trimmed().toLongLong(&ok);
    if (!ok)
        info.resetEpochSeconds = -1;
    return info;
}

std::chrono::milliseconds RetryPolicy::backoff(int attempt, double jitter) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double capped = std::min(double(maxDelay.count()), double(baseDelay.count()) * std::pow(2.0, exponent));
    const double scaled = capped * (0.5 + 0.5 * std::clamp(jitter, 0.0, 1.0));
    return std::chrono::milliseconds(qint64(std::llround(scaled)));
}

double RequestPacer::tokensAt(const QDateTime &now) const
{
    if (m_limit == 0)
        return m_inFlight == 0 ? 1.0 : 0.0; // nothing known yet: one request at a time learns the limit
    double tokens = m_limit;
    if (now < m_resetAt) {
        const double elapsed = std::max<qint64>(0, m_observedAt.msecsTo(now)) / 1000.0;
        tokens = std::min<double>(m_limit, m_remaining + m_rate * elapsed);
    }
    return tokens - m_inFlight;
}

qint64 RequestPacer::msUntilNextSend() const
{
    const QDateTime now = m_clock->now();
    if (m_pausedUntil.isValid() && now < m_pausedUntil)
        return now.msecsTo(m_pausedUntil);
    const double tokens = tokensAt(now);
    if (tokens >= 1.0)
        return 0;
    if (m_limit == 0)
        return 10; // the first response is still on its way
    // Wait for the refill to make up the missing part of a token, or for the reset, whichever comes first.
    const qint64 untilReset = std::max<qint64>(1, now.msecsTo(m_resetAt));
    if (m_rate <= 0)
        return untilReset;
    const qint64 untilToken = qint64(std::ceil((1.0 - tokens) / m_rate * 1000.0));
    return std::clamp<qint64>(untilToken, 1, untilReset);
}

QDateTime RequestPacer::requestSent()
{
    ++m_inFlight;
    return m_clock->now();
}

void RequestPacer::responseReceived(const QDateTime &sentAt, const RateLimitInfo &info, bool rateLimited)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    if (!info.isValid())
        return;
    const QDateTime now = m_clock->now();
    const QDateTime resetAt = QDateTime::fromSecsSinceEpoch(info.resetEpochSeconds, Qt::UTC);
    if (rateLimited) {
        ++m_rateLimited;
        if (!m_pausedUntil.isValid() || resetAt > m_pausedUntil)
            m_pausedUntil = resetAt;
    }
    const double secondsToReset = sentAt.msecsTo(resetAt) / 1000.0;
    const int deficit = info.limit - info.remaining - 1;
    if (deficit > 0 && secondsToReset > 0)
        m_rate = std::max(m_rate, deficit / secondsToReset);
    // Responses can arrive out of order: a request sent earlier than the one that gave the current estimate is
    // believed only when it reports an emptier bucket.
    const bool newer = m_limit == 0 || sentAt >= m_observedSentAt || now >= m_resetAt ||
                       double(info.remaining) <= tokensAt(now) + m_inFlight;
    m_limit = info.limit;
    if (newer) {
        m_remaining = rateLimited ? 0 : info.remaining;
        m_observedAt = now;
        m_observedSentAt = sentAt;
        m_resetAt = resetAt;
    }
}

} // namespace orglens::management
