#include "RateLimiter.h"

#include <QJsonDocument>
#include <QTest>

using namespace orglens;
using namespace orglens::demo;

namespace {
const QDateTime Start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
}

class TestRateLimiter : public QObject {
    Q_OBJECT
private slots:
    void allowsABurstThenRefuses()
    {
        FixedClock clock(Start);
        RateLimiter limiter(5, clock);
        for (int expectedRemaining = 4; expectedRemaining >= 0; --expectedRemaining) {
            const auto decision = limiter.take();
            QVERIFY(decision.allowed);
            QCOMPARE(decision.limit, 5);
            QCOMPARE(decision.remaining, expectedRemaining);
        }
        const auto refused = limiter.take();
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.remaining, 0);
        // Empty bucket refills in one second.
        QCOMPARE(refused.resetEpochSeconds, Start.toSecsSinceEpoch() + 1);
    }

    void refillsOverTime()
    {
        FixedClock clock(Start);
        RateLimiter limiter(10, clock);
        for (int i = 0; i < 10; ++i)
            QVERIFY(limiter.take().allowed);
        QVERIFY(!limiter.take().allowed);
        clock.set(Start.addMSecs(100)); // one token back
        auto decision = limiter.take();
        QVERIFY(decision.allowed);
        QCOMPARE(decision.remaining, 0);
        QVERIFY(!limiter.take().allowed);
        clock.set(Start.addSecs(60)); // never more than the burst
        decision = limiter.take();
        QVERIFY(decision.allowed);
        QCOMPARE(decision.remaining, 9);
    }

    void resetIsWhenTheBucketIsFullAgain()
    {
        FixedClock clock(Start.addMSecs(200));
        RateLimiter limiter(2, clock);
        auto decision = limiter.take(); // 1 of 2 left: full again in 0.5 s -> 0.7 s past the second -> rounds up
        QCOMPARE(decision.resetEpochSeconds, Start.toSecsSinceEpoch() + 1);
        decision = limiter.take(); // empty: full in 1 s -> 1.2 s -> rounds up to +2
        QCOMPARE(decision.resetEpochSeconds, Start.toSecsSinceEpoch() + 2);
    }

    void clockGoingBackwardsAddsNothing()
    {
        FixedClock clock(Start);
        RateLimiter limiter(1, clock);
        QVERIFY(limiter.take().allowed);
        clock.set(Start.addSecs(-30));
        QVERIFY(!limiter.take().allowed);
    }

    void nonPositiveLimitIsOne()
    {
        FixedClock clock(Start);
        RateLimiter limiter(0, clock);
        QCOMPARE(limiter.take().limit, 1);
    }

    void headersCarryTheDecision()
    {
        FixedClock clock(Start);
        RateLimiter limiter(3, clock);
        const auto headers = limiter.take().headers();
        QCOMPARE(headers.size(), 3);
        QCOMPARE(headers.at(0), qMakePair(QByteArray("x-ratelimit-limit"), QByteArray("3")));
        QCOMPARE(headers.at(1), qMakePair(QByteArray("x-ratelimit-remaining"), QByteArray("2")));
        QCOMPARE(headers.at(2).first, QByteArray("x-ratelimit-reset"));
        QCOMPARE(headers.at(2).second, QByteArray::number(Start.toSecsSinceEpoch() + 1));
    }

    void limitBodyIsAuth0s()
    {
        const auto response = RateLimiter::limitReachedError().toResponse();
        QCOMPARE(int(response.statusCode()), 429);
        QCOMPARE(QJsonDocument::fromJson(response.data()),
                 QJsonDocument::fromJson(R"({"statusCode":429,"error":"Too Many Requests",
                     "message":"Global limit has been reached","errorCode":"too_many_requests"})"));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
