#include "management/RequestPacer.h"

#include <QTest>

using namespace orglens;
using namespace orglens::management;

namespace {

// A tenant-side token bucket, as the Management API keeps it, answering with x-ratelimit-* like Auth0.
struct Bucket {
    int limit;
    double tokens;
    QDateTime last;

    RateLimitInfo take(const QDateTime &now, bool &allowed)
    {
        tokens = std::min<double>(limit, tokens + last.msecsTo(now) * limit / 1000.0);
        last = now;
        allowed = tokens >= 1.0;
        if (allowed)
            tokens -= 1.0;
        const qint64 fullAt = now.toMSecsSinceEpoch() + qint64(std::ceil((limit - tokens) / limit * 1000.0));
        return {limit, int(std::floor(tokens)), (fullAt + 999) / 1000};
    }
};

const QDateTime Start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC).addMSecs(123);

} // namespace

class TestRequestPacer : public QObject {
    Q_OBJECT

private slots:
    void firstRequestGoesAtOnceThenWaitsForItsAnswer()
    {
        FixedClock clock(Start);
        RequestPacer pacer(clock);
        QCOMPARE(pacer.msUntilNextSend(), 0);
        const QDateTime sent = pacer.requestSent();
        QVERIFY(pacer.msUntilNextSend() > 0); // nothing known about the limit yet
        pacer.responseReceived(sent, {10, 9, Start.toSecsSinceEpoch() + 1}, false);
        QCOMPARE(pacer.msUntilNextSend(), 0);
    }

    void waitsUntilResetAfter429()
    {
        FixedClock clock(Start);
        RequestPacer pacer(clock);
        const QDateTime sent = pacer.requestSent();
        const qint64 reset = Start.toSecsSinceEpoch() + 3;
        pacer.responseReceived(sent, {5, 0, reset}, true);
        QCOMPARE(pacer.rateLimitedCount(), 1);
        QCOMPARE(pacer.msUntilNextSend(), Start.msecsTo(QDateTime::fromSecsSinceEpoch(reset, Qt::UTC)));
        clock.set(QDateTime::fromSecsSinceEpoch(reset, Qt::UTC).addMSecs(-1));
        QCOMPARE(pacer.msUntilNextSend(), 1);
        clock.set(QDateTime::fromSecsSinceEpoch(reset, Qt::UTC));
        QCOMPARE(pacer.msUntilNextSend(), 0);
    }

    void invalidHeadersOnlyEndTheRequest()
    {
        FixedClock clock(Start);
        RequestPacer pacer(clock);
        const QDateTime sent = pacer.requestSent();
        QCOMPARE(pacer.inFlight(), 1);
        pacer.responseReceived(sent, RateLimitInfo::fromHeaders("x", "", "1"), false);
        QCOMPARE(pacer.inFlight(), 0);
        QCOMPARE(pacer.msUntilNextSend(), 0);
    }

    void headersParse()
    {
        const auto info = RateLimitInfo::fromHeaders(" 20", "7 ", "1800000001");
        QVERIFY(info.isValid());
        QCOMPARE(info.limit, 20);
        QCOMPARE(info.remaining, 7);
        QCOMPARE(info.resetEpochSeconds, 1800000001);
    }

    // Simulated: requests as fast as the pacer allows against a bucket of `limit`/s, with `concurrency` in flight
    // and a fixed latency. The pacer must never cause a 429 and must reach most of the limit.
    void staysUnderTheLimitAndUsesIt_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("latencyMs");
        QTest::addColumn<double>("minShare");
        QTest::newRow("20/s, 8 in flight, 15 ms") << 20 << 8 << 15 << 0.95;
        QTest::newRow("50/s, 16 in flight, 40 ms") << 50 << 16 << 40 << 0.95;
        // `remaining` is rounded down, so the rate bound loses up to one request per window: a lot when it is 2.
        QTest::newRow("2/s, 4 in flight, 5 ms") << 2 << 4 << 5 << 0.75;
    }

    void staysUnderTheLimitAndUsesIt()
    {
        QFETCH(int, limit);
        QFETCH(int, concurrency);
        QFETCH(int, latencyMs);
        QFETCH(double, minShare);
        FixedClock clock(Start);
        RequestPacer pacer(clock);
        Bucket bucket{limit, double(limit), Start};
        struct InFlight {
            QDateTime sentAt;
            QDateTime answerAt;
            RateLimitInfo info;
            bool allowed;
        };
        QList<InFlight> inFlight;
        int sent = 0, rejected = 0;
        const int seconds = 30;
        const QDateTime end = Start.addSecs(seconds);
        // A discrete-event loop in 1 ms steps.
        for (QDateTime now = Start; now < end; now = now.addMSecs(1)) {
            clock.set(now);
            for (qsizetype i = 0; i < inFlight.size();) {
                if (inFlight.at(i).answerAt <= now) {
                    pacer.responseReceived(inFlight.at(i).sentAt, inFlight.at(i).info, !inFlight.at(i).allowed);
                    inFlight.removeAt(i);
                } else {
                    ++i;
                }
            }
            while (inFlight.size() < concurrency && pacer.msUntilNextSend() == 0) {
                const QDateTime sentAt = pacer.requestSent();
                // The server counts the request half-way through the latency.
                bool allowed = false;
                const RateLimitInfo info = bucket.take(now.addMSecs(latencyMs / 2), allowed);
                inFlight.append({sentAt, now.addMSecs(latencyMs), info, allowed});
                ++sent;
                rejected += allowed ? 0 : 1;
            }
        }
        const double best = limit + double(limit) * seconds; // the initial burst plus the refill
        qInfo("limit %d/s: %d requests in %d s (%.1f %% of the best possible), %d rejected, rate estimate %.2f/s",
              limit, sent, seconds, 100.0 * sent / best, rejected, pacer.estimatedRatePerSecond());
        QCOMPARE(rejected, 0);
        QVERIFY2(sent >= minShare * best, qPrintable(QString::number(sent)));
        QVERIFY(sent <= best);
    }

    void backoffIsExponentialCappedAndJittered_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("1st, no jitter") << 1 << 1.0 << 200;
        QTest::newRow("1st, most jitter") << 1 << 0.0 << 100;
        QTest::newRow("2nd") << 2 << 1.0 << 400;
        QTest::newRow("4th, half") << 4 << 0.5 << 1200;
        QTest::newRow("capped") << 12 << 1.0 << 10000;
        QTest::newRow("capped, jittered") << 30 << 0.0 << 5000;
    }

    void backoffIsExponentialCappedAndJittered()
    {
        QFETCH(int, attempt);
        QFETCH(double, jitter);
        QFETCH(int, expectedMs);
        const RetryPolicy policy;
        QCOMPARE(policy.backoff(attempt, jitter).count(), expectedMs);
    }
};

QTEST_GUILESS_MAIN(TestRequestPacer)
#include "TestRequestPacer.moc"
