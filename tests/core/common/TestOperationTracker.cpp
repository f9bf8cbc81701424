// OperationTracker/PendingOperation: what busy indicators list, how operations end, and that cancelling one aborts
// the HTTP requests made with it as their context (a real request to a 127.0.0.1 server that never answers).
#include "EventLoop.h"
#include "common/CountingNetworkAccessManager.h"
#include "common/OperationTracker.h"
#include "oauth/OAuthClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace orglens;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestOperationTracker : public QObject {
    Q_OBJECT

private slots:
    void listsOperationsByOwnerOldestFirst()
    {
        OperationTracker tracker;
        QObject viewA;
        QObject viewB;
        QSignalSpy changed(&tracker, &OperationTracker::operationsChanged);
        PendingOperation *first = tracker.start(&viewA, s("Searching users…"));
        PendingOperation *second = tracker.start(&viewB, s("Fetching keys…"));
        PendingOperation *third = tracker.start(&viewA, s("Loading organizations…"));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(tracker.operations(), (QList<PendingOperation *>{first, second, third}));
        QCOMPARE(tracker.operations(&viewA), (QList<PendingOperation *>{first, third}));
        QCOMPARE(tracker.operations(&viewB), (QList<PendingOperation *>{second}));
        QVERIFY(tracker.isBusy(&viewB));

        second->setLabel(s("Verifying…"));
        QCOMPARE(changed.size(), 4);
        QCOMPARE(second->label(), s("Verifying…"));
        second->setLabel(s("Verifying…")); // no change, no signal
        QCOMPARE(changed.size(), 4);
    }

    void finishRemovesAtOnceAndDeletesLater()
    {
        OperationTracker tracker;
        QObject view;
        QPointer<PendingOperation> operation = tracker.start(&view, s("Searching users…"));
        QSignalSpy cancelled(operation.data(), &PendingOperation::cancelled);
        operation->finish();
        QVERIFY(!tracker.isBusy());
        QVERIFY(operation);  // still usable by the callback that finished it
        operation->cancel(); // too late: nothing happens
        QCOMPARE(cancelled.size(), 0);
        QTRY_VERIFY(!operation);
    }

    void cancelRunsTheCallbackAndDeletesAtOnce()
    {
        OperationTracker tracker;
        QObject view;
        int callbacks = 0;
        bool listedDuringCallback = true;
        QPointer<PendingOperation> operation = tracker.start(&view, s("Searching users…"), [&] {
            ++callbacks;
            listedDuringCallback = tracker.isBusy(&view);
        });
        QSignalSpy cancelled(operation.data(), &PendingOperation::cancelled);
        operation->cancel();
        QCOMPARE(callbacks, 1);
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!listedDuringCallback); // a view resetting its controls already sees itself idle
        QVERIFY(!operation);            // deleted synchronously
        QVERIFY(!tracker.isBusy());
    }

    void writesCannotBeCancelled()
    {
        OperationTracker tracker;
        QObject view;
        int callbacks = 0;
        PendingOperation *write = tracker.start(&view, s("Saving…"), [&] { ++callbacks; });
        write->setCancellable(false);
        PendingOperation *read = tracker.start(&view, s("Reading…"), [&] { ++callbacks; });
        QCOMPARE(tracker.cancelAll(&view), 1);
        QCOMPARE(callbacks, 1);
        QCOMPARE(tracker.operations(), QList<PendingOperation *>{write});
        write->cancel();
        QCOMPARE(tracker.operations(), QList<PendingOperation *>{write});
        Q_UNUSED(read)
    }

    void cancelAllTouchesOnlyTheOwnersOperations()
    {
        OperationTracker tracker;
        QObject viewA;
        QObject viewB;
        QStringList cancelled;
        tracker.start(&viewA, s("a1"), [&] { cancelled << s("a1"); });
        PendingOperation *b1 = tracker.start(&viewB, s("b1"), [&] { cancelled << s("b1"); });
        tracker.start(&viewA, s("a2"), [&] { cancelled << s("a2"); });
        QCOMPARE(tracker.cancelAll(&viewA), 2);
        QCOMPARE(cancelled, (QStringList{s("a1"), s("a2")}));
        QCOMPARE(tracker.operations(), QList<PendingOperation *>{b1});
        QCOMPARE(tracker.cancelAll(), 1);
        QVERIFY(!tracker.isBusy());
    }

    void anOwnerDestroyedEndsItsOperationsWithoutCallback()
    {
        OperationTracker tracker;
        int callbacks = 0;
        auto view = std::make_unique<QObject>();
        tracker.start(view.get(), s("Searching users…"), [&] { ++callbacks; });
        view.reset();
        QVERIFY(!tracker.isBusy());
        QCOMPARE(callbacks, 0);
    }

    void slotReplacesItsRunningOperation()
    {
        OperationTracker tracker;
        QObject view;
        OperationSlot slot;
        QPointer<PendingOperation> first = slot.start(tracker, &view, s("User 1"));
        PendingOperation *second = slot.start(tracker, &view, s("User 2"));
        QCOMPARE(slot.current(), second);
        QCOMPARE(tracker.operations(), QList<PendingOperation *>{second});
        QTRY_VERIFY(!first);
        slot.finish();
        QVERIFY(!slot.isRunning());
        QVERIFY(!tracker.isBusy());
    }

    void cancellingAbortsTheRequestsOfItsContext()
    {
        // A server that accepts and never answers: only an abort ends the request before the 30 s timeout.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QPointer<QTcpSocket>> connections;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                connections << socket;
        });
        CountingNetworkAccessManager network;
        oauth::OAuthClient client(&network);
        OperationTracker tracker;
        QObject view;
        PendingOperation *operation = tracker.start(&view, s("Fetching…"));
        bool answered = false;
        client.get(QUrl(s("http://127.0.0.1:%1/slow").arg(server.serverPort())), operation,
                   [&](const oauth::HttpResult &) { answered = true; });
        QTRY_COMPARE(connections.size(), 1);
        QCOMPARE(network.requestsInFlight(), 1);

        operation->cancel();
        QCOMPARE(network.requestsInFlight(), 0); // aborted at once, not at the next event loop
        QTRY_VERIFY(!connections.first() || connections.first()->state() != QAbstractSocket::ConnectedState);
        test::runQueuedEvents();
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(TestOperationTracker)
#include "TestOperationTracker.moc"
