// The injectable clocks: what code waits for with callAt() comes from the event loop once the clock has reached
// it — moved there by a test or by real time — and never for a context that is gone.
#include "EventLoop.h"
#include "common/Clock.h"

#include <QTest>

using namespace orglens;
using namespace std::chrono_literals;

namespace {
const QDateTime Start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
}

class TestClock : public QObject {
    Q_OBJECT

private slots:
    void fixedClockCallsOnceMovedPastTheMoment()
    {
        FixedClock clock(Start);
        QObject context;
        QList<int> calls;
        clock.callAt(Start.addSecs(2), &context, [&calls] { calls << 2; });
        clock.callAt(Start.addSecs(1), &context, [&calls] { calls << 1; });
        clock.advance(999ms);
        test::runQueuedEvents();
        QVERIFY(calls.isEmpty());
        clock.advance(1ms);
        QVERIFY(calls.isEmpty()); // from the event loop, not from inside advance()
        test::runQueuedEvents();
        QCOMPARE(calls, QList<int>{1});
        clock.set(Start.addSecs(5));
        test::runQueuedEvents();
        QCOMPARE(calls, (QList<int>{1, 2}));
        // A moment already past comes at once (as a 0 ms timer would).
        clock.callAt(Start, &context, [&calls] { calls << 0; });
        test::runQueuedEvents();
        QCOMPARE(calls, (QList<int>{1, 2, 0}));
        clock.advance(1h);
        test::runQueuedEvents();
        QCOMPARE(calls.size(), 3); // each is called once
    }

    void noCallForAContextThatIsGone()
    {
        FixedClock clock(Start);
        bool called = false;
        auto *before = new QObject;
        clock.callAt(Start.addSecs(1), before, [&called] { called = true; });
        delete before; // before the moment
        auto *after = new QObject;
        clock.callAt(Start.addSecs(1), after, [&called] { called = true; });
        clock.advance(1s);
        delete after; // between the moment and the event loop
        test::runQueuedEvents();
        QVERIFY(!called);
    }

    void shiftedClockRunsWithRealTimeAndSkipsAhead()
    {
        ShiftedClock clock;
        const QDateTime realBefore = QDateTime::currentDateTimeUtc();
        QVERIFY(clock.now() >= realBefore);
        clock.advance(1h);
        QVERIFY(clock.now() >= realBefore.addSecs(3600));
        QVERIFY(clock.now() <= QDateTime::currentDateTimeUtc().addSecs(3600));

        QObject context;
        bool skipped = false;
        clock.callAt(clock.now().addSecs(600), &context, [&skipped] { skipped = true; });
        clock.advance(10min);
        test::runQueuedEvents();
        QVERIFY(skipped);

        // Real time reaching the moment calls too, never before it.
        const QDateTime soon = clock.now().addMSecs(30);
        QDateTime calledAt;
        clock.callAt(soon, &context, [&] { calledAt = clock.now(); });
        QTRY_VERIFY(calledAt.isValid());
        QVERIFY(calledAt >= soon);
    }

    void systemClockCallsWhenRealTimeComes()
    {
        QObject context;
        bool called = false;
        Clock::system().callAt(Clock::system().now().addMSecs(10), &context, [&called] { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
