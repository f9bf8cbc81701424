#pragma once

#include "common/Clock.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>

namespace orglens::management {

// The x-ratelimit-* headers of one Management API response.
struct RateLimitInfo {
    int limit = -1;                // bucket size
    int remaining = -1;            // whole requests left in the bucket
    qint64 resetEpochSeconds = -1; // when the bucket is full again (UNIX seconds)

    bool isValid() const { return limit > 0 && remaining >= 0 && resetEpochSeconds > 0; }
    static RateLimitInfo fromHeaders(const QByteArray &limit, const QByteArray &remaining, const QByteArray &reset);
};

// How failed requests are retried: capped exponential backoff with jitter, and a bound on the total time.
struct RetryPolicy {
    int maxAttempts = 8; // for 5xx and network errors
    std::chrono::milliseconds baseDelay{200};
    std::chrono::milliseconds maxDelay{10'000};
    std::chrono::milliseconds giveUpAfter{120'000}; // since the first attempt, including rate-limit waits

    // The wait before attempt `attempt + 1` after `attempt` (1-based) failures: min(maxDelay, base * 2^(attempt-1))
    // scaled into [50 %, 100 %] by `jitter` in [0, 1) ("equal jitter": spreads clients, never waits less than half).
    std::chrono::milliseconds backoff(int attempt, double jitter) const;
};

// Decides when the next Management API request may be sent so that the client stays under the tenant's rate
// limit, from what the x-ratelimit-* headers say. Pure logic over an injectable clock (no timers, no network).
//
// Model: the limit is a token bucket of `limit` requests refilled at a rate the headers do not state. Each
// response gives a lower bound of that rate: (limit - remaining - 1) requests come back by the reset time, measured
// from when the request was sent (the server counted it later, and `remaining` is rounded down). The pacer keeps
// the largest such bound, estimates the bucket from the latest response plus that refill, counts requests still in
// flight as already spent, and lets a request go only when a whole token is left. After a 429 nothing is sent
// before its reset time.
class RequestPacer {
public:
    explicit RequestPacer(const Clock &clock = Clock::system()) : m_clock(&clock) {}
    void setClock(const Clock &clock) { m_clock = &clock; }

    // Milliseconds until the next request may be sent (0: now).
    qint64 msUntilNextSend() const;

    // A request leaves now; returns the send time to hand back to responseReceived().
    QDateTime requestSent();
    // Its response arrived (info may be invalid: a network error). rateLimited: the answer was a 429.
    void responseReceived(const QDateTime &sentAt, const RateLimitInfo &info, bool rateLimited);

    int inFlight() const { return m_inFlight; }
    double estimatedRatePerSecond() const { return m_rate; }
    QDateTime pausedUntil() const { return m_pausedUntil; }
    int rateLimitedCount() const { return m_rateLimited; }

private:
    double tokensAt(const QDateTime &now) const;

    const Clock *m_clock;
    int m_limit = 0;        // 0: no response seen yet
    double m_remaining = 0; // at m_observedAt
    QDateTime m_observedAt;
    QDateTime m_observedSentAt; // when the request behind the current estimate was sent
    QDateTime m_resetAt;        // the bucket is full again then
    double m_rate = 0;          // requests per second, a lower bound (0: unknown)
    QDateTime m_pausedUntil;    // after a 429
    int m_inFlight = 0;
    int m_rateLimited = 0;
};

} // namespace orglens::management
