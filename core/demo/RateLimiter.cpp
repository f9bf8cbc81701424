#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace orglens::demo {

RateLimiter::RateLimiter(int limitPerSecond, const Clock &clock)
    : m_limit(std::max(1, limitPerSecond)), m_clock(clock), m_tokens(m_limit), m_lastRefill(clock.now())
{
}

void RateLimiter::refill(const QDateTime &now)
{
    const qint64 elapsedMs = m_lastRefill.msecsTo(now);
    if (elapsedMs <= 0)
        return; // a clock that went backwards adds nothing
    m_tokens = std::min<double>(m_limit, m_tokens + double(elapsedMs) * m_limit / 1000.0);
    m_lastRefill = now;
}

RateLimiter::Decision RateLimiter::take()
{
    const QDateTime now = m_clock.now();
    refill(now);
    Decision decision;
    decision.limit = m_limit;
    decision.allowed = m_tokens >= 1.0;
    if (decision.allowed)
        m_tokens -= 1.0;
    decision.remaining = int(std::floor(m_tokens));
    const double secondsToFull = (m_limit - m_tokens) / m_limit;
    const qint64 fullAtMs = now.toMSecsSinceEpoch() + qint64(std::ceil(secondsToFull * 1000.0));
    decision.resetEpochSeconds = (fullAtMs + 999) / 1000;
    return decision;
}

QList<QPair<QByteArray, QByteArray>> RateLimiter::Decision::headers() const
{
    return {{QByteArrayLiteral("x-ratelimit-limit"), QByteArray::number(limit)},
            {QByteArrayLiteral("x-ratelimit-remaining"), QByteArray::number(remaining)},
            {QByteArrayLiteral("x-ratelimit-reset"), QByteArray::number(resetEpochSeconds)}};
}

ManagementError RateLimiter::limitReachedError()
{
    return {429, QStringLiteral("Global limit has been reached"), QStringLiteral("too_many_requests")};
}

} // namespace orglens::demo
