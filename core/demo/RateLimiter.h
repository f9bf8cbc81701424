#pragma once

#include "ManagementError.h"
#include "common/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace orglens::demo {

// A token bucket like the Management API's global limit: limitPerSecond tokens refill per second and the
// bucket holds at most limitPerSecond (burst = limit). Each request takes one token.
class RateLimiter {
public:
    struct Decision {
        bool allowed = false;
        int limit = 0;
        int remaining = 0;            // whole tokens left after this request
        qint64 resetEpochSeconds = 0; // when the bucket is full again (UNIX seconds, rounded up)

        // x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset.
        QList<QPair<QByteArray, QByteArray>> headers() const;
    };

    // limitPerSecond below 1 is raised to 1. clock must outlive the limiter.
    explicit RateLimiter(int limitPerSecond, const Clock &clock = Clock::system());

    Decision take();

    // Auth0's answer when the limit is reached (429 "Global limit has been reached").
    static ManagementError limitReachedError();

private:
    void refill(const QDateTime &now);

    const int m_limit;
    const Clock &m_clock;
    double m_tokens;
    QDateTime m_lastRefill;
};

} // namespace orglens::demo
